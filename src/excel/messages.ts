/**
 * Every sentence the Excel layer says to the user, each with its catalogue id and values
 * (src/excel/said.ts): the English here is what the English catalogue renders, which
 * tests/excel/messages.test.ts checks for every function. Names Excel shows (tables, sheets,
 * column headers, cell addresses) are values, kept as they are in every language.
 */
import { formatUsd, plural } from "../data/format";
import type { ViewKey } from "../data/views";
import { tableOf } from "../data/views/registry";
import { day, said, type Said } from "./said";

type Kind = "trade" | "investment";
type Action = "Refresh" | "Insert";
type Scope = "workbook" | "selection";

const where = (scope: Scope) => (scope === "selection" ? "the selected cells" : "this workbook");
const n = (count: number) => count.toLocaleString("en-US");

// The actions, as the busy message names them.
export const actionInsert = () => said("data.excel.action.insert", "inserting tables");
export const actionRefresh = () => said("data.excel.action.refresh", "a refresh");
export const actionChart = (kind: Kind) =>
  said("data.excel.action.chart", `building the ${kind} chart`, { kind });

export const busy = (running: Said, asked: Said) =>
  said(
    "data.excel.busy",
    `Busy: ${running.message} is still running, so ${asked.message} was not started. Nothing was changed; try again when it finishes.`,
    { running, asked }
  );

export const failed = (reason: string) =>
  said("data.excel.failed", `Something went wrong: ${reason}. Nothing was changed.`, { reason });

export const tablesUnsupported = (set: string) =>
  said(
    "data.excel.tablesUnsupported",
    `This version of Excel lacks the table features the add-in uses (${set}). Update Office, or use Excel on the web; the KZUZ formulas work meanwhile.`,
    { set }
  );

export const insertPartly = (reason: string) =>
  said(
    "data.excel.insert.partly",
    `Excel could not write the tables: ${reason}. Tables it was creating were removed again, with the sheets it had added for them; tables already in the workbook may be partly updated: insert them again to finish. Check that the workbook is not read-only, then try again.`,
    { reason }
  );

export const insertFailed = (reason: string) =>
  said(
    "data.excel.insert.failed",
    `Excel could not write the tables: ${reason}. Nothing was changed. Check that the workbook is not read-only, then try again.`,
    { reason }
  );

export const refreshKeep = (version: string, asOf: string) =>
  said(
    "data.excel.refresh.keep",
    `The workbook and formulas still use dataset ${version} (as of ${asOf}).`,
    { version, asOf: day(asOf) }
  );

/** `reason`: the data layer's error, said with its own id where it has one. */
export const refreshNotLoaded = (reason: Said) =>
  said("data.excel.refresh.notLoaded", `The dataset could not be refreshed: ${reason.message}`, {
    reason,
  });

export const refreshIgnored = (tables: readonly string[]) => {
  const many = tables.length > 1;
  return said(
    "data.excel.refresh.ignored",
    `Left alone: ${tables.join(", ")}, which ${many ? "lack" : "lacks"} the add-in's "ID" column or most of its columns, so ${many ? "are" : "is"} taken to be your own (if the add-in wrote ${many ? "them" : "it"}, rename the ID column back to "ID" and refresh again).`,
    { count: tables.length, tables: tables.join(", ") }
  );
};

/**
 * A table's filter or sort Excel refused to take back after the write (office-js#1226): the data
 * is written, the view is not.
 */
export const viewNotRestored = (what: "filter" | "sort", tables: readonly string[]) => {
  const many = tables.length > 1;
  return said(
    "data.excel.refresh.viewNotRestored",
    `The ${what} was not put back on ${tables.join(", ")}: Excel refused it. The data ${many ? "are" : "is"} up to date; ${what} the ${many ? "tables" : "table"} again from ${many ? "their" : "its"} column headers.`,
    { what, count: tables.length, tables: tables.join(", ") }
  );
};

export const refreshNoTables = () =>
  said(
    "data.excel.refresh.noTables",
    "No KZUZ tables are in this workbook yet, so only the formulas were updated."
  );

export const refreshSame = (version: string, asOf: string) =>
  said("data.excel.refresh.same", `Dataset ${version} (as of ${asOf}) is already the latest.`, {
    version,
    asOf: day(asOf),
  });

export const refreshReplaced = (version: string, asOf: string, previous: string) =>
  said(
    "data.excel.refresh.replaced",
    `Dataset ${version} (as of ${asOf}) is now in use, replacing ${previous}.`,
    { version, asOf: day(asOf), previous }
  );

