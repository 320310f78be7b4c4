/**
 * Every sentence the Excel layer says to the user, as a catalogue id with its values
 * (src/i18n/message.ts); the words are in the catalogues ("data.excel.*" in
 * src/i18n/messages/<lang>/data.json). Names Excel shows (tables, sheets, column headers, cell
 * addresses) are values, kept as they are in every language.
 */
import type { ViewKey } from "../data/views";
import { amount as amountOf, day, joined, message, type Message } from "../i18n/message";

type Kind = "trade" | "investment";
type Action = "Refresh" | "Insert";
type Scope = "workbook" | "selection";

// The actions, as the busy message names them.
export const actionInsert = () => message("data.excel.action.insert");
export const actionRefresh = () => message("data.excel.action.refresh");
export const actionChart = (kind: Kind) => message("data.excel.action.chart", { kind });

export const busy = (running: Message, asked: Message) =>
  message("data.excel.busy", { running, asked });

export const failed = (reason: string) => message("data.excel.failed", { reason });

export const tablesUnsupported = (set: string) => message("data.excel.tablesUnsupported", { set });

export const insertPartly = (reason: string) => message("data.excel.insert.partly", { reason });

export const insertFailed = (reason: string) => message("data.excel.insert.failed", { reason });

export const refreshKeep = (version: string, asOf: string) =>
  message("data.excel.refresh.keep", { version, asOf: day(asOf) });

/** `reason`: the data layer's error, said with its own id where it has one. */
export const refreshNotLoaded = (reason: Message) =>
  message("data.excel.refresh.notLoaded", {
    reason,
  });

export const refreshIgnored = (tables: readonly string[]) => {
  return message("data.excel.refresh.ignored", { count: tables.length, tables: tables.join(", ") });
};

/**
 * A table's filter or sort Excel refused to take back after the write (office-js#1226): the data
 * is written, the view is not.
 */
export const viewNotRestored = (what: "filter" | "sort", tables: readonly string[]) => {
  return message("data.excel.refresh.viewNotRestored", {
    what,
    count: tables.length,
    tables: tables.join(", "),
  });
};

export const refreshNoTables = () => message("data.excel.refresh.noTables");

export const refreshSame = (version: string, asOf: string) =>
  message("data.excel.refresh.same", {
    version,
    asOf: day(asOf),
  });

export const refreshReplaced = (version: string, asOf: string, previous: string) =>
  message("data.excel.refresh.replaced", { version, asOf: day(asOf), previous });

export const refreshNotUpdated = (reason: string) =>
  message("data.excel.refresh.notUpdated", {
    reason,
  });

export const refreshNotPutBack = (reason: string, again: string) =>
  message("data.excel.refresh.notPutBack", { reason, again });

export const refreshPutBack = (reason: string) => message("data.excel.refresh.putBack", { reason });

export const refreshRestored = (reason: string) =>
  message("data.excel.refresh.restored", { reason });

export const refreshEditedDeleting = (table: string) =>
  message("data.excel.refresh.editedDeleting", { table });

export const refreshRowsMoved = () => message("data.excel.refresh.rowsMoved");

export const chartKept = (reason: string, kind: Kind, sheet: string) =>
  message("data.excel.chart.kept", { reason, kind, sheet });

export const chartPartly = (reason: string, kind: Kind, sheet: string, cells: string) =>
  message("data.excel.chart.partly", { reason, kind, sheet, cells });

export const sheetProtected = (sheet: string, action: Action) =>
  message("data.excel.sheetProtected", { sheet, action });

export const tableEdited = (table: string, action: Action) =>
  message("data.excel.tableEdited", { table, action });

export const noIdColumn = (part: ViewKey, table: string) =>
  message("data.excel.noIdColumn", { part, table });

export const notOurs = (part: ViewKey, table: string) =>
  message("data.excel.notOurs", { part, table });

// What a table write did (src/excel/summary.ts).
export const blank = () => message("data.excel.changes.blank");

/** A number in a cell: US dollars if its column says so. */
export const amount = (value: number, usd: boolean): Message => amountOf(value, usd);

export const created = (part: ViewKey, table: string, rows: number) =>
  message("data.excel.changes.created", { part, table, rows });

export const updatedCount = (count: number) => message("data.excel.changes.updated", { count });
export const addedCount = (count: number) => message("data.excel.changes.added", { count });
export const removedCount = (count: number) => message("data.excel.changes.removed", { count });
export const keptCount = (count: number) =>
  message("data.excel.changes.keptCount", {
    count,
  });

