/** @jest-environment jsdom */
import { shorten } from "../../src/taskpane/Status";

test("a long message is cut after its first sentence; the rest becomes details", () => {
  expect(
    shorten(
      "Excel could not write the tables: GeneralException: read-only. Check that the workbook is not read-only and try again."
    )
  ).toEqual({
    summary: "Excel could not write the tables: GeneralException: read-only.",
    details: "Check that the workbook is not read-only and try again.",
  });
  expect(shorten("Trade chart is on the sheet KZUZ Dashboard.")).toEqual({
    summary: "Trade chart is on the sheet KZUZ Dashboard.",
  });
  // Amounts and versions do not end a sentence.
  expect(shorten("Now $4.97 billion in 2026.12.0. Then more.").summary).toBe(
    "Now $4.97 billion in 2026.12.0."
  );
});

test("a sentence also ends before a Cyrillic capital or a « quote", () => {
  expect(shorten("Лист KZUZ Trade защищён. Ничего не изменено.")).toEqual({
    summary: "Лист KZUZ Trade защищён.",
    details: "Ничего не изменено.",
  });
  expect(shorten("Tableau inséré. « KZUZ_Trade » mis à jour.").details).toBe(
    "« KZUZ_Trade » mis à jour."
  );
  // Versions and amounts in Russian do not end a sentence either.
  expect(shorten("Версия 2026.12.0 и 4,4 млрд $. Далее.").summary).toBe(
    "Версия 2026.12.0 и 4,4 млрд $."
  );
});
