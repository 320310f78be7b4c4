/**
 * The "KZUZ Dashboard" sheet the charts go on: where each chart and its cells sit, finding and
 * preparing the sheet, and the last step every build shares. Each build replaces the chart of
 * the same name and its cells; it never adds a second one, and a failed build keeps the old one
 * (./replace).
 *
 * Excel.Chart has no alt text in any released ExcelApi set (only Shape and PivotLayout have
 * one), so each chart's description is written in a cell just below it ("Chart description: …")
 * and returned for the task pane to show.
 */
import { columnLetter } from "../a1";
import type { Syncer } from "../batch";
import { WORKBOOK_SET, type Supports } from "../requirements";
import { ChartBuildError, deleteOld, recover, type Before } from "./replace";
import * as M from "../messages";
import type { Said } from "../said";

export const DASHBOARD_SHEET = "KZUZ Dashboard";

export interface ChartOptions {
  /** Requirement-set check; defaults to Office.context.requirements.isSetSupported. */
  supports?: Supports;
  /** The Trade table's id remembered from writeTables (it survives a rename). */
  tradeTableId?: string;
  /** Bring the Dashboard to the front after building (default true). */
  activate?: boolean;
}

export type ChartResult =
  | {
      ok: true;
      chartName: string;
      sheetName: string;
      syncs: number;
      /** What the chart shows, with its numbers: the text a screen reader needs. */
      description: string;
      /** Optional touches left out because the host lacks their requirement set. */
      skipped: string[];
    }
  | {
      ok: false;
      reason: "unsupported" | "needs-trade-table" | "trade-table-columns" | "no-data";
      /** Plain words for the user: what is wrong and what to do. */
      message: string;
      /** The same, with its catalogue id (src/excel/said.ts). */
      said?: Said;
      syncs: number;
    };

/** Where things go on the Dashboard. Each chart's cells are cleared and rewritten on a build. */
export const DASHBOARD_LAYOUT = {
  /** Widths in points of columns A–D (labels, values, notes). */
  columnWidths: [250, 90, 200, 170],
  trade: {
    /** Heading in A1, key figures A2:C7 (header row first). */
    heading: "A1",
    figuresRow: 2,
    chart: { start: "F1", end: "M21" },
    description: "F22",
    /** The chart's data: title O1, note O2, header row O3:S3, then one row a year. */
    dataColumn: "O",
    dataHeaderRow: 3,
    /** Cleared before each build: the key figures and the data block (1991–2100 fits). */
    clear: ["A1:D22", "F22", "O1:S120"],
  },
  investment: {
    heading: "A24",
    tableRow: 25,
    chart: { start: "F24", end: "M44" },
    description: "F45",
    clear: ["A24:D600", "F45"],
  },
} as const;

export function unsupportedResult(): ChartResult {
  const told = M.chartUnsupported(WORKBOOK_SET.version);
  return { ok: false, reason: "unsupported", message: told.message, said: told, syncs: 0 };
}

/** The Dashboard sheet (a null object until sync if it does not exist). */
export function findDashboard(context: Excel.RequestContext): Excel.Worksheet {
  const sheet = context.workbook.worksheets.getItemOrNullObject(DASHBOARD_SHEET);
  sheet.load("name");
  return sheet;
}

/** The Dashboard, created if missing, with its column widths and `clear` ranges emptied. */
export function prepareDashboard(
  context: Excel.RequestContext,
  found: Excel.Worksheet,
  clear: readonly string[]
): Excel.Worksheet {
  const sheet = found.isNullObject ? context.workbook.worksheets.add(DASHBOARD_SHEET) : found;
  for (const address of clear) sheet.getRange(address).clear();
  DASHBOARD_LAYOUT.columnWidths.forEach((width, i) => {
    // A cell's column width is its whole column's.
    sheet.getRange(`${columnLetter(i)}1`).format.columnWidth = width;
  });
  return sheet;
}

/**
 * The last step of a build (the new chart complete under its temporary name, ./replace): the old
 * chart deleted, the new one named and placed, the Dashboard shown, and the writes synced. If
 * Excel refuses them, the Dashboard is put back as it was (ChartBuildError, kept) or, if the old
 * chart was already gone, the new one finished.
 */
export async function finishChart(build: {
  context: Excel.RequestContext;
  before: Before;
  clear: readonly string[];
  chart: Excel.Chart;
  chartName: string;
  sheet: Excel.Worksheet;
  position: { readonly start: string; readonly end: string };
  activate: boolean;
  syncer: Syncer;
  description: string;
  skipped: string[];
}): Promise<ChartResult> {
  deleteOld(build.before, build.chartName);
  build.chart.name = build.chartName;
  build.chart.setPosition(build.position.start, build.position.end);
  if (build.activate) build.sheet.activate();
  try {
    await build.syncer.sync();
  } catch (error) {
    const target = { ...build, sheetName: DASHBOARD_SHEET };
    if (!(await recover(build.context, build.syncer, target, build.before, error)))
      throw new ChartBuildError(error, true);
  }
  return {
    ok: true,
    chartName: build.chartName,
    sheetName: DASHBOARD_SHEET,
    syncs: build.syncer.count,
    description: build.description,
    skipped: build.skipped,
  };
}
