/**
 * Replacing a chart so that a failed build keeps the old one (reliability review F8). Excel has
 * no transactions and applies a request in order up to a failure, so the build request is laid
 * out as: cells cleared and rewritten, the new chart built under a temporary name, and only then
 * the old chart deleted and the new one given its name. Before it, the build reads the old
 * chart's ids and the cells it will clear (formulas and number formats: all the Dashboard writes
 * in them). If the request fails, what was applied decides:
 * - the old chart is still there (the failure came before its delete): the new chart is deleted
 *   and the cells written back, so nothing has changed;
 * - the old chart is gone (the failure came after the new one was complete): the new chart gets
 *   its name and place, so the build is done.
 * https://learn.microsoft.com/javascript/api/excel/excel.chart (name, id: ExcelApi 1.7; delete)
 */
import type { Syncer } from "../batch";

/** The name a chart is built under until it replaces the old one. */
export function buildingName(chartName: string): string {
  return `${chartName} (building)`;
}

/** The Dashboard as it was before a build: its charts, and the cells the build clears. */
export interface Before {
  charts?: Excel.ChartCollection;
  cells: { range: Excel.Range; address: string }[];
  /** The Dashboard's name, if it exists (the user may have renamed it). */
  sheetName?: string;
}

/** Queues the reads of the Dashboard's charts and the cells in `clear` (if the sheet exists). */
export function readBefore(found: Excel.Worksheet, clear: readonly string[]): Before {
  if (found.isNullObject) return { cells: [] };
  found.charts.load("items/name, items/id");
  return {
    sheetName: found.name,
    charts: found.charts,
    cells: clear.map((address) => ({
      address,
      range: found.getRange(address).load("formulas, numberFormat"),
    })),
  };
}

/** Queues deleting the old charts named `chartName` (a copy the user pasted included). */
export function deleteOld(before: Before, chartName: string): void {
  for (const chart of before.charts?.items ?? []) if (chart.name === chartName) chart.delete();
}

/** A build Excel refused; `kept`: the Dashboard was put back as it was (the old chart kept). */
export class ChartBuildError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly kept: boolean,
    /** The sheet the chart was being built on (the Dashboard, under the name it has now). */
    readonly sheetName?: string
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "ChartBuildError";
  }
}

/** The charts on the sheet named `sheetName` (names and ids), or undefined if it does not exist. */
async function chartsNow(
  context: Excel.RequestContext,
  syncer: Syncer,
  sheetName: string
): Promise<Excel.ChartCollection | undefined> {
  const found = { sheet: context.workbook.worksheets.getItemOrNullObject(sheetName) };
  found.sheet.load("name");
  await syncer.sync();
  if (found.sheet.isNullObject) return undefined;
  found.sheet.charts.load("items/name, items/id");
  await syncer.sync();
  return found.sheet.charts;
}

/**
 * After the build request failed: puts the Dashboard back (returns false) or completes the new
 * chart (returns true). Throws ChartBuildError(kept false) if Excel refuses this too.
 */
export async function recover(
  context: Excel.RequestContext,
  syncer: Syncer,
  build: {
    sheetName: string;
    chartName: string;
    clear: readonly string[];
    position: { readonly start: string; readonly end: string };
  },
  before: Before,
  error: unknown
): Promise<boolean> {
  try {
    const charts = await chartsNow(context, syncer, build.sheetName);
    // A Dashboard this build was adding that Excel did not make: nothing was changed.
    if (!charts) return false;
    const was = (before.charts?.items ?? []).map((c) => ({ name: c.name, id: c.id }));
    const oldIds = new Set(was.filter((c) => c.name === build.chartName).map((c) => c.id));
    const allIds = new Set(was.map((c) => c.id));
    const old = charts.items.filter((c) => oldIds.has(c.id));
    // The build's chart is the one not there before: named, or not yet, if Excel stopped early.
    const made = charts.items.filter((c) => !allIds.has(c.id));
    const renamed = made.find((c) => c.name === build.chartName);
    // The old chart is deleted only after the new one is complete: gone means complete.
    const complete =
      renamed ??
      (old.length === 0 && oldIds.size > 0
        ? made.find((c) => c.name === buildingName(build.chartName))
        : undefined);
    if (complete) {
      for (const chart of old) chart.delete();
      complete.name = build.chartName;
      complete.setPosition(build.position.start, build.position.end);
      await syncer.sync();
      return true;
    }
    for (const chart of made) chart.delete();
    const sheet = context.workbook.worksheets.getItem(build.sheetName);
    for (const address of build.clear) sheet.getRange(address).clear();
    for (const { address, range } of before.cells) {
      const cells = sheet.getRange(address);
      cells.numberFormat = range.numberFormat;
      cells.formulas = range.formulas;
    }
    await syncer.sync();
    return false;
  } catch {
    throw new ChartBuildError(error, false, build.sheetName);
  }
}