/** "Projects: 2 updated, 1 added (projects)."; `counts` the list of counts. */
export const counted = (part: ViewKey, counts: Message) =>
  message("data.excel.changes.counted", {
    part,
    counts,
  });

export const noChange = (part: ViewKey) => message("data.excel.changes.none", { part });

export const columnsBack = (columns: readonly string[]) =>
  message("data.excel.changes.columnsBack", { count: columns.length, columns: columns.join(", ") });

/** Rows kept because the user wrote in them: `names` the first few, `total` how many. */
export const kept = (part: ViewKey, names: readonly Message[], total: number, header: string) => {
  const more = Math.max(0, total - names.length);
  return message("data.excel.changes.kept", { count: total, part, names, more, header });
};

export const clashed = (ids: readonly string[]) =>
  message("data.excel.changes.clashed", { count: ids.length, ids: ids.join(", ") });

export const revised = (row: Message, column: string, before: Message, after: Message) =>
  message("data.excel.changes.revised", { row, column, before, after });

/** The value changes shown (`shown`, joined with "; "), and how many more there are. */
export const details = (shown: Message, more: number) =>
  message("data.excel.changes.details", { changes: shown, more });

/** A target's row, named by its year or horizon: "the target for 2030". */
export const targetRow = (when: string) => message("data.excel.changes.targetRow", { when });

// The change list and restore (src/excel/history.ts).
export const changeListFailed = (sheet: string, reason: string) =>
  message("data.excel.changeList.failed", { sheet, reason });

export const changeListWritten = (sheet: string) =>
  message("data.excel.changeList.written", { sheet });

export const restoreNone = () => message("data.excel.restore.none");

export const restoreNotKept = (version: string, asOf: string) =>
  message("data.excel.restore.notKept", { version, asOf: day(asOf) });

// Sharing without the add-in (src/excel/share.ts).
export const shareNotRead = (scope: Scope, reason: string) =>
  message("data.excel.share.notRead", { scope, reason });

export const shareFailed = (reason: string) => message("data.excel.share.failed", { reason });

export const shareProtected = (sheets: string) => message("data.excel.share.protected", { sheets });

export const shareFailedListed = (reason: string, sheet: string) =>
  message("data.excel.share.failedListed", { reason, sheet });

export const shareNone = (scope: Scope) =>
  message("data.excel.share.none", {
    scope,
  });

/** Formulas left because they show an error: `errors` the error values, `cells` where. */
export const shareSkipped = (count: number, errors: string, cells: string) =>
  message("data.excel.share.skipped", { count, errors, cells });

export const shareListed = (version: string, asOf: string, notes: boolean, sheet: string) =>
  message("data.excel.share.listed", {
    version,
    asOf: day(asOf),
    notes: notes ? "yes" : "no",
    sheet,
  });

export const shareConverted = (count: number, scope: Scope) =>
  message("data.excel.share.converted", { count, scope });

// Charts (src/excel/charts). Chart names, sheet names and column headers stay Excel's.
export const chartUnsupported = (version: string) =>
  message("data.excel.chart.unsupported", { version });

export const chartNoHeadline = () => message("data.excel.chart.noHeadline");

export const chartTargetNoYear = () => message("data.excel.chart.targetNoYear");

export const chartNeedsTradeTable = (table: string) =>
  message("data.excel.chart.needsTradeTable", { table });

export const chartInsertedTradeTable = (table: string) =>
  message("data.excel.chart.insertedTradeTable", { table });

/** `columns`: the missing headers as a list ("\"Year\" and \"Value\""), `count` how many. */
export const chartTradeColumns = (table: string, columns: string, count: number) =>
  message("data.excel.chart.tradeColumns", { table, columns, count });

/** `label`: what the Dashboard's cells say for an undisclosed amount. */
export const chartNoAmounts = (sheet: string, label: string) =>
  message("data.excel.chart.noAmounts", { sheet, label });

export const chartBuilt = (chart: string, sheet: string) =>
  message("data.excel.chart.built", { chart, sheet });

/** Optional touches this Excel lacks (the requirement set named as Microsoft's documentation does). */
export const chartSkipped = (items: readonly Message[]) =>
  message("data.excel.chart.skipped", {
    items: joined("; ", items),
  });

/** The target's label text, which needs `version` of ExcelApi. */
export const chartSkippedLabelText = (version: string) =>
  message("data.excel.chart.skip.labelText", { version });
