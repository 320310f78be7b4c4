/** @jest-environment jsdom */
/**
 * "Explain this cell" in Russian and Kazakh: labels from the catalogues, numbers and dates the
 * language's way, the dataset's names in the language where it has them (English where not).
 */
import { act, render, screen, within } from "@testing-library/react";
import { tradeForYear } from "../../../src/data/query";
import { tableOf, type ViewKey } from "../../../src/data/views";
import type { Workbench } from "../../../src/excel/workbench";
import { setActiveLang } from "../../../src/i18n/active";
import { ExplainSelection } from "../../../src/taskpane/explain/ExplainSelection";
import { freshStore, unwrap } from "../../support/dataset";
import { MemorySettings } from "../../support/office";
import { serveFunctionsJson } from "../formulas/metadata";
import { MockWorkbook } from "./mock-excel";

const BASE = "https://addin.example.org/taskpane.html";
const ASTANA = "astana-residential-quarter";

beforeEach(async () => {
  global.fetch = (await serveFunctionsJson("https://addin.example.org/functions.json")).fetch;
  Object.assign(global, {
    Excel: { run: (context: unknown, batch: (c: unknown) => Promise<unknown>) => batch(context) },
    Office: { context: { requirements: { isSetSupported: () => true } } },
  });
});

afterEach(async () => {
  for (const name of ["fetch", "Excel", "Office"]) delete (global as Record<string, unknown>)[name];
  await setActiveLang("en");
});

/** A workbook with a TRADE formula, a PROJECTS formula, and the trade and projects tables. */
function setUp() {
  const store = freshStore();
  const { index } = store.get();
  const point = unwrap(tradeForYear(index, 2025, "UZ"));
  const book = new MockWorkbook(["Sheet1", "KZUZ Trade", "KZUZ Projects"]);
  book.set("Sheet1", "B2", { formula: '=KZUZ.TRADE(2025,"UZ")', value: point.usd });
  book.set("Sheet1", "B3", { formula: '=KZUZ.PROJECTS("real estate")', value: "ID" });
  const rowOf: Partial<Record<ViewKey, (id: string) => number>> = {};
  for (const key of ["trade", "projects"] as const) {
    const table = tableOf(key);
    const rows = table.rows(index);
    book.addTable({
      id: `{${key}}`,
      name: table.tableName,
      sheet: table.sheetName,
      at: "A1",
      headers: table.columns.map((c) => c.header),
      rows: rows.map((r) => r.cells.map((c) => c ?? "")),
    });
    rowOf[key] = (id) => rows.findIndex((r) => r.id === id) + 2;
  }
  book.active = { sheet: "Sheet1", address: "B2" };
  const bench: Workbench = {
    store,
    run: book.run,
    settings: new MemorySettings(),
    baseUrl: BASE,
    supports: () => true,
  };
  render(<ExplainSelection store={store} bench={bench} />);
  return {
    book,
    point,
    tradeRow: rowOf.trade!(point.observation.id),
    projectRow: rowOf.projects!(ASTANA),
  };
}

/** The text of the definition next to `label` in a list of fields. */
function field(scope: HTMLElement, label: string): string | null {
  return within(scope).getByText(label, { selector: "dt" }).nextElementSibling?.textContent ?? null;
}