export const refreshNotUpdated = (reason: string) =>
  said("data.excel.refresh.notUpdated", `Excel could not update the tables: ${reason}.`, {
    reason,
  });

export const refreshNotPutBack = (reason: string, again: string) =>
  said(
    "data.excel.refresh.notPutBack",
    `Excel stopped part-way through updating the tables (${reason}) and could not put them back (${again}). The tables may be partly updated; no row you wrote in was removed.`,
    { reason, again }
  );

export const refreshPutBack = (reason: string) =>
  said(
    "data.excel.refresh.putBack",
    `Excel stopped part-way through updating the tables (${reason}), so the previous rows were put back, each in its place with your values beside it.`,
    { reason }
  );

export const refreshRestored = (reason: string) =>
  said(
    "data.excel.refresh.restored",
    `Excel stopped part-way through updating the tables (${reason}), so every table was put back exactly as it was: its rows, values, formats and size.`,
    { reason }
  );

export const refreshEditedDeleting = (table: string) =>
  said(
    "data.excel.refresh.editedDeleting",
    `Someone edited the table ${table} while the add-in was removing the rows that left the dataset, so it stopped before removing a wrong row: every row is there, with the previous values, beside your edit. Refresh again when the edits are done.`,
    { table }
  );

export const refreshRowsMoved = () =>
  said(
    "data.excel.refresh.rowsMoved",
    "Rows of the dataset that Excel had already removed (rows nobody had written in) were added back at the end of their table."
  );

export const chartKept = (reason: string, kind: Kind, sheet: string) =>
  said(
    "data.excel.chart.kept",
    `Excel could not build the chart: ${reason}. The previous ${kind} chart and its cells on the sheet ${sheet} were kept as they were, so nothing was changed. Build the chart again to retry.`,
    { reason, kind, sheet }
  );

export const chartPartly = (reason: string, kind: Kind, sheet: string, cells: string) =>
  said(
    "data.excel.chart.partly",
    `Excel could not build the chart: ${reason}. Excel may have applied part of the build: the previous ${kind} chart may have been removed, and its cells on the sheet ${sheet} (${cells}) cleared or partly rewritten. Build the chart again to put them back. Nothing else was changed.`,
    { reason, kind, sheet, cells }
  );

export const sheetProtected = (sheet: string, action: Action) =>
  said(
    "data.excel.sheetProtected",
    `The sheet ${sheet} is protected: unprotect it (Review › Unprotect Sheet), then ${action} again. Nothing was changed.`,
    { sheet, action }
  );

export const tableEdited = (table: string, action: Action) =>
  said(
    "data.excel.tableEdited",
    `Someone edited the table ${table} while the add-in was updating it, so it stopped. Nothing was changed: when the edits are done, ${action} again.`,
    { table, action }
  );

export const noIdColumn = (part: ViewKey, table: string) =>
  said(
    "data.excel.noIdColumn",
    `The ${tableOf(part).label} table (${table}) has no column headed "ID" any more, so its rows cannot be matched to the dataset's. Rename that column back to "ID" (or undo the change), then try again. Nothing was changed.`,
    { part, table }
  );

export const notOurs = (part: ViewKey, table: string) =>
  said(
    "data.excel.notOurs",
    `A table named ${table} is already in this workbook but is not one the add-in wrote: it lacks the "ID" column or most of the ${tableOf(part).label} columns. If it is yours, rename it; if it is the add-in's, rename its ID column back to "ID" (or undo the change). Then try again. Nothing was changed.`,
    { part, table }
  );

// What a table write did (src/excel/summary.ts).
export const blank = () => said("data.excel.changes.blank", "blank");

/** A number in a cell: US dollars if its column says so. */
export const amount = (value: number, usd: boolean): Said =>
  usd
    ? { message: formatUsd(value), amount: { value, usd } }
    : { message: n(value), amount: { value, usd } };

export const created = (part: ViewKey, table: string, rows: number) =>
  said(
    "data.excel.changes.created",
    `${tableOf(part).label}: table ${table} inserted with ${plural(rows, "row")}.`,
    { part, table, rows }
  );

export const updatedCount = (count: number) =>
  said("data.excel.changes.updated", `${n(count)} updated`, { count });
export const addedCount = (count: number) =>
  said("data.excel.changes.added", `${n(count)} added`, { count });
export const removedCount = (count: number) =>
  said("data.excel.changes.removed", `${n(count)} removed`, { count });
