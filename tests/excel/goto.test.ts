/**
 * "Go to sheet" on the fake workbook: Worksheet.activate, Range.select and Chart.activate move the
 * model's selection as Excel's UI does (tests/support/fake-excel/model.ts, SelectionModel):
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-activate-member(1)
 */
import { DatasetStore } from "../../src/data/store";
import { INVESTMENT_CHART_NAME } from "../../src/excel/charts/investment";
import { TRADE_CHART_NAME } from "../../src/excel/charts/trade";
import { goTo } from "../../src/excel/goto";
import { buildChart, insertTables, type Workbench } from "../../src/excel/workbench";
import { publishedDataset } from "../support/dataset";
import { WorkbookModel, createFakeExcel, type FakeExcel } from "../support/fake-excel";
import { english } from "../support/english";
import { MemorySettings } from "../support/office";

function bench(excel: FakeExcel, supports: Workbench["supports"] = () => true): Workbench {
  return {
    store: new DatasetStore(publishedDataset()),
    run: (batch) => batch(excel.context),
    settings: new MemorySettings(),
    baseUrl: "https://addin.example.org/taskpane.html",
    supports,
  };
}

function workbookWithSheet(): WorkbookModel {
  const workbook = new WorkbookModel();
  workbook.addSheet("Sheet1");
  return workbook;
}

test("a table: its sheet comes to the front with the whole table selected", async () => {
  const excel = createFakeExcel(workbookWithSheet());
  const b = bench(excel);
  expect((await insertTables(b, ["projects", "trade"])).ok).toBe(true);
  excel.workbook.activate(excel.workbook.sheets[0], "B2");
  expect(excel.workbook.selection).toMatchObject({ sheet: "Sheet1", address: "B2" });

  expect(await goTo(b, { table: "trade" })).toEqual({ ok: true, sheet: "KZUZ Trade" });
  const trade = excel.workbook.table("KZUZ_Trade")!;
  expect(excel.workbook.selection).toMatchObject({
    sheet: "KZUZ Trade",
    address: `A1:L${trade.height + 1}`,
  });
  expect(excel.log).toEqual(expect.arrayContaining(["sheet.activate", "range.select"]));
});

test("a renamed table on a renamed sheet is still found, by the id remembered", async () => {
  const excel = createFakeExcel(workbookWithSheet());
  const b = bench(excel);
  await insertTables(b, ["projects"]);
  const table = excel.workbook.table("KZUZ_Projects")!;
  table.name = "MyProjects";
  table.sheet.name = "Mine";
  expect(await goTo(b, { table: "projects" })).toEqual({ ok: true, sheet: "Mine" });
  expect(excel.workbook.selection.sheet).toBe("Mine");
});

test("a table no longer in the workbook: nothing moves, and the answer names it", async () => {
  const excel = createFakeExcel(workbookWithSheet());
  const b = bench(excel);
  await insertTables(b, ["sources"]);
  excel.workbook.deleteTable(excel.workbook.table("KZUZ_Sources")!);
  const before = { ...excel.workbook.selection };
  expect(await goTo(b, { table: "sources" })).toEqual({ ok: false, missing: "KZUZ_Sources" });
  expect(excel.workbook.selection).toEqual(before);
});

test("a chart: the Dashboard comes to the front with the chart selected", async () => {
  const excel = createFakeExcel(workbookWithSheet());
  const b = bench(excel);
  expect((await buildChart(b, "investment", english)).ok).toBe(true);
  excel.workbook.activate(excel.workbook.sheets[0], "C3");
  expect(await goTo(b, { chart: "investment" })).toEqual({ ok: true, sheet: "KZUZ Dashboard" });
  expect(excel.workbook.selection).toMatchObject({
    sheet: "KZUZ Dashboard",
    chart: INVESTMENT_CHART_NAME,
  });
  // The trade chart was never built: it is missing, and the selection stays.
  expect(await goTo(b, { chart: "trade" })).toEqual({ ok: false, missing: TRADE_CHART_NAME });
  expect(excel.workbook.selection.chart).toBe(INVESTMENT_CHART_NAME);
});

test("without Chart.activate (before ExcelApi 1.9) the Dashboard still comes to the front", async () => {
  const excel = createFakeExcel(workbookWithSheet());
  const b = bench(excel, (set, version) => set === "ExcelApi" && Number(version) < 1.9);
  expect((await buildChart(b, "investment", english)).ok).toBe(true);
  excel.workbook.activate(excel.workbook.sheets[0], "C3");
  expect(await goTo(b, { chart: "investment" })).toEqual({ ok: true, sheet: "KZUZ Dashboard" });
  expect(excel.workbook.selection.sheet).toBe("KZUZ Dashboard");
  expect(excel.workbook.selection.chart).toBeUndefined();
  expect(excel.log).not.toContain("chart.activate");
});

test("Excel refusing: the answer carries its words, nothing thrown", async () => {
  const excel = createFakeExcel(workbookWithSheet());
  const b: Workbench = {
    ...bench(excel),
    run: () => Promise.reject(new Error("GeneralException: Excel is busy")),
  };
  expect(await goTo(b, { table: "projects" })).toEqual({
    ok: false,
    reason: "GeneralException: Excel is busy",
  });
});
