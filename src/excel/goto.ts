/**
 * "Go to sheet": brings a table or a chart the add-in wrote to the front in Excel, its sheet
 * active and the table (or the chart) selected, so a user who inserted from the pane finds it at
 * once. Each place is found as the writers find it again: a table by the id remembered in the
 * workbook's settings (it survives a rename), else by its name; a chart on the Dashboard found by
 * its remembered id, else by its name. Nothing is written.
 *
 * Worksheet.activate and Range.select are ExcelApi 1.1; Chart.activate is 1.9, so without it
 * the Dashboard comes to the front with the chart's sheet selection as it was.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-activate-member(1)
 *
 * The answer carries ids and names only; the pane says it in the reader's language.
 */
import { tableOf, type ViewKey } from "../data/views";
import { readDashboard, readSettings } from "../office/settings";
import { dashboardFound, dashboardName, findDashboard } from "./charts/dashboard";
import { isSupported, type RequirementSet } from "./requirements";
import type { ChartKind, Workbench } from "./workbench";

/** Chart.activate. */
const CHART_ACTIVATE_SET: RequirementSet = { set: "ExcelApi", version: "1.9" };

/**
 * A chart's name on the Dashboard, from its builder (the chart code's chunk, loaded already when
 * the chart was just built).
 */
async function chartName(kind: ChartKind): Promise<string> {
  return kind === "trade"
    ? (await import(/* webpackChunkName: "charts" */ "./charts/trade")).TRADE_CHART_NAME
    : (await import(/* webpackChunkName: "charts" */ "./charts/investment")).INVESTMENT_CHART_NAME;
}

/** Where to go: one of our tables, or one of our charts. */
export type Destination = { table: ViewKey } | { chart: ChartKind };

/**
 * Where the user now is (the sheet's name), or why not: the table or chart is no longer in the
 * workbook (`missing`, with the name looked for), or Excel refused (`reason`, its words).
 */
export type Arrival =
  { ok: true; sheet: string } | { ok: false; missing: string } | { ok: false; reason: string };

/** Activates the sheet of `to` and selects it there. */
export async function goTo(bench: Workbench, to: Destination): Promise<Arrival> {
  try {
    return await bench.run((context) =>
      "table" in to ? goToTable(context, bench, to.table) : goToChart(context, bench, to.chart)
    );
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

async function goToTable(
  context: Excel.RequestContext,
  bench: Workbench,
  key: ViewKey
): Promise<Arrival> {
  const { tableName } = tableOf(key);
  const id = readSettings(bench.settings).tableIds[key];
  const tables = context.workbook.tables;
  const byId = id ? tables.getItemOrNullObject(id) : undefined;
  const byName = tables.getItemOrNullObject(tableName);
  byId?.load("name");
  byName.load("name");
  await context.sync();
  const table = byId && !byId.isNullObject ? byId : byName;
  if (table.isNullObject) return { ok: false, missing: tableName };
  const sheet = table.worksheet;
  sheet.load("name");
  sheet.activate();
  table.getRange().select();
  await context.sync();
  return { ok: true, sheet: sheet.name };
}

async function goToChart(
  context: Excel.RequestContext,
  bench: Workbench,
  kind: ChartKind
): Promise<Arrival> {
  const name = await chartName(kind);
  const search = findDashboard(context, readDashboard(bench.settings));
  await context.sync();
  const found = dashboardFound(search);
  if (found.isNullObject) return { ok: false, missing: name };
  const chart = found.charts.getItemOrNullObject(name);
  chart.load("name");
  await context.sync();
  if (chart.isNullObject) return { ok: false, missing: name };
  found.activate();
  if (isSupported(CHART_ACTIVATE_SET, bench.supports)) chart.activate();
  await context.sync();
  return { ok: true, sheet: dashboardName(found) };
}