export const keptCount = (count: number) =>
  said("data.excel.changes.keptCount", `${n(count)} kept though no longer in the dataset`, {
    count,
  });

/** "Projects: 2 updated, 1 added (projects)."; `counts` the list of counts. */
export const counted = (part: ViewKey, counts: Said) =>
  said(
    "data.excel.changes.counted",
    `${tableOf(part).label}: ${counts.message} (${tableOf(part).rowNoun.many}).`,
    {
      part,
      counts,
    }
  );

export const noChange = (part: ViewKey) =>
  said("data.excel.changes.none", `${tableOf(part).label}: no change.`, { part });

export const columnsBack = (columns: readonly string[]) =>
  said(
    "data.excel.changes.columnsBack",
    `Column${columns.length > 1 ? "s" : ""} ${columns.join(", ")} added back.`,
    { count: columns.length, columns: columns.join(", ") }
  );

/** Rows kept because the user wrote in them: `names` the first few, `total` how many. */
export const kept = (part: ViewKey, names: readonly Said[], total: number, header: string) => {
  const { one, many } = tableOf(part).rowNoun;
  const more = Math.max(0, total - names.length);
  const list = names.map((name) => name.message).join(", ");
  return said(
    "data.excel.changes.kept",
    total === 1
      ? `1 ${one} is no longer in the dataset but was kept, because you wrote in its row: ${list}; its "${header}" cell says so.`
      : `${n(total)} ${many} are no longer in the dataset but were kept, because you wrote in their rows: ${list}${more > 0 ? ` and ${n(more)} more` : ""}; their "${header}" cells say so.`,
    { count: total, part, names, more, header }
  );
};

export const clashed = (ids: readonly string[]) =>
  said(
    "data.excel.changes.clashed",
    `Not added, because a row of yours already has the ID: ${ids.join(", ")}; give your row another ID and refresh again to add ${ids.length > 1 ? "them" : "it"}.`,
    { count: ids.length, ids: ids.join(", ") }
  );

export const revised = (row: Said, column: string, before: Said, after: Said) =>
  said(
    "data.excel.changes.revised",
    `${row.message} ${column} revised ${before.message} → ${after.message}`,
    { row, column, before, after }
  );

/** The value changes shown (`shown`, joined with "; "), and how many more there are. */
export const details = (shown: Said, more: number) =>
  said(
    "data.excel.changes.details",
    `${shown.message}${more > 0 ? `; and ${plural(more, "more change")}` : ""}.`,
    { changes: shown, more }
  );

/** A target's row, named by its year or horizon: "the target for 2030". */
export const targetRow = (when: string) =>
  said("data.excel.changes.targetRow", `the target for ${when}`, { when });

// The change list and restore (src/excel/history.ts).
export const changeListFailed = (sheet: string, reason: string) =>
  said(
    "data.excel.changeList.failed",
    `The list of changes could not be added to the sheet ${sheet} (${reason}); the tables were updated all the same.`,
    { sheet, reason }
  );

export const changeListWritten = (sheet: string) =>
  said(
    "data.excel.changeList.written",
    `Each change is listed, newest first, on the sheet ${sheet}.`,
    { sheet }
  );

export const restoreNone = () =>
  said(
    "data.excel.restore.none",
    "There is no earlier dataset to go back to: the workbook has not been refreshed to a new version yet. Nothing was changed."
  );

export const restoreNotKept = (version: string, asOf: string) =>
  said(
    "data.excel.restore.notKept",
    `Dataset ${version} (as of ${asOf}) is no longer kept on this computer (it is kept where the refresh was made, and only the last one), so it cannot be restored. Nothing was changed.`,
    { version, asOf: day(asOf) }
  );

// Sharing without the add-in (src/excel/share.ts).
export const shareNotRead = (scope: Scope, reason: string) =>
  said(
    "data.excel.share.notRead",
    `Excel could not read ${where(scope)}: ${reason}. Nothing was changed.${scope === "selection" ? " Select one block of cells, then try again." : ""}`,
    { scope, reason }
  );

export const shareFailed = (reason: string) =>
  said(
    "data.excel.share.failed",
    `Excel could not convert the formulas: ${reason}. Some may already be values; convert again to finish (formulas already converted are not touched again).`,
    { reason }
  );

export const shareProtected = (sheets: string) =>
  said(
    "data.excel.share.protected",
    `Nothing was converted: some sheets with KZUZ formulas are protected (${sheets}), and Excel refuses changes to them. Unprotect them (Review › Unprotect Sheet) and convert again, or select cells on other sheets and convert the selection.`,
    { sheets }
  );

