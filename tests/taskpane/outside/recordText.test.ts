/**
 * The tables' words in the reader's language: English reproduces the registry exactly (one
 * source of truth for English), every column the add-in writes has a translation, amounts keep
 * their exact figure, dates are written in words.
 */
import { formatUsd } from "../../../src/data/format";
import { TABLES } from "../../../src/data/views";
import { englishTranslator as en, loadTranslator } from "../../../src/i18n/translator";
import {
  cellText,
  columnLabel,
  partialDate,
  recordTitle,
  tableLabel,
  tableTitle,
} from "../../../src/taskpane/outside/recordText";
import { freshStore } from "../../support/dataset";

const { index } = freshStore().get();
const NBSP = "\u00a0";

test("in English, titles, labels and column labels are the registry's own", () => {
  for (const table of TABLES) {
    expect(tableTitle(en, table.key)).toBe(table.title);
    expect(tableLabel(en, table.key)).toBe(table.label);
    for (const column of table.columns) expect(columnLabel(en, column.header)).toBe(column.header);
  }
});

test("every column the add-in writes has a catalogue label; a header it did not write stays", async () => {
  // A translator that shows keys: a header shown as itself has no catalogue key.
  const keys = { ...en, t: (key: string) => `[${key}]` };
  const missing = TABLES.flatMap((table) =>
    table.columns
      .filter((c) => !/^\[outside\.column\./.test(columnLabel(keys, c.header)))
      .map((c) => `${table.key}: ${c.header}`)
  );
  expect(missing).toEqual([]);
  expect(columnLabel(keys, "My own column")).toBe("My own column");
  const ru = await loadTranslator("ru");
  expect(columnLabel(ru, "Turnover (USD)")).toBe("Товарооборот (USD)");
});

test("amounts: English as the data layer writes them, others short and exact", async () => {
  for (const usd of [4.97e9, 355.41e6, 84e6, 12_500, 10e9])
    expect(en.usd(usd)).toBe(formatUsd(usd));
  const ru = await loadTranslator("ru");
  expect(ru.usd(4.97e9)).toBe(`4,97${NBSP}млрд${NBSP}долл.${NBSP}США`);
  expect(ru.usd(355.41e6)).toBe(`355,41${NBSP}млн${NBSP}долл.${NBSP}США`);
  expect(ru.usd(12_500)).toBe(`12${NBSP}500${NBSP}$`);
});

test("dates as the dataset gives them: a day, a month or a year", async () => {
  const ru = await loadTranslator("ru");
  expect(partialDate(ru, "2025-11-15")).toBe("15 ноября 2025 г.");
  expect(partialDate(ru, "2025-11")).toBe("ноябрь 2025 г.");
  expect(partialDate(ru, "2025")).toBe("2025");
  expect(partialDate(en, "2016-09")).toBe("September 2016");
});

test("record names in the reader's language where the dataset has them, else English", async () => {
  const [ru, kk] = await Promise.all([loadTranslator("ru"), loadTranslator("kk")]);
  const none = () => null;
  expect(recordTitle(ru, index, "projects", "astana-residential-quarter", none)).toBe(
    "Жилой квартал «Астана»"
  );
  // The dataset's own Kazakh rendering, said to be one (ourTranslations).
  expect(recordTitle(kk, index, "projects", "astana-residential-quarter", none)).toBe(
    "«Астана» тұрғын үй кварталы (біздің аудармамыз)"
  );
  expect(recordTitle(kk, index, "agreements", "joint-statement-2025", none)).toBe(
    "Бірлескен мәлімдеме (біздің аудармамыз)"
  );
  // A Kazakh title a source gives: no mark.
  expect(recordTitle(kk, index, "agreements", "memorandum-mining", none)).toMatch(
    /^Қазақстан Республикасы Өнеркәсіп және құрылыс министрлігі .*меморандум$/
  );
  expect(recordTitle(ru, index, "agreements", "joint-statement-2025", none)).toBe(
    "Совместное заявление"
  );
  const target = (key: string) => (key === "year" ? 2030 : null);
  // A target's row name is its year; the reader's language says what it is.
  expect(TABLES.find((t) => t.key === "targets")!.rowName(target, "t")).toBe("2030");
  expect(recordTitle(en, index, "targets", "t", target)).toBe("the target for 2030");
  expect(recordTitle(en, index, "targets", "t", () => null)).toBe("the target for t");
  expect(recordTitle(kk, index, "targets", "t", target)).toBe(
    "2030 жылға арналған мақсатты көрсеткіш"
  );
});

test("a project's places in the reader's language where the dataset has them; English otherwise", async () => {
  const [ru, kk] = await Promise.all([loadTranslator("ru"), loadTranslator("kk")]);
  const columns = TABLES.find((t) => t.key === "projects")!.columns;
  const region = columns.find((c) => c.key === "region")!;
  const country = columns.find((c) => c.key === "country")!;
  const id = "lab-complex-kashkadarya";
  expect(cellText(ru, index, "projects", id, region, "Kashkadarya region")).toBe(
    "Кашкадарьинская область"
  );
  expect(cellText(kk, index, "projects", id, region, "Kashkadarya region")).toBe(
    "Қашқадария облысы"
  );
  expect(cellText(ru, index, "projects", id, country, "Uzbekistan")).toBe("Узбекистан");
  expect(cellText(en, index, "projects", id, region, "Kashkadarya region")).toBe(
    "Kashkadarya region"
  );
});
