/**
 * The "KZUZ Dashboard" sheet the charts go on: where each chart and its cells sit, finding and
 * preparing the sheet, and the last step every build shares. Each build replaces the chart of
 * the same name and its cells; it never adds a second one, and a failed build keeps the old one
 * (./replace).
 *
 * The Dashboard is the user's sheet too: a rebuild clears only the cells the previous build of
 * that chart wrote (remembered in the workbook's settings, `DashboardRecord`) and the cells it is
 * about to write, never a whole block, so notes typed elsewhere on it stay (reliability review
 * G4). The sheet is found by the id remembered with them, so a renamed Dashboard is still the
 * add-in's and is never made twice (G4b); by its name where nothing was remembered.
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
import type { Message } from "../../i18n/message";
import type { Say } from "./words";

export const DASHBOARD_SHEET = "KZUZ Dashboard";

type ChartKind = "trade" | "investment";

/** What the add-in remembers of the Dashboard: its sheet's id, and the cells each chart wrote. */
interface DashboardRecord {
  readonly sheetId?: string;
  readonly written?: Partial<Record<ChartKind, readonly string[]>>;
}

export interface ChartOptions {
  /** The Dashboard as remembered in the workbook's settings. */
  dashboard?: DashboardRecord;
  /** Requirement-set check; defaults to Office.context.requirements.isSetSupported. */
  supports?: Supports;
  /** The Trade table's id remembered from writeTables (it survives a rename). */
  tradeTableId?: string;
  /** Bring the Dashboard to the front after building (default true). */
  activate?: boolean;
  /** Writes the chart's title, axis titles and series names in the pane's language (./words). */
  say: Say;
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
      skipped: Message[];
      /** The Dashboard's id and the cells this build wrote, to remember. */
      sheetId: string;
      written: string[];
    }
  | {
      ok: false;
      reason: "unsupported" | "needs-trade-table" | "trade-table-columns" | "no-data";
      /** What is wrong and what to do, to say in the reader's language. */
      said: Message;
      syncs: number;
    };

/**
 * Where things go on the Dashboard. `clear` is the most a build of that chart writes in (what a
 * failed build that cannot be put back may have changed); a rebuild clears only what it wrote.
 */
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
    /** Where the build writes: the key figures and the data block (1991–2100 fits). */
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
  return { ok: false, reason: "unsupported", said: told, syncs: 0 };
}

/** The Dashboard looked up by its remembered id and by its name (null objects until sync). */
interface DashboardSearch {
  byId?: Excel.Worksheet;
  byName: Excel.Worksheet;
}

/**
 * Queues looking the Dashboard up: by the id remembered (WorksheetCollection.getItemOrNullObject
 * takes "the name or ID of the worksheet", ExcelApi 1.4), and by its name.
 */
export function findDashboard(
  context: Excel.RequestContext,
  record?: DashboardRecord
): DashboardSearch {
  const sheets = context.workbook.worksheets;
  const byId = record?.sheetId ? sheets.getItemOrNullObject(record.sheetId) : undefined;
  byId?.load("name, id");
  const byName = sheets.getItemOrNullObject(DASHBOARD_SHEET);
  byName.load("name, id");
  return { byId, byName };
}

/** After the sync: the Dashboard found (by id first), or a null object if there is none. */
export function dashboardFound(search: DashboardSearch): Excel.Worksheet {
  return search.byId && !search.byId.isNullObject ? search.byId : search.byName;
}

/** The Dashboard's name: the sheet's, once found, else the name a new one gets. */
export function dashboardName(found: Excel.Worksheet): string {
  return found.isNullObject ? DASHBOARD_SHEET : found.name;
}

/**
 * The A1 addresses `write` writes, found by running it on a stand-in sheet that only records them
 * (the writers of ./cells call getRange once per block).
 */
export function addressesWritten(write: (sheet: Excel.Worksheet) => void): string[] {
  const addresses: string[] = [];
  const recorder = {
    getRange: (address: string) => {
      addresses.push(address);
      return {};
    },
  } as unknown as Excel.Worksheet;
  write(recorder);
  return addresses;
}

/** What a rebuild clears: the cells the last build of `kind` wrote, and those it will write. */
export function cellsToClear(
  record: DashboardRecord | undefined,
  kind: ChartKind,
  writing: readonly string[]
): string[] {
  return [...new Set([...(record?.written?.[kind] ?? []), ...writing])];
}

/** The Dashboard, created if missing, with its column widths and `clear` ranges emptied. */
export function prepareDashboard(
  context: Excel.RequestContext,
  found: Excel.Worksheet,
  clear: readonly string[]
): Excel.Worksheet {
  const sheet = found.isNullObject ? context.workbook.worksheets.add(DASHBOARD_SHEET) : found;
  sheet.load("id, name");
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
  skipped: Message[];
  written: string[];
}): Promise<ChartResult> {
  deleteOld(build.before, build.chartName);
  build.chart.name = build.chartName;
  build.chart.setPosition(build.position.start, build.position.end);
  if (build.activate) build.sheet.activate();
  try {
    await build.syncer.sync();
  } catch (error) {
    const target = { ...build, sheetName: build.before.sheetName ?? DASHBOARD_SHEET };
    if (!(await recover(build.context, build.syncer, target, build.before, error)))
      throw new ChartBuildError(error, true, target.sheetName);
    build.sheet.load("id, name");
    await build.syncer.sync();
  }
  return {
    ok: true,
    chartName: build.chartName,
    sheetName: build.sheet.name,
    syncs: build.syncer.count,
    description: build.description,
    skipped: build.skipped,
    sheetId: build.sheet.id,
    written: build.written,
  };
}
