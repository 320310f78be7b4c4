import { datasetViews } from "../../../src/data/views";
import { DASHBOARD_SHEET } from "../../../src/excel/charts/dashboard";
import { buildInvestmentChart } from "../../../src/excel/charts/investment";
import { buildTradeChart } from "../../../src/excel/charts/trade";
import { createFakeExcel } from "../../support/fake-excel";
import { index, all, withTables, counted, dashboard, indexWith, say } from "./helpers";

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
          const result = await counted(excel, () =>
            build(excel.context, idx, { say, supports: all })
          );
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
    expect((await buildTradeChart(excel.context, tricky, { say, supports: all })).ok).toBe(true);
    expect((await buildInvestmentChart(excel.context, tricky, { say, supports: all })).ok).toBe(
      true
    );
    const sheet = dashboard(excel.workbook);
    const texts = [...sheet.cells.values()].map((c) => c.value);
    expect(texts.some((v) => String(v).startsWith(evil))).toBe(true);
    expect(texts).toContain(`+${evil}`);
    expect(
      texts.some((v) => String(v).startsWith("Headline figure, Uzbekistan's statistics: @"))
    ).toBe(true);
    const formulas = excel.workbook.formulas().filter((f) => f.sheet === DASHBOARD_SHEET);
    expect(
      formulas.every((f) =>
        /^=(IF\(COUNTIFS|IFERROR\(KZUZ\.TRADE\(O\d+,"(KZ|UZ)"\)|NA\(\)|\$P\$|KZUZ\.|\d+-\d+$)/.test(
          f.formula
        )
      )
    ).toBe(true);
    expect(formulas.some((f) => f.formula.includes("HYPERLINK"))).toBe(false);
  });
});
