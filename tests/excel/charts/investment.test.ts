import { INVESTMENT_CHART_NAME, buildInvestmentChart } from "../../../src/excel/charts/investment";
import { TRADE_CHART_NAME, buildTradeChart } from "../../../src/excel/charts/trade";
import { createFakeExcel } from "../../support/fake-excel";
import {
  index,
  all,
  DASHBOARD_REF,
  withTables,
  counted,
  dashboard,
  chartNamed,
  cell,
  columnCells,
  indexWith,
  say,
} from "./helpers";
import { english } from "../../support/english";

describe("the investment chart", () => {
  const disclosed = index.dataset.projects
    .filter((p) => p.investment.status !== "not disclosed")
    .sort((a, b) => (b.investment.usd ?? 0) - (a.investment.usd ?? 0));
  const undisclosed = index.dataset.projects.filter((p) => p.investment.status === "not disclosed");

  test("bars for the projects with a disclosed or estimated amount, in USD million, largest first", async () => {
    const excel = createFakeExcel();
    const result = await counted(excel, () =>
      buildInvestmentChart(excel.context, index, { say, supports: all })
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
      values: `${DASHBOARD_REF}!B26:B28`,
      categories: `${DASHBOARD_REF}!A26:A28`,
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
    const result = await buildInvestmentChart(excel.context, index, { say, supports: all });
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
        /Not disclosed, so not drawn: Tenge Bank headquarters, Hotel complex "Astana", Hotel complex "Tashkent" and Residential quarter "Astana"\.$/i
      );
    expect(cell(sheet, "F45")?.value).toMatch(/^Chart description: Bar chart of the investment/);
  });

  test("both charts live side by side; rebuilding either replaces only its own chart and cells", async () => {
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { say, supports: all });
    await buildInvestmentChart(excel.context, index, { say, supports: all });
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
    await buildInvestmentChart(excel.context, index, { say, supports: all });
    await buildTradeChart(excel.context, index, { say, supports: all });
    await buildInvestmentChart(excel.context, index, { say, supports: all });
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
    await buildInvestmentChart(excel.context, index, { say, supports: all });
    const none = indexWith((d) => {
      for (const p of d.projects)
        p.investment = { status: "not disclosed", sourceIds: p.investment.sourceIds };
    });
    const result = await counted(excel, () =>
      buildInvestmentChart(excel.context, none, { say, supports: all })
    );
    expect(result).toMatchObject({ ok: false, reason: "no-data", syncs: 3 });
    if (!result.ok) expect(english(result.said)).toMatch(/no bar to draw.*"not disclosed"/);
    expect(excel.workbook.charts()).toHaveLength(0);
    const sheet = dashboard(excel.workbook);
    const listed = [...Array(40)].map((_, r) => sheet.value(r + 23, 1));
    expect(listed.filter((v) => v === "not disclosed")).toHaveLength(index.dataset.projects.length);
  });
});
