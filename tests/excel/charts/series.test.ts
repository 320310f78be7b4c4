/**
 * The series the pane's preview draws are the chart's own: the same years, and the numbers the
 * chart's cells compute in Excel (the reported and path formulas evaluated over the Trade table
 * as Excel would; the bars the investment list writes).
 */
import { buildInvestmentChart } from "../../../src/excel/charts/investment";
import { investmentBars, tradeSeries } from "../../../src/excel/charts/series";
import { buildTradeChart } from "../../../src/excel/charts/trade";
import { tradeForYear } from "../../../src/data/query";
import {
  all,
  cell,
  dashboard,
  evaluatePath,
  evaluateReported,
  index,
  indexWith,
  latest,
  target,
  withTables,
  say,
} from "./helpers";

test("the trade series are the values the chart's cells compute, year by year", async () => {
  const found = tradeSeries(index);
  if (!found.ok) throw new Error(found.problem);
  const { series } = found;
  const { excel } = await withTables();
  await buildTradeChart(excel.context, index, { say, supports: all });
  const sheet = dashboard(excel.workbook);
  series.years.forEach((year, i) => {
    const row = 4 + i;
    expect(cell(sheet, `O${row}`)?.value).toBe(year);
    const reported = evaluateReported(excel.workbook, sheet, cell(sheet, `P${row}`)!.formula!);
    const path = evaluatePath(excel.workbook, sheet, cell(sheet, `Q${row}`)!.formula!);
    if (reported === "#N/A") expect(series.reported[i]).toBeNull();
    else expect(series.reported[i]).toBeCloseTo(reported, 9);
    if (path === "#N/A") expect(series.path[i]).toBeNull();
    else expect(series.path[i]).toBeCloseTo(path, 9);
  });
  expect(series.years.at(-1)).toBe(target.targetYear);
  expect(series.path.at(-1)).toBeCloseTo(target.valueUsd / 1e9, 9);
  expect(series.reported[series.years.indexOf(latest.year)]).toBeCloseTo(latest.usd / 1e9, 9);
  // Each country's own series: KZUZ.TRADE(year, "KZ"), the formula in the chart's R and S cells.
  series.years.forEach((year, i) => {
    const kz = tradeForYear(index, year, "KZ");
    expect(series.sides.KZ[i]).toBe(kz.ok ? kz.value.usd / 1e9 : null);
    expect(cell(sheet, `R${4 + i}`)?.formula).toBe(
      `=IFERROR(KZUZ.TRADE(O${4 + i},"KZ")/1000000000,NA())`
    );
  });
  expect(series.sides.KZ.some((v) => v !== null)).toBe(true);
  expect(series.sides.UZ.some((v) => v !== null)).toBe(true);
});

test("without a headline figure there is no series, as there is no chart", () => {
  const none = indexWith((d) => {
    for (const o of d.trade.observations) o.headline = false;
  });
  expect(tradeSeries(none)).toEqual({ ok: false, problem: "no-headline" });
});

test("the investment bars are the chart's, largest first, and the undisclosed are left out", async () => {
  const { bars, notDisclosed } = investmentBars(index);
  expect(bars.length).toBeGreaterThan(0);
  expect(bars.map((b) => b.usd)).toEqual([...bars.map((b) => b.usd)].sort((a, b) => b - a));
  const { excel } = await withTables();
  await buildInvestmentChart(excel.context, index, { say, supports: all });
  const sheet = dashboard(excel.workbook);
  const written = excel.workbook.charts().find((c) => c.chart.name === "KZUZ investment chart")!
    .chart.series[0];
  const [from, to] = written.values!.replace(/^.*!/, "").split(":");
  const first = Number(from.slice(1));
  const last = Number(to.slice(1));
  expect(last - first + 1).toBe(bars.length);
  bars.forEach((bar, i) =>
    expect(cell(sheet, `B${first + i}`)?.value).toBeCloseTo(bar.usd / 1e6, 9)
  );
  for (const p of notDisclosed) expect(p.investment.usd).toBeUndefined();
});
