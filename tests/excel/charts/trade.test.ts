import { DASHBOARD_SHEET } from "../../../src/excel/charts/dashboard";
import { reportedFormula } from "../../../src/excel/charts/formulas";
import { buildInvestmentChart } from "../../../src/excel/charts/investment";
import { TRADE_CHART_NAME, buildTradeChart } from "../../../src/excel/charts/trade";
import { writeTables } from "../../../src/excel/tables/write";
import { createFakeExcel } from "../../support/fake-excel";
import {
  index,
  all,
  upTo,
  DASHBOARD_REF,
  header,
  withTables,
  counted,
  dashboard,
  chartNamed,
  cell,
  columnCells,
  tradeTable,
  evaluateReported,
  evaluatePath,
  tradeWith2025,
  history,
  latest,
  target,
  say,
} from "./helpers";
import { english } from "../../support/english";

describe("the trade chart", () => {
  test("a combo chart on the Dashboard: columns for the reported turnover, a dashed line to the target, in three syncs", async () => {
    const { excel } = await withTables();
    const result = await counted(excel, () =>
      buildTradeChart(excel.context, index, { say, supports: all })
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
      [
        "Reported turnover (USD bn)",
        undefined,
        `${DASHBOARD_REF}!P4:P17`,
        `${DASHBOARD_REF}!O4:O17`,
      ],
      ["Path to target (USD bn)", "Line", `${DASHBOARD_REF}!Q4:Q17`, `${DASHBOARD_REF}!O4:O17`],
      // Each country's own series, side by side with the headline columns (issue 20).
      [
        "Kazakhstan's statistics (USD bn)",
        undefined,
        `${DASHBOARD_REF}!R4:R17`,
        `${DASHBOARD_REF}!O4:O17`,
      ],
      [
        "Uzbekistan's statistics (USD bn)",
        undefined,
        `${DASHBOARD_REF}!S4:S17`,
        `${DASHBOARD_REF}!O4:O17`,
      ],
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
    await buildTradeChart(excel.context, index, { say, supports: all });
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
    await buildTradeChart(excel.context, index, { say, supports: all });
    const sheet = dashboard(excel.workbook);
    expect(["O3", "P3", "Q3", "R3", "S3"].map((a) => cell(sheet, a)?.value)).toEqual([
      "Year",
      "Reported turnover (USD bn)",
      "Path to target (USD bn)",
      "Kazakhstan's statistics (USD bn)",
      "Uzbekistan's statistics (USD bn)",
    ]);
    // Each country's own figure: KZUZ.TRADE with its reporter, a gap where it gave none.
    expect(cell(sheet, "R4")?.formula).toBe('=IFERROR(KZUZ.TRADE(O4,"KZ")/1000000000,NA())');
    expect(cell(sheet, "S17")?.formula).toBe('=IFERROR(KZUZ.TRADE(O17,"UZ")/1000000000,NA())');
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
    await buildTradeChart(excel.context, index, { say, supports: all });
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
    await buildTradeChart(excel.context, index, { say, supports: all });
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
    await buildTradeChart(excel.context, index, { say, supports: all });
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
    await buildTradeChart(excel.context, index, { say, supports: all });
    const sheet = dashboard(excel.workbook);
    const rows = [3, 4, 5, 6, 7, 8, 9].map((r) => ({
      label: cell(sheet, `A${r}`)?.value,
      formula: cell(sheet, `B${r}`)?.formula,
      format: cell(sheet, `B${r}`)?.format,
      source: cell(sheet, `C${r}`),
    }));
    expect(rows.map(({ label, formula, format }) => [label, formula, format])).toEqual([
      [
        "Latest trade turnover, 2025, Uzbekistan's statistics (USD billion)",
        "=KZUZ.TRADE(2025)/1000000000",
        "0.00",
      ],
      [
        "Share of the $10 billion target reached in 2025, Uzbekistan's statistics",
        "=KZUZ.PROGRESS(2025)",
        "0.0%",
      ],
      [
        "Annual growth needed, 2025–2030, from Uzbekistan's statistics",
        "=KZUZ.REQUIREDGROWTH(2025)",
        "0.0%",
      ],
      [
        "Annual growth needed from the 2023 figure of Kazakhstan's statistics alone",
        '=KZUZ.REQUIREDGROWTH(2023,"KZ")',
        "0.0%",
      ],
      [
        "Annual growth needed from the 2025 figure of Uzbekistan's statistics alone",
        '=KZUZ.REQUIREDGROWTH(2025,"UZ")',
        "0.0%",
      ],
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
    await buildTradeChart(excel.context, index, { say, supports: all });
    await buildInvestmentChart(excel.context, index, { say, supports: all });
    const cells = excel.workbook
      .formulas()
      .filter((f) => f.sheet === DASHBOARD_SHEET)
      .map((f) => f.at.split(",").map(Number));
    const expected = [
      ...[2, 3, 4, 5, 6, 7, 8].map((r) => [r, 1]),
      ...Array.from({ length: 14 }, (_, i) => [
        [3 + i, 15],
        [3 + i, 16],
        [3 + i, 17],
        [3 + i, 18],
      ]).flat(),
    ];
    const key = (c: number[]) => c.join(",");
    expect(cells.map(key).sort()).toEqual(expected.map(key).sort());
  });

  test("a description with the numbers, for screen readers, sits below the chart and comes back in the result", async () => {
    const { excel } = await withTables();
    const result = await buildTradeChart(excel.context, index, { say, supports: all });
    if (!result.ok) throw new Error(english(result.said));
    expect(result.description).toBe(
      "Column chart of Kazakhstan–Uzbekistan trade turnover by year, 2017–2025, in US dollars billion; " +
        "no headline figure for 2020, shown as a gap; " +
        "2025: 4.97 billion (Uzbekistan's statistics), 49.7% of the $10 billion target for 2030; " +
        "the dashed line shows the 15.0% a year needed to reach it, ending at the target in 2030; " +
        "Kazakhstan's and Uzbekistan's own full-year figures are drawn beside the headline columns; " +
        "the headline figure changes reporter in 2024 (to the press), 2025 (to Uzbekistan's statistics); " +
        "the growth needed from each country's own latest figure ranges from 12.4% to 15.0% a year."
    );
    expect(cell(dashboard(excel.workbook), "F22")?.value).toBe(
      `Chart description: ${result.description}`
    );
  });

  test("building again replaces the chart and the data block: one chart, the same ranges, the same cells", async () => {
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { say, supports: all });
    const sheet = dashboard(excel.workbook);
    const cellsBefore = JSON.stringify([...sheet.cells].sort());
    const seriesBefore = JSON.stringify(chartNamed(excel.workbook, TRADE_CHART_NAME).series);
    const again = await counted(excel, () =>
      buildTradeChart(excel.context, index, { say, supports: all })
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
    await buildTradeChart(excel.context, index, { say, supports: all });
    const sheet = dashboard(excel.workbook);
    sheet.charts.push({ ...structuredClone(sheet.charts[0]), id: "{copy}" });
    await buildTradeChart(excel.context, index, { say, supports: all });
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].id).not.toBe("{copy}");
  });

  test("after a table refresh the chart follows the table without a rebuild, and a rebuild still makes one chart", async () => {
    const { excel, tableIds } = await withTables();
    await buildTradeChart(excel.context, index, { say, supports: all });
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

    await buildTradeChart(excel.context, index, {
      say,
      supports: all,
      tradeTableId: tableIds.trade,
    });
    const chart = chartNamed(excel.workbook, TRADE_CHART_NAME);
    expect(chart.series.map((s) => s.values)).toEqual([
      `${DASHBOARD_REF}!P4:P17`,
      `${DASHBOARD_REF}!Q4:Q17`,
      `${DASHBOARD_REF}!R4:R17`,
      `${DASHBOARD_REF}!S4:S17`,
    ]);
    expect(excel.workbook.tables.filter((t) => t.name === "KZUZ_Trade")).toHaveLength(1);
  });

  test("a renamed Trade table is found by its remembered id and named in the formulas", async () => {
    const { excel, tableIds } = await withTables();
    tradeTable(excel.workbook).name = "MyTrade";
    const result = await buildTradeChart(excel.context, index, {
      say,
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
      buildTradeChart(excel.context, index, { say, supports: all })
    );
    expect(result).toMatchObject({ ok: false, reason: "needs-trade-table", syncs: 1 });
    if (result.ok) return;
    expect(english(result.said)).toMatch(
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
      buildTradeChart(excel.context, index, { say, supports: all })
    );
    expect(result).toMatchObject({ ok: false, reason: "trade-table-columns", syncs: 2 });
    if (!result.ok)
      expect(english(result.said)).toMatch(/lost its "Headline" column.*Refresh the tables/);
    expect(excel.workbook.sheet(DASHBOARD_SHEET)).toBeUndefined();
  });
});

describe("requirement sets", () => {
  test("without ExcelApi 1.7 neither chart is attempted: a plain message, no sync, no change", async () => {
    const { excel } = await withTables();
    const before = excel.workbook.snapshot();
    for (const build of [buildTradeChart, buildInvestmentChart]) {
      const result = await counted(excel, () =>
        build(excel.context, index, { say, supports: upTo(1.6) })
      );
      expect(result).toMatchObject({ ok: false, reason: "unsupported", syncs: 0 });
      if (!result.ok)
        expect(english(result.said)).toMatch(/needs the Excel JavaScript API 1\.7.*Update Excel/);
    }
    expect(excel.workbook.snapshot()).toBe(before);
  });

  test("without ExcelApi 1.8 the chart is built; the target's label shows its value and the result says so", async () => {
    const { excel } = await withTables();
    const result = await buildTradeChart(excel.context, index, { say, supports: upTo(1.7) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skipped.map(english)).toEqual([
      "the target's label text (needs ExcelApi 1.8); it shows the value instead",
    ]);
    const line = chartNamed(excel.workbook, TRADE_CHART_NAME).series[1];
    expect(line.points[13]).toMatchObject({ hasDataLabel: true, label: { showValue: true } });
    expect(line.points[13].label.text).toBeUndefined();
  });

  test("by default Office is asked; where Office is not loaded the answer is 'unsupported', not a throw", async () => {
    const { excel } = await withTables();
    expect(await buildTradeChart(excel.context, index, { say })).toMatchObject({
      reason: "unsupported",
    });
    const isSetSupported = jest.fn((...args: string[]) => args.length === 2);
    const global = globalThis as unknown as { Office?: unknown };
    global.Office = { context: { requirements: { isSetSupported } } };
    try {
      expect(await buildInvestmentChart(excel.context, index, { say })).toMatchObject({ ok: true });
      expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.7");
    } finally {
      delete global.Office;
    }
  });
});
