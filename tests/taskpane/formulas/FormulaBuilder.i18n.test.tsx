/** @jest-environment jsdom */
/**
 * The builder in Russian and Kazakh: its own words from the formulas catalogue, the functions'
 * descriptions from the language's metadata file (functions-<locale>.json, made here by the
 * build's own plugin code), dataset names in the language while the formula keeps the English
 * name the functions match, and numbers written the language's way.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { Workbench } from "../../../src/excel/workbench";
import { setActiveLang } from "../../../src/i18n/active";
import type { Lang } from "../../../src/i18n/locales";
import { FormulaBuilder } from "../../../src/taskpane/formulas/FormulaBuilder";
import { freshStore } from "../../support/dataset";
import { MemorySettings } from "../../support/office";
import { MockWorkbook } from "../explain/mock-excel";
import { generatedMetadata, localizedMetadata, serveFiles } from "./metadata";
import { pickWithKeyboard } from "./pick";

type Metadata = Awaited<ReturnType<typeof localizedMetadata>>;

async function setUp(lang: Lang, origin: string, { withLocaleFile = true } = {}) {
  await setActiveLang(lang);
  const tag = { ru: "ru-RU", kk: "kk-KZ" }[lang as "ru" | "kk"];
  const local = await localizedMetadata(lang);
  const files: Record<string, unknown> = {
    [`${origin}/functions.json`]: (await generatedMetadata()).json,
  };
  if (withLocaleFile) files[`${origin}/functions-${tag}.json`] = local;
  const served = serveFiles(files);
  global.fetch = served.fetch;
  const store = freshStore();
  const bench: Workbench = {
    store,
    run: new MockWorkbook().run,
    settings: new MemorySettings(),
    baseUrl: `${origin}/taskpane.html`,
    supports: () => true,
  };
  render(<FormulaBuilder store={store} bench={bench} />);
  return { asked: served.asked, local };
}

afterEach(async () => {
  delete (global as { fetch?: unknown }).fetch;
  await setActiveLang("en");
});

function formula(): string {
  return (screen.getByRole("textbox", { name: "Формула" }) as HTMLInputElement).value;
}

function descriptionOf(local: Metadata, id: string, param?: string): string {
  const fn = local.functions.find((f) => f.id === id)!;
  return (param ? fn.parameters!.find((p) => p.name === param)!.description : fn.description)!;
}

test("in Russian: the builder's words, the functions' Russian descriptions, a Russian project name that inserts the English one", async () => {
  const origin = "https://ru.example.org";
  const { asked, local } = await setUp("ru", origin);
  await screen.findByRole("combobox", { name: /^Функция/ });
  // Only the language's metadata is fetched: functions.json is not needed.
  expect(asked).toEqual([`${origin}/functions-ru-RU.json`]);
  expect(screen.getByText(descriptionOf(local, "INVESTMENT"))).toBeTruthy();
  expect(screen.getByText(descriptionOf(local, "INVESTMENT", "query"))).toBeTruthy();
  const answer = screen.getByRole("region", { name: "Результат" });
  expect(answer.textContent).toContain("Чтобы увидеть результат, заполните: запрос.");
  expect(screen.getByRole("combobox", { name: /^Единица \(необязательно\)/ })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Вставить в выделенную ячейку" })).toBeTruthy();

  // The dataset's Russian name is what the list shows; the formula gets the English name.
  const query = screen.getByRole("combobox", { name: /^Запрос/ });
  fireEvent.change(query, { target: { value: "Жилой" } });
  await pickWithKeyboard(query, "Жилой квартал «Астана» (проект)");
  await waitFor(() => expect(formula()).toBe('=KZUZ.INVESTMENT("Residential quarter ""Astana""")'));
  expect(
    await screen.findByText("Найдено: Жилой квартал «Астана» (проект, 1 проект).")
  ).toBeTruthy();
});

test("in Russian: the answer's numbers are written the Russian way", async () => {
  await setUp("ru", "https://ru-numbers.example.org");
  await pickWithKeyboard(
    await screen.findByRole("combobox", { name: /^Функция/ }),
    "KZUZ.PROGRESS"
  );
  await waitFor(() => expect(formula()).toBe("=KZUZ.PROGRESS()"));
  const answer = screen.getByRole("region", { name: "Результат" }).textContent ?? "";
  // 49,7 % and 0,497: a decimal comma, where English writes 49.7% and 0.497.
  expect(answer).toMatch(
    /^Результат\d+,\d\s%В ячейке значение 0,\d+: примените к ней процентный формат\.$/u
  );
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Функция/ }), "KZUZ.INVESTMENT");
  fireEvent.change(screen.getByRole("combobox", { name: /^Запрос/ }), {
    target: { value: "Kashka-Daria" },
  });
  await waitFor(() =>
    expect(screen.getByRole("region", { name: "Результат" }).textContent).toContain(
      "250\u00a0млн\u00a0долл.\u00a0США"
    )
  );
  expect(screen.getByText("Найдено: Kashkadarya region (регион, 1 проект).")).toBeTruthy();
});

test("in Kazakh: the builder's words, Kazakh descriptions, a domain labelled in Kazakh that inserts its English name, a table's size", async () => {
  const origin = "https://kk.example.org";
  const { local } = await setUp("kk", origin);
  const fn = await screen.findByRole("combobox", { name: /^Функция/ });
  expect(screen.getByRole("button", { name: "Ерекшеленген ұяшыққа кірістіру" })).toBeTruthy();
  await pickWithKeyboard(fn, "KZUZ.AGREEMENTS");
  // The function's description, the field's hint (also the first line of its option).
  await waitFor(() => expect(fn).toHaveAccessibleDescription(descriptionOf(local, "AGREEMENTS")));
  expect(screen.getByText(descriptionOf(local, "AGREEMENTS", "domain"))).toBeTruthy();
  const domain = screen.getByRole("combobox", { name: /^Бағыт \(міндетті емес\)/ });
  await pickWithKeyboard(domain, "су ресурстары");
  await waitFor(() =>
    expect((screen.getByRole("textbox", { name: "Формула" }) as HTMLInputElement).value).toBe(
      '=KZUZ.AGREEMENTS("water")'
    )
  );
  const answer = screen.getByRole("region", { name: "Нәтиже" }).textContent ?? "";
  expect(answer).toMatch(/Кесте: \d+ жол × \d+ баған, бірінші жолы — тақырыптар\./);
  expect(answer).toContain("бос қалдырыңыз");
});

test("in Kazakh: money in the preview the Kazakh way", async () => {
  await setUp("kk", "https://kk-money.example.org");
  await screen.findByRole("combobox", { name: /^Функция/ });
  fireEvent.change(screen.getByRole("combobox", { name: /^Сұрау/ }), {
    target: { value: "Kashka-Daria" },
  });
  await waitFor(() =>
    expect(screen.getByRole("region", { name: "Нәтиже" }).textContent).toContain(
      "250\u00a0млн\u00a0АҚШ доллары"
    )
  );
  expect(screen.getByText("Табылды: Kashkadarya region (өңір, 1 жоба).")).toBeTruthy();
  // The value the cell holds, as Kazakh Excel shows it (no grouping).
  expect(screen.getByText("Ұяшықтағы мән: 250000000 (АҚШ доллары).")).toBeTruthy();
});

test("when the language's metadata cannot be read, the builder uses functions.json: English descriptions, Russian words", async () => {
  const origin = "https://no-ru.example.org";
  const { asked } = await setUp("ru", origin, { withLocaleFile: false });
  await screen.findByRole("combobox", { name: /^Функция/ });
  expect(asked).toEqual([`${origin}/functions-ru-RU.json`, `${origin}/functions.json`]);
  const english = (await generatedMetadata()).json.functions[0];
  expect(screen.getByText(english.description!)).toBeTruthy();
  expect(screen.getByRole("region", { name: "Результат" })).toBeTruthy();
});

test("the help link leads to the help page in the reader's language", async () => {
  await setUp("ru", "https://help.example.org");
  const link = await screen.findByRole("link", { name: "Как работает KZUZ.INVESTMENT (справка)" });
  expect(link.getAttribute("href")).toMatch(/(^|\/)help\.ru\.html#investment$/);
});