export const shareFailedListed = (reason: string, sheet: string) =>
  said(
    "data.excel.share.failedListed",
    `Excel could not convert every formula: ${reason}. The sheet ${sheet} was written first and lists every formula that was to be converted, with its cell; some may already be values. Convert again to finish (formulas already converted are not touched again).`,
    { reason, sheet }
  );

export const shareNone = (scope: Scope) =>
  said(
    "data.excel.share.none",
    `There are no KZUZ formulas in ${where(scope)}. Nothing was changed.`,
    {
      scope,
    }
  );

/** Formulas left because they show an error: `errors` the error values, `cells` where. */
export const shareSkipped = (count: number, errors: string, cells: string) =>
  said(
    "data.excel.share.skipped",
    `${plural(count, "formula")} showing an error (${errors}) ${count > 1 ? "were" : "was"} left as ${count > 1 ? "formulas" : "a formula"}: ${cells}. Wait for #BUSY! to clear, or fix the formula, then convert again.`,
    { count, errors, cells }
  );

export const shareListed = (version: string, asOf: string, notes: boolean, sheet: string) =>
  said(
    "data.excel.share.listed",
    `Each one's formula and dataset (${version}, as of ${asOf}) ${notes ? "is in a note on its cell and " : ""}is listed on the sheet ${sheet}.`,
    { version, asOf: day(asOf), notes: notes ? "yes" : "no", sheet }
  );

export const shareConverted = (count: number, scope: Scope) =>
  said(
    "data.excel.share.converted",
    `${plural(count, "KZUZ formula")} in ${where(scope)} ${count === 1 ? "was" : "were"} replaced by ${count === 1 ? "its value" : "their values"}.`,
    { count, scope }
  );

// Charts (src/excel/charts). Chart names, sheet names and column headers stay Excel's.
export const chartUnsupported = (version: string) =>
  said(
    "data.excel.chart.unsupported",
    `This version of Excel cannot build the chart: it needs the Excel JavaScript API ${version} (Excel 2019 or Microsoft 365 on Windows, Excel on the web, or Excel 2019 or later on Mac). Update Excel, or use Excel on the web.`,
    { version }
  );

export const chartNoHeadline = () =>
  said(
    "data.excel.chart.noHeadline",
    "The dataset has no headline trade figure, so there is no trade chart to draw. Refresh the dataset, then try again."
  );

export const chartTargetNoYear = () =>
  said(
    "data.excel.chart.targetNoYear",
    "The current trade target names no year, so there is no path to it to draw."
  );

export const chartNeedsTradeTable = (table: string) =>
  said(
    "data.excel.chart.needsTradeTable",
    `The trade chart reads the Trade table (${table}), which is not in this workbook. Insert the Trade table from the KZUZ pane first, then build the chart again.`,
    { table }
  );

export const chartInsertedTradeTable = (table: string) =>
  said(
    "data.excel.chart.insertedTradeTable",
    `The trade chart reads the Trade table (${table}), which was not in this workbook, so it was inserted first.`,
    { table }
  );

/** `columns`: the missing headers as a list ("\"Year\" and \"Value\""), `count` how many. */
export const chartTradeColumns = (table: string, columns: string, count: number) =>
  said(
    "data.excel.chart.tradeColumns",
    `The Trade table (${table}) has lost its ${columns} column${count > 1 ? "s" : ""}, which the chart reads. Refresh the tables from the KZUZ pane to restore ${count > 1 ? "them" : "it"}, then build the chart again.`,
    { table, columns, count }
  );

/** `label`: what the Dashboard's cells say for an undisclosed amount. */
export const chartNoAmounts = (sheet: string, label: string) =>
  said(
    "data.excel.chart.noAmounts",
    `No joint project has a disclosed or estimated amount, so there is no bar to draw. The projects are listed on the ${sheet} sheet as "${label}".`,
    { sheet, label }
  );

export const chartBuilt = (chart: string, sheet: string) =>
  said("data.excel.chart.built", `${chart} is on the sheet ${sheet}.`, { chart, sheet });

/** Optional touches this Excel lacks (named in English, as Microsoft's documentation does). */
export const chartSkipped = (items: readonly string[]) =>
  said("data.excel.chart.skipped", `Not available in this version of Excel: ${items.join("; ")}.`, {
    items: items.join("; "),
  });