test("in Russian: the formula's arguments, its record and dated source, the help page in Russian", async () => {
  await setActiveLang("ru");
  const { book, point, tradeRow, projectRow } = setUp();
  expect(await screen.findByText(/^В этой ячейке: \d+(,\d+)? млрд долл\. США\.$/)).toBeTruthy();
  const call = screen.getByRole("region", { name: "KZUZ.TRADE" });
  expect(field(call, "Год")).toBe("2025");
  expect(field(call, "Отчитывающаяся сторона")).toBe("«UZ»");
  expect(within(call).getByText("Из записи")).toBeTruthy();
  expect(
    within(call).getByText(
      `2025 (Uzbekistan (trade ministry)) (Двусторонняя торговля, ${point.observation.id})`
    )
  ).toBeTruthy();
  // One source, dated 2026-02-01 in the dataset: its date in Russian words.
  expect(within(call).getByText("Источник")).toBeTruthy();
  expect(within(call).getByText(/, 1 февраля 2026 г\.$/, { selector: "li" })).toBeTruthy();
  expect(
    within(call)
      .getAllByRole("link")
      .find((a) => a.closest("li")?.textContent?.startsWith("Trend"))
  ).toBeTruthy();
  const help = within(call).getByRole("link", { name: "Как работает KZUZ.TRADE (справка)" });
  expect(help.getAttribute("href")).toMatch(/\/help\.ru\.html#trade$/);

  // A project's name in Russian, where the dataset gives one.
  await act(async () => {
    await book.select("Sheet1", "B3");
  });
  const projects = await screen.findByRole("region", { name: "KZUZ.PROJECTS" });
  expect(field(projects, "Запрос")).toBe("«real estate»");
  expect(
    within(projects).getByText(`Жилой квартал «Астана» (Совместные проекты, ${ASTANA})`)
  ).toBeTruthy();

  // A row of the trade table: Russian labels; the values as the pane writes them (a share as a
  // percentage, a sum in dollars with its unit), not as the cell holds them ("0.114").
  await act(async () => {
    await book.select("KZUZ Trade", `B${tradeRow}`);
  });
  expect(
    await screen.findByText(
      `Ячейка 'KZUZ Trade'!B${tradeRow} находится в строке таблицы KZUZ_Trade.`
    )
  ).toBeTruthy();
  expect(
    screen.getByRole("heading", {
      name: "Двусторонняя торговля: 2025 (Uzbekistan (trade ministry))",
    })
  ).toBeTruthy();
  const root = document.body;
  expect(field(root, "Рост к прошлому году")).toMatch(/^11,4\s%$/);
  expect(point.usd).toBe(4_970_000_000);
  expect(field(root, "Товарооборот (USD)")).toMatch(/^4,97\sмлрд\sдолл\.\sСША$/);
  expect(screen.getByText("Источник", { selector: "span" })).toBeTruthy();

  await act(async () => {
    await book.select("KZUZ Projects", `B${projectRow}`);
  });
  expect(
    await screen.findByRole("heading", { name: "Совместные проекты: Жилой квартал «Астана»" })
  ).toBeTruthy();
  // The dataset's name in Russian, without quotes.
  expect(field(document.body, "Название")).toBe("Жилой квартал «Астана»");
});

test("in Kazakh: Kazakh labels, dates and the dataset's Kazakh name", async () => {
  await setActiveLang("kk");
  const { book, tradeRow, projectRow } = setUp();
  expect(await screen.findByText(/^Бұл ұяшықта: .*\d.*\.$/)).toBeTruthy();
  const call = screen.getByRole("region", { name: "KZUZ.TRADE" });
  expect(field(call, "Жыл")).toBe("2025");
  expect(field(call, "Есеп беруші тарап")).toBe("«UZ»");
  expect(within(call).getByText("Дереккөз")).toBeTruthy();
  expect(within(call).getByText(/, 2026 жылғы 1 ақпан$/, { selector: "li" })).toBeTruthy();
  const help = within(call).getByRole("link", {
    name: "KZUZ.TRADE қалай жұмыс істейді (анықтама)",
  });
  expect(help.getAttribute("href")).toMatch(/\/help\.kk\.html#trade$/);

  await act(async () => {
    await book.select("Sheet1", "B3");
  });
  const projects = await screen.findByRole("region", { name: "KZUZ.PROJECTS" });
  expect(
    within(projects).getByText(
      `«Астана» тұрғын үй кварталы (біздің аудармамыз) (Бірлескен жобалар, ${ASTANA})`
    )
  ).toBeTruthy();

  await act(async () => {
    await book.select("KZUZ Trade", `B${tradeRow}`);
  });
  expect(
    await screen.findByText(`'KZUZ Trade'!B${tradeRow} ұяшығы KZUZ_Trade кестесінің жолында тұр.`)
  ).toBeTruthy();
  expect(field(document.body, "Өткен жылмен салыстырғандағы өсім")).toBe("11,4%");
  expect(field(document.body, "Есеп беруші тарап")).toBe("Uzbekistan (trade ministry)");

  await act(async () => {
    await book.select("KZUZ Projects", `B${projectRow}`);
  });
  expect(
    await screen.findByRole("heading", {
      name: "Бірлескен жобалар: «Астана» тұрғын үй кварталы (біздің аудармамыз)",
    })
  ).toBeTruthy();
});
