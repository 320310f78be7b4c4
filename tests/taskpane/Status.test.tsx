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
