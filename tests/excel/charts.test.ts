import { buildIndex, currentTarget, tradeHistory, type Index } from "../../src/data/query";
import type { Dataset } from "../../src/data/schema";
import { TRADE_COLUMNS, datasetViews, tradeView, type View } from "../../src/data/views";
import {
  DASHBOARD_SHEET,
  INVESTMENT_CHART_NAME,
  TRADE_CHART_NAME,
  buildInvestmentChart,
  buildTradeChart,
  columnRef,
  reportedFormula,
  type ChartResult,
  type Supports,
} from "../../src/excel/charts";
import { TABLE_NAMES, writeTables } from "../../src/excel/tables";
import { publishedDataset } from "../support/dataset";
import {
  createFakeExcel,
  type CellModel,
  type ChartModel,
  type FakeExcel,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "../support/fake-excel";

const index = buildIndex(publishedDataset());
const all: Supports = () => true;
/** A host with ExcelApi up to `max` (1.7 → no 1.8). */
const upTo =
  (max: number): Supports =>
  (set, version) =>
    set === "ExcelApi" && Number(version) <= max;

const Q = `'${DASHBOARD_SHEET}'`;
const header = (key: string) => TRADE_COLUMNS.find((c) => c.key === key)!.header;

/** A workbook with the dataset's tables inserted, as the task pane does first. */
async function withTables(views: View[] = datasetViews(index)) {
  const excel = createFakeExcel();
  const { tableIds } = await writeTables(excel.context, views);
  return { excel, tableIds };
}

/** Runs a build and checks the sync count it reports against the fake's. */
async function counted(excel: FakeExcel, build: () => Promise<ChartResult>): Promise<ChartResult> {
  const before = excel.syncs;
  const result = await build();
  expect(excel.syncs - before).toBe(result.syncs);
  return result;
}

function dashboard(workbook: WorkbookModel): SheetModel {
  const sheet = workbook.sheet(DASHBOARD_SHEET);
  if (!sheet) throw new Error("no Dashboard sheet");
  return sheet;
}

/** The one chart of that name in the workbook (fails if there are none or several). */
function chartNamed(workbook: WorkbookModel, name: string): ChartModel {
  const found = workbook.charts().filter((c) => c.chart.name === name);
  expect(found).toHaveLength(1);
  expect(found[0].sheet).toBe(DASHBOARD_SHEET);
  return found[0].chart;
}

function at(address: string): [number, number] {
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`bad cell ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

function cell(sheet: SheetModel, address: string): CellModel | undefined {
  return sheet.get(...at(address));
}

/** The cells of a one-column address such as "'KZUZ Dashboard'!A26:A28", top to bottom. */
function columnCells(sheet: SheetModel, address: string): (CellModel | undefined)[] {
  const [from, to] = address.replace(/^.*!/, "").split(":");
  const [r0, c] = at(from);
  const [r1, c1] = at(to);
  expect(c1).toBe(c);
  return Array.from({ length: r1 - r0 + 1 }, (_, i) => sheet.get(r0 + i, c));
}

function tradeTable(workbook: WorkbookModel): TableModel {
  const table = workbook.tables.find((t) => t.headers().includes(header("headline")));
  if (!table) throw new Error("no Trade table");
  return table;
}

/**
 * Evaluates a "reported" formula as Excel would, over the fake's Trade table: the formula must be
 * exactly the COUNTIFS/SUMIFS shape; the answer is USD billion, or "#N/A" where no row matches.
 */
function evaluateReported(workbook: WorkbookModel, sheet: SheetModel, f: string): number | "#N/A" {
  const table = tradeTable(workbook);
  const t = table.name;
  const year = columnRef(t, header("year"));
  const headline = columnRef(t, header("headline"));
  const value = columnRef(t, header("value"));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(
    `^=IF\\(COUNTIFS\\(${escape(year)},([A-Z]+\\d+),${escape(headline)},"yes",${escape(value)},">0"\\)=0,NA\\(\\),` +
      `SUMIFS\\(${escape(value)},${escape(year)},\\1,${escape(headline)},"yes",${escape(value)},">0"\\)/1000000000\\)$`
  ).exec(f);
  if (!m) throw new Error(`not the reported-turnover formula: ${f}`);
  const y = cell(sheet, m[1])?.value;
  const headers = table.headers();
  const rows = table
    .rows()
    .filter(
      (r) =>
        r[headers.indexOf(header("year"))] === y &&
        String(r[headers.indexOf(header("headline"))]).toLowerCase() === "yes" &&
        typeof r[headers.indexOf(header("value"))] === "number" &&
        (r[headers.indexOf(header("value"))] as number) > 0
    );
  if (rows.length === 0) return "#N/A";
  const sum = rows
    .map((r) => r[headers.indexOf(header("value"))])
    .reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
  return sum / 1e9;
}

/** Evaluates a path cell: "=NA()" or compound growth from the latest reported cell to the target. */
function evaluatePath(workbook: WorkbookModel, sheet: SheetModel, f: string): number | "#N/A" {
  if (f === "=NA()") return "#N/A";
  const m = /^=\$P\$(\d+)\*\(([\d.]+)\/\$P\$\1\)\^\(\(O(\d+)-\$O\$\1\)\/\((\d+)-\$O\$\1\)\)$/.exec(
    f
  );
  if (!m) throw new Error(`not the path formula: ${f}`);
  const start = evaluateReported(workbook, sheet, cell(sheet, `P${m[1]}`)?.formula ?? "");
  if (start === "#N/A") return "#N/A";
  const startYear = Number(cell(sheet, `O${m[1]}`)?.value);
  const year = Number(cell(sheet, `O${m[3]}`)?.value);
  return start * (Number(m[2]) / start) ** ((year - startYear) / (Number(m[4]) - startYear));
}

/** The trade view with the 2025 headline's value replaced, as a dataset revision would. */
function tradeWith2025(valueUsd: number): View {
  const view = tradeView(index);
  const value = TRADE_COLUMNS.findIndex((c) => c.key === "value");
  const year = TRADE_COLUMNS.findIndex((c) => c.key === "year");
  const headline = TRADE_COLUMNS.findIndex((c) => c.key === "headline");
  return {
    ...view,
    rows: view.rows.map((r) =>
      r.cells[year] === 2025 && r.cells[headline] === "yes"
        ? { ...r, cells: r.cells.map((c, i) => (i === value ? valueUsd : c)) }
        : r
    ),
  };
}

function indexWith(change: (d: Dataset) => void): Index {
  const dataset = structuredClone(publishedDataset());
  change(dataset);
  return buildIndex(dataset);
}

const history = (() => {
  const h = tradeHistory(index);
  if (!h.ok) throw new Error(h.error.message);
  return h.value;
})();
const latest = history[history.length - 1];
const target = currentTarget(index);

describe("the trade chart", () => {
  test("a combo chart on the Dashboard: columns for the reported turnover, a dashed line to the target, in three syncs", async () => {
    const { excel } = await withTables();
    const result = await counted(excel, () =>
      buildTradeChart(excel.context, index, { supports: all })
    );
    expect(result).toMatchObject({
      ok: true,
      chartName: TRADE_CHART_NAME,
      sheetName: DASHBOARD_SHEET,
      syncs: 3,
      skipped: [],
    });
    const chart = chartNamed(excel.workbook, TRADE_CHART_NAME);
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.title).toBe("Kazakhstan–Uzbekistan trade towards the $10 billion target");
    expect(chart.series.map((s) => [s.name, s.type, s.values, s.categories])).toEqual([
      ["Reported turnover (USD bn)", undefined, `${Q}!P4:P17`, `${Q}!O4:O17`],
      ["Path to target (USD bn)", "Line", `${Q}!Q4:Q17`, `${Q}!O4:O17`],
    ]);
    expect(chart.series[1].line.lineStyle).toBe("Dash");
    expect(chart.valueAxis.title).toBe("USD billion");
    expect(chart.categoryAxis.categoryType).toBe("TextAxis");
    expect(chart.legend).toEqual({ position: "Bottom", visible: true });
    expect(chart.position).toEqual({ start: "F1", end: "M21" });
    expect(excel.log).toContain("sheet.activate");
  });

  test("the latest year's column has a data label, and the target is the path's labelled last point", async () => {
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { supports: all });
    const [columns, line] = chartNamed(excel.workbook, TRADE_CHART_NAME).series;
    const latestAt = latest.year - history[0].year;
    expect(Object.keys(columns.points)).toEqual([String(latestAt)]);
    expect(columns.points[latestAt]).toMatchObject({
      hasDataLabel: true,
      label: { showValue: true, showSeriesName: false, position: "OutsideEnd" },
    });
    const targetAt = (target.targetYear as number) - history[0].year;
    expect(Object.keys(line.points)).toEqual([String(targetAt)]);
    expect(line.points[targetAt]).toMatchObject({
      markerStyle: "Diamond",
      hasDataLabel: true,
      label: { showValue: true, text: "Target: $10 billion in 2030" },
    });
    // The point labelled is the target year's row.
    const sheet = dashboard(excel.workbook);
    expect(columnCells(sheet, line.categories!)[targetAt]?.value).toBe(2030);
    expect(columnCells(sheet, columns.categories!)[latestAt]?.value).toBe(latest.year);
  });

  test("the data block: a year a row from the first headline year to 2030, reading KZUZ_Trade by its headers", async () => {
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { supports: all });
    const sheet = dashboard(excel.workbook);
    expect(["O3", "P3", "Q3"].map((a) => cell(sheet, a)?.value)).toEqual([
      "Year",
      "Reported turnover (USD bn)",
      "Path to target (USD bn)",
    ]);
    const years = columnCells(sheet, "O4:O17").map((c) => c?.value);
    expect(years).toEqual(Array.from({ length: 14 }, (_, i) => 2017 + i));
    expect(cell(sheet, "O18")).toBeUndefined();
    for (const c of columnCells(sheet, "P4:P17")) {
      expect(c?.formula).toContain(`KZUZ_Trade[${header("year")}]`);
      expect(c?.formula).toContain(`KZUZ_Trade[${header("headline")}]`);
      expect(c?.formula).toContain(`KZUZ_Trade[${header("value")}]`);
      expect(c?.format).toBe("0.00");
    }
    expect(cell(sheet, "P4")?.formula).toBe(reportedFormula("KZUZ_Trade", "O4"));
    expect(reportedFormula("KZUZ_Trade", "O4")).toBe(
      '=IF(COUNTIFS(KZUZ_Trade[Year],O4,KZUZ_Trade[Headline],"yes",KZUZ_Trade[Turnover (USD)],">0")=0,NA(),' +
        'SUMIFS(KZUZ_Trade[Turnover (USD)],KZUZ_Trade[Year],O4,KZUZ_Trade[Headline],"yes",KZUZ_Trade[Turnover (USD)],">0")/1000000000)'
    );
  });

  test("years without a headline figure are #N/A (a gap), never 0; the others match the dataset", async () => {
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { supports: all });
    const sheet = dashboard(excel.workbook);
    const values = columnCells(sheet, "P4:P17").map((c) =>
      evaluateReported(excel.workbook, sheet, c?.formula ?? "")
    );
    const byYear = new Map(history.map((p) => [p.year, p.usd / 1e9]));
    const expected = Array.from({ length: 14 }, (_, i) => byYear.get(2017 + i) ?? "#N/A");
    expect(values).toEqual(expected);
    expect(values[2020 - 2017]).toBe("#N/A");
    expect(values).not.toContain(0);
    expect(values[2025 - 2017]).toBeCloseTo(4.97, 10);
  });

  test('a headline row whose amount is text ("not disclosed") is a gap too, not 0', async () => {
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { supports: all });
    const table = tradeTable(excel.workbook);
    const headers = table.headers();
    const row = table
      .rows()
      .findIndex(
        (r) =>
          r[headers.indexOf(header("year"))] === 2019 &&
          r[headers.indexOf(header("headline"))] === "yes"
      );
    table.sheet.set(table.row0 + 1 + row, table.col0 + headers.indexOf(header("value")), {
      value: "not disclosed",
    });
    const sheet = dashboard(excel.workbook);
    expect(evaluateReported(excel.workbook, sheet, cell(sheet, "P6")?.formula ?? "")).toBe("#N/A");
  });

  test("the path runs from the latest reported value to the target at the required growth", async () => {
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { supports: all });
    const sheet = dashboard(excel.workbook);
    const path = columnCells(sheet, "Q4:Q17").map((c) =>
      evaluatePath(excel.workbook, sheet, c?.formula ?? "")
    );
    expect(path.slice(0, 2025 - 2017)).toEqual(Array(8).fill("#N/A"));
    const [from, ...rest] = path.slice(2025 - 2017) as number[];
    expect(from).toBeCloseTo(4.97, 10);
    expect(rest[rest.length - 1]).toBeCloseTo(10, 10);
    const cagr = (10 / 4.97) ** (1 / 5) - 1;
    rest.forEach((v, i) => expect(v).toBeCloseTo(4.97 * (1 + cagr) ** (i + 1), 10));
  });

  test("key figures beside the chart: live KZUZ formulas with number formats and source notes", async () => {
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { supports: all });
    const sheet = dashboard(excel.workbook);
    const rows = [3, 4, 5, 6, 7].map((r) => ({
      label: cell(sheet, `A${r}`)?.value,
      formula: cell(sheet, `B${r}`)?.formula,
      format: cell(sheet, `B${r}`)?.format,
      source: cell(sheet, `C${r}`),
    }));
    expect(rows.map(({ label, formula, format }) => [label, formula, format])).toEqual([
      ["Latest trade turnover, 2025 (USD billion)", "=KZUZ.TRADE(2025)/1000000000", "0.00"],
      ["Share of the $10 billion target reached in 2025", "=KZUZ.PROGRESS(2025)", "0.0%"],
      ["Annual growth needed, 2025–2030", "=KZUZ.REQUIREDGROWTH(2025)", "0.0%"],
      ["Years left to 2030", "=2030-2025", "0"],
      ["Target for 2030 (USD billion)", "=KZUZ.TARGET()/1000000000", "0.0"],
    ]);
    for (const { source } of rows) {
      expect(typeof source?.value).toBe("string");
      expect(source?.value).not.toBe("");
      expect(source?.formula).toBeUndefined();
    }
    expect(cell(sheet, "A2")?.value).toBe("Key figure");
    // The chart sits beside the figures: they fill A–C, the chart starts at F.
    expect(chartNamed(excel.workbook, TRADE_CHART_NAME).position?.start).toBe("F1");
  });

  test("the only formulas on the Dashboard are the ones built: key figures, reported values, path", async () => {
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { supports: all });
    await buildInvestmentChart(excel.context, index, { supports: all });
    const cells = excel.workbook
      .formulas()
      .filter((f) => f.sheet === DASHBOARD_SHEET)
      .map((f) => f.at.split(",").map(Number));
    const expected = [
      ...[2, 3, 4, 5, 6].map((r) => [r, 1]),
      ...Array.from({ length: 14 }, (_, i) => [
        [3 + i, 15],
        [3 + i, 16],
      ]).flat(),
    ];
    const key = (c: number[]) => c.join(",");
    expect(cells.map(key).sort()).toEqual(expected.map(key).sort());
  });

  test("a description with the numbers, for screen readers, sits below the chart and comes back in the result", async () => {
    const { excel } = await withTables();
    const result = await buildTradeChart(excel.context, index, { supports: all });
    if (!result.ok) throw new Error(result.message);
    expect(result.description).toBe(
      "Column chart of Kazakhstan–Uzbekistan trade turnover by year, 2017–2025, in US dollars billion; " +
        "no headline figure for 2020, shown as a gap; " +
        "2025: 4.97 billion, 49.7% of the $10 billion target for 2030; " +
        "the dashed line shows the 15.0% a year needed to reach it, ending at the target in 2030."
    );
    expect(cell(dashboard(excel.workbook), "F22")?.value).toBe(
      `Chart description: ${result.description}`
    );
  });

  test("building again replaces the chart and the data block: one chart, the same ranges, the same cells", async () => {
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { supports: all });
    const sheet = dashboard(excel.workbook);
    const cellsBefore = JSON.stringify([...sheet.cells].sort());
    const seriesBefore = JSON.stringify(chartNamed(excel.workbook, TRADE_CHART_NAME).series);
    const again = await counted(excel, () =>
      buildTradeChart(excel.context, index, { supports: all })
    );
    expect(again).toMatchObject({ ok: true, syncs: 3 });
    expect(excel.workbook.charts()).toHaveLength(1);
    expect(JSON.stringify(chartNamed(excel.workbook, TRADE_CHART_NAME).series)).toBe(seriesBefore);
    expect(JSON.stringify([...sheet.cells].sort())).toBe(cellsBefore);
    expect(excel.workbook.sheets.filter((s) => s.name.startsWith("KZUZ Dashboard"))).toHaveLength(
      1
    );
    // Five sheets for the tables, one for the Dashboard: the second build reused it.
    expect(excel.log.filter((op) => op === "worksheets.add")).toHaveLength(6);
    expect(excel.log.filter((op) => op === "chart.delete")).toHaveLength(1);
  });

  test("a copy of the chart under the same name is replaced too", async () => {
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { supports: all });
    const sheet = dashboard(excel.workbook);
    sheet.charts.push({ ...structuredClone(sheet.charts[0]), id: "{copy}" });
    await buildTradeChart(excel.context, index, { supports: all });
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].id).not.toBe("{copy}");
  });

  test("after a table refresh the chart follows the table without a rebuild, and a rebuild still makes one chart", async () => {
    const { excel, tableIds } = await withTables();
    await buildTradeChart(excel.context, index, { supports: all });
    const sheet = dashboard(excel.workbook);
    const p2025 = cell(sheet, "P12")?.formula ?? "";
    expect(evaluateReported(excel.workbook, sheet, p2025)).toBeCloseTo(4.97, 10);

    // The dataset revises 2025; the pane refreshes the Trade table in place.
    const refresh = await writeTables(excel.context, [tradeWith2025(5_100_000_000)], {
      knownTableIds: tableIds,
    });
    expect(refresh.changes[0].updated.length).toBe(1);
    expect(evaluateReported(excel.workbook, sheet, p2025)).toBeCloseTo(5.1, 10);
    expect(evaluatePath(excel.workbook, sheet, cell(sheet, "Q17")?.formula ?? "")).toBeCloseTo(
      10,
      10
    );
    expect(excel.workbook.charts()).toHaveLength(1);

    await buildTradeChart(excel.context, index, { supports: all, tradeTableId: tableIds.trade });
    const chart = chartNamed(excel.workbook, TRADE_CHART_NAME);
    expect(chart.series.map((s) => s.values)).toEqual([`${Q}!P4:P17`, `${Q}!Q4:Q17`]);
    expect(excel.workbook.tables.filter((t) => t.name === "KZUZ_Trade")).toHaveLength(1);
  });

  test("a renamed Trade table is found by its remembered id and named in the formulas", async () => {
    const { excel, tableIds } = await withTables();
    tradeTable(excel.workbook).name = "MyTrade";
    const result = await buildTradeChart(excel.context, index, {
      supports: all,
      tradeTableId: tableIds.trade,
    });
    expect(result.ok).toBe(true);
    const sheet = dashboard(excel.workbook);
    expect(cell(sheet, "P4")?.formula).toBe(reportedFormula("MyTrade", "O4"));
    expect(evaluateReported(excel.workbook, sheet, cell(sheet, "P12")?.formula ?? "")).toBeCloseTo(
      4.97,
      10
    );
  });

  test("without the Trade table nothing is inserted and the message says to insert it first", async () => {
    const excel = createFakeExcel();
    const before = excel.workbook.snapshot();
    const result = await counted(excel, () =>
      buildTradeChart(excel.context, index, { supports: all })
    );
    expect(result).toMatchObject({ ok: false, reason: "needs-trade-table", syncs: 1 });
    if (result.ok) return;
    expect(result.message).toMatch(
      /Trade table \(KZUZ_Trade\).*Insert the Trade table from the KZUZ pane first/
    );
    expect(excel.workbook.snapshot()).toBe(before);
    expect(excel.workbook.sheet(DASHBOARD_SHEET)).toBeUndefined();
  });

  test("a Trade table that lost a column the formulas read: a message, nothing written", async () => {
    const { excel } = await withTables();
    const table = tradeTable(excel.workbook);
    const at = table.headers().indexOf(header("headline"));
    table.sheet.set(table.row0, table.col0 + at, { value: "Is headline" });
    const result = await counted(excel, () =>
      buildTradeChart(excel.context, index, { supports: all })
    );
    expect(result).toMatchObject({ ok: false, reason: "trade-table-columns", syncs: 2 });
    if (!result.ok)
      expect(result.message).toMatch(/lost its "Headline" column.*Refresh the tables/);
    expect(excel.workbook.sheet(DASHBOARD_SHEET)).toBeUndefined();
  });
});

describe("requirement sets", () => {
  test("without ExcelApi 1.7 neither chart is attempted: a plain message, no sync, no change", async () => {
    const { excel } = await withTables();
    const before = excel.workbook.snapshot();
    for (const build of [buildTradeChart, buildInvestmentChart]) {
      const result = await counted(excel, () =>
        build(excel.context, index, { supports: upTo(1.6) })
      );
      expect(result).toMatchObject({ ok: false, reason: "unsupported", syncs: 0 });
      if (!result.ok)
        expect(result.message).toMatch(/needs the Excel JavaScript API 1\.7.*Update Excel/);
    }
    expect(excel.workbook.snapshot()).toBe(before);
  });

  test("without ExcelApi 1.8 the chart is built; the target's label shows its value and the result says so", async () => {
    const { excel } = await withTables();
    const result = await buildTradeChart(excel.context, index, { supports: upTo(1.7) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skipped).toEqual([
      "the target's label text (needs ExcelApi 1.8); it shows the value instead",
    ]);
    const line = chartNamed(excel.workbook, TRADE_CHART_NAME).series[1];
    expect(line.points[13]).toMatchObject({ hasDataLabel: true, label: { showValue: true } });
    expect(line.points[13].label.text).toBeUndefined();
  });

  test("by default Office is asked; where Office is not loaded the answer is 'unsupported', not a throw", async () => {
    const { excel } = await withTables();
    expect(await buildTradeChart(excel.context, index)).toMatchObject({ reason: "unsupported" });
    const isSetSupported = jest.fn((...args: string[]) => args.length === 2);
    const global = globalThis as unknown as { Office?: unknown };
    global.Office = { context: { requirements: { isSetSupported } } };
    try {
      expect(await buildInvestmentChart(excel.context, index)).toMatchObject({ ok: true });
      expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.7");
    } finally {
      delete global.Office;
    }
  });
});

describe("the investment chart", () => {
  const disclosed = index.dataset.projects
    .filter((p) => p.investment.status !== "not disclosed")
    .sort((a, b) => (b.investment.usd ?? 0) - (a.investment.usd ?? 0));
  const undisclosed = index.dataset.projects.filter((p) => p.investment.status === "not disclosed");

  test("bars for the projects with a disclosed or estimated amount, in USD million, largest first", async () => {
    const excel = createFakeExcel();
    const result = await counted(excel, () =>
      buildInvestmentChart(excel.context, index, { supports: all })
    );
    expect(result).toMatchObject({ ok: true, chartName: INVESTMENT_CHART_NAME, syncs: 3 });
    const chart = chartNamed(excel.workbook, INVESTMENT_CHART_NAME);
    expect(chart.type).toBe("BarClustered");
    expect(chart.title).toBe("Disclosed investment in the joint projects (USD million)");
    expect(chart.valueAxis.title).toBe("USD million");
    expect(chart.categoryAxis.reversePlotOrder).toBe(true);
    expect(chart.legend.visible).toBe(false);
    expect(chart.position).toEqual({ start: "F24", end: "M44" });
    expect(chart.series).toHaveLength(1);
    const [bars] = chart.series;
    expect(bars).toMatchObject({
      name: "Investment (USD million)",
      values: `${Q}!B26:B28`,
      categories: `${Q}!A26:A28`,
      hasDataLabels: true,
    });
    const sheet = dashboard(excel.workbook);
    expect(columnCells(sheet, bars.values).map((c) => c?.value)).toEqual(
      disclosed.map((p) => (p.investment.usd as number) / 1e6)
    );
    expect(columnCells(sheet, bars.values).every((c) => c?.format === "#,##0.0")).toBe(true);
    expect(columnCells(sheet, bars.categories!).map((c) => c?.value)).toEqual([
      'International Centre for Industrial Cooperation "Central Asia"',
      "Linear alkylbenzene (LAB) petrochemical complex (estimate)",
      "Multifunctional logistics centre (at least, initial stage only)",
    ]);
  });

  test("projects whose amount is not disclosed are listed beside it as text, with a note, not drawn", async () => {
    const excel = createFakeExcel();
    const result = await buildInvestmentChart(excel.context, index, { supports: all });
    const sheet = dashboard(excel.workbook);
    const [bars] = chartNamed(excel.workbook, INVESTMENT_CHART_NAME).series;
    const charted = columnCells(sheet, bars.categories!).map((c) => String(c?.value));
    const columnA = [...Array(40)].map((_, r) => sheet.value(r + 23, 0));
    for (const p of undisclosed) {
      const row = columnA.indexOf(p.name.en);
      expect(row).toBeGreaterThan(columnA.indexOf(charted[charted.length - 1]));
      expect(sheet.get(row + 23, 1)).toMatchObject({ value: "not disclosed", format: "@" });
      expect(charted.some((name) => name.startsWith(p.name.en))).toBe(false);
    }
    expect(columnA).toContain("Not disclosed: listed here, not drawn in the chart");
    expect(columnA.some((v) => String(v).includes("never drawn as zero"))).toBe(true);
    // No amount anywhere on the Dashboard is 0.
    expect([...sheet.cells.values()].some((c) => c.value === 0)).toBe(false);
    if (result.ok)
      expect(result.description).toMatch(
        /Not disclosed, so not drawn: Tenge Bank headquarters, Hotel "Astana", Hotel "Tashkent" and Residential quarter "Astana"\.$/i
      );
    expect(cell(sheet, "F45")?.value).toMatch(/^Chart description: Bar chart of the investment/);
  });

  test("both charts live side by side; rebuilding either replaces only its own chart and cells", async () => {
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { supports: all });
    await buildInvestmentChart(excel.context, index, { supports: all });
    const sheet = dashboard(excel.workbook);
    /** The Dashboard's cells and charts; chart ids (new on each build) left out. */
    const snapshot = () =>
      JSON.stringify({
        cells: [...sheet.cells].sort(),
        charts: sheet.charts
          .map((c) => ({ ...c, id: undefined }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      });
    const first = snapshot();
    await buildInvestmentChart(excel.context, index, { supports: all });
    await buildTradeChart(excel.context, index, { supports: all });
    await buildInvestmentChart(excel.context, index, { supports: all });
    expect(
      excel.workbook
        .charts()
        .map((c) => c.chart.name)
        .sort()
    ).toEqual([INVESTMENT_CHART_NAME, TRADE_CHART_NAME]);
    expect(snapshot()).toBe(first);
    // The trade figures survive an investment build, and the reverse.
    expect(cell(sheet, "B3")?.formula).toBe("=KZUZ.TRADE(2025)/1000000000");
    expect(cell(sheet, "A24")?.value).toBe("Investment in the joint projects (USD million)");
  });

  test("with no amount disclosed: no chart (an old one is removed), the projects listed, a message", async () => {
    const excel = createFakeExcel();
    await buildInvestmentChart(excel.context, index, { supports: all });
    const none = indexWith((d) => {
      for (const p of d.projects)
        p.investment = { status: "not disclosed", sourceIds: p.investment.sourceIds };
    });
    const result = await counted(excel, () =>
      buildInvestmentChart(excel.context, none, { supports: all })
    );
    expect(result).toMatchObject({ ok: false, reason: "no-data", syncs: 3 });
    if (!result.ok) expect(result.message).toMatch(/no bar to draw.*"not disclosed"/);
    expect(excel.workbook.charts()).toHaveLength(0);
    const sheet = dashboard(excel.workbook);
    const listed = [...Array(40)].map((_, r) => sheet.value(r + 23, 1));
    expect(listed.filter((v) => v === "not disclosed")).toHaveLength(index.dataset.projects.length);
  });
});

describe("syncs", () => {
  test("three per build, whether the Dashboard exists or not and whatever the number of years or projects", async () => {
    const short = indexWith((d) => {
      d.trade.observations = d.trade.observations.filter((o) => o.year >= 2024);
      d.projects = d.projects.slice(0, 2);
    });
    for (const idx of [index, short]) {
      const { excel } = await withTables(datasetViews(idx));
      for (let round = 0; round < 2; round++) {
        for (const build of [buildTradeChart, buildInvestmentChart]) {
          const result = await counted(excel, () => build(excel.context, idx, { supports: all }));
          expect(result).toMatchObject({ ok: true, syncs: 3 });
        }
      }
      expect(excel.workbook.charts()).toHaveLength(2);
    }
  });

  test("the fake refuses what Excel refuses: a point beyond a series, an unknown chart type", async () => {
    const excel = createFakeExcel();
    const sheet = excel.context.workbook.worksheets.add("S");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:A3"), "Columns");
    chart.series.getItemAt(0).points.getItemAt(3).hasDataLabel = true;
    await expect(excel.context.sync()).rejects.toThrow(/has no point 3/);
    sheet.charts.add("ColumnClusterd" as Excel.ChartType, sheet.getRange("A1:A3"), "Columns");
    await expect(excel.context.sync()).rejects.toThrow(/unknown chart type/);
  });
});

describe("safety", () => {
  test("dataset text that looks like a formula is written as text, on both charts", async () => {
    const evil = '=HYPERLINK("https://example.org","x")';
    const tricky = indexWith((d) => {
      d.projects[0].name.en = evil;
      d.projects[3].name.en = `+${evil}`;
      for (const s of d.sources) s.publisher = `@${s.publisher}`;
    });
    const { excel } = await withTables(datasetViews(tricky));
    expect((await buildTradeChart(excel.context, tricky, { supports: all })).ok).toBe(true);
    expect((await buildInvestmentChart(excel.context, tricky, { supports: all })).ok).toBe(true);
    const sheet = dashboard(excel.workbook);
    const texts = [...sheet.cells.values()].map((c) => c.value);
    expect(texts.some((v) => String(v).startsWith(evil))).toBe(true);
    expect(texts).toContain(`+${evil}`);
    expect(texts.some((v) => String(v).startsWith("Headline figure: @"))).toBe(true);
    const formulas = excel.workbook.formulas().filter((f) => f.sheet === DASHBOARD_SHEET);
    expect(
      formulas.every((f) => /^=(IF\(COUNTIFS|NA\(\)|\$P\$|KZUZ\.|\d+-\d+$)/.test(f.formula))
    ).toBe(true);
    expect(formulas.some((f) => f.formula.includes("HYPERLINK"))).toBe(false);
  });

  test("structured references escape what Excel requires", () => {
    expect(columnRef("T", "Turnover (USD)")).toBe("T[Turnover (USD)]");
    expect(columnRef("T", "Value [USD]")).toBe("T[[Value '[USD']]]");
    expect(columnRef("T", "#Items")).toBe("T[['#Items]]");
    expect(columnRef("T", "Year's value")).toBe("T[[Year''s value]]");
    expect(columnRef(TABLE_NAMES.trade.table, header("value"))).toBe("KZUZ_Trade[Turnover (USD)]");
  });
});
