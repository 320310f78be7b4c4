/**
 * The scenarios run inside Excel, in order, each adding its checks to the results: insert every
 * table; make user edits; refresh with a changed dataset; refresh while a table is filtered;
 * build the trade chart twice; calculate KZUZ formulas; then ./more-scenarios (settings saved
 * through the pane, sort, protection, cards, share as values, explain, reopen), and linked cards
 * where this Excel has them (./linked-scenario). They drive the add-in only through the
 * pane's actions (./addin), as a user's clicks would, and read the workbook back.
 */
import {
  DASHBOARD_SHEET,
  tableOf,
  buildChart,
  datasetViews,
  defaultDatasetUrl,
  insertTables,
  refreshDataset,
  type View,
  type ViewKey,
  type Workbench,
} from "./addin";
import { CHANGED_DATASET_PATH, CHANGES } from "./changed-dataset";
import {
  firstMismatch,
  ids,
  readTable,
  rowById,
  rowIndex,
  type TableContent,
  type Value,
} from "./excel-read";
import { functions } from "./functions-scenario";
import { linkedCards } from "./linked-scenario";
import { MORE_SCENARIOS } from "./more-scenarios";
import { addTestResult, type ScenarioResult } from "./results";
import { english } from "../support/english";

const ALL: ViewKey[] = ["projects", "agreements", "trade", "targets", "sources"];
const NOTE = "My note";
const USER_ROW = { id: "MY-ROW-1", name: "My own project", note: "my row" };
const NOTE_ON_EDITED = "note on an edited project";
const NOTE_ON_REMOVED = "note on a project the dataset drops";
const CALCULATED = "Billions";
const CALCULATED_FORMULA = "=[@[Turnover (USD)]]/1000000000";

type Results = ScenarioResult[];

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `body`; an exception becomes a failed result named `name`. */
async function step(results: Results, name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    addTestResult(results, name, "no error", `error: ${reason(error)}`, false);
  }
}

function views(bench: Workbench): Record<ViewKey, View> {
  const all = datasetViews(bench.store.get().index);
  return Object.fromEntries(all.map((v) => [v.key, v])) as Record<ViewKey, View>;
}

async function table(key: ViewKey): Promise<TableContent> {
  const content = await readTable(tableOf(key).tableName);
  if (!content) throw new Error(`the table ${tableOf(key).tableName} is not in the workbook`);
  return content;
}

/** Every dataset row of every table holds what the add-in wrote under its ID. */
async function checkTablesMatch(results: Results, bench: Workbench, when: string): Promise<void> {
  const current = views(bench);
  for (const key of ALL) {
    const view = current[key];
    const content = await table(key);
    const headers = view.columns.map((c) => c.header);
    const mismatch = firstMismatch(content, headers, view.rows);
    addTestResult(
      results,
      `${when}: ${tableOf(key).tableName} rows match the dataset by ID`,
      "every row as written",
      mismatch ?? "every row as written"
    );
  }
}

/**
 * A fresh state: the published dataset in force, then no KZUZ sheet. (The refresh comes first: it
 * rewrites the tables the workbook's settings name, which an earlier run may have left.)
 */
async function freshWorkbook(results: Results, bench: Workbench): Promise<void> {
  const outcome = await refreshDataset(bench, defaultDatasetUrl(bench.baseUrl));
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const ours = sheets.items.filter((s) => s.name.startsWith("KZUZ "));
    if (ours.length === sheets.items.length) context.workbook.worksheets.add("Sheet1");
    for (const sheet of ours) sheet.delete();
    await context.sync();
  });
  addTestResult(
    results,
    "setup: published dataset in force, no KZUZ sheet",
    true,
    outcome.ok ? true : english(outcome.said)
  );
}

async function insertAll(results: Results, bench: Workbench): Promise<void> {
  const outcome = await insertTables(bench, ALL);
  addTestResult(
    results,
    "insert all tables: outcome",
    true,
    outcome.ok ? true : english(outcome.said)
  );
  const current = views(bench);
  for (const key of ALL) {
    const content = await readTable(tableOf(key).tableName);
    const view = current[key];
    addTestResult(
      results,
      `insert: ${tableOf(key).tableName} has the dataset's headers and row IDs in order`,
      { headers: view.columns.map((c) => c.header), ids: view.rows.map((r) => r.id) },
      content ? { headers: content.headers, ids: ids(content) } : "no such table"
    );
  }
  await checkTablesMatch(results, bench, "insert");
}

/** The user's own edits: a column with notes and a row of their own (Projects), a calculated column (Trade), a deleted column (Agreements). */
async function userEdits(): Promise<void> {
  const projects = await table("projects");
  const edited = rowIndex(projects, CHANGES.editedProject);
  const removed = rowIndex(projects, CHANGES.removedProject);
  const notes = projects.rows.map((_, i) =>
    i === edited ? NOTE_ON_EDITED : i === removed ? NOTE_ON_REMOVED : ""
  );
  const userRow = projects.headers.map((h) =>
    h === "ID" ? USER_ROW.id : h === "Name" ? USER_ROW.name : ""
  );
  const trade = await table("trade");
  await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem(tableOf("projects").tableName);
    t.columns.add(undefined, [[NOTE], ...notes.map((n) => [n])]);
    t.rows.add(undefined, [[...userRow, USER_ROW.note]]);
    const tr = context.workbook.tables.getItem(tableOf("trade").tableName);
    const column = tr.columns.add(undefined, undefined, CALCULATED);
    column.getDataBodyRange().formulas = trade.rows.map(() => [CALCULATED_FORMULA]);
    context.workbook.tables
      .getItem(tableOf("agreements").tableName)
      .columns.getItem("Date")
      .delete();
    await context.sync();
  });
}

async function refreshChanged(results: Results, bench: Workbench): Promise<void> {
  const url = new URL(CHANGED_DATASET_PATH, bench.baseUrl).href;
  const outcome = await refreshDataset(bench, url);
  addTestResult(
    results,
    "refresh with a changed dataset: outcome",
    true,
    outcome.ok ? true : english(outcome.said)
  );
  const current = views(bench);
  const projects = await table("projects");
  const added = rowById(projects, CHANGES.addedProject);
  const addedView = current.projects.rows.find((r) => r.id === CHANGES.addedProject);
  const nameAt = current.projects.columns.findIndex((c) => c.header === "Name");
  addTestResult(
    results,
    "refresh: the project the dataset adds is in KZUZ_Projects",
    addedView?.cells[nameAt],
    added?.Name
  );
  addTestResult(
    results,
    "refresh: the edited status is written",
    CHANGES.editedStatus,
    rowById(projects, CHANGES.editedProject)?.Status
  );
  addTestResult(
    results,
    "refresh: the user's note stays in its row (user column)",
    NOTE_ON_EDITED,
    rowById(projects, CHANGES.editedProject)?.[NOTE]
  );
  const mine = rowById(projects, USER_ROW.id);
  addTestResult(
    results,
    "refresh: the user's row with an ID stays with its values",
    { name: USER_ROW.name, note: USER_ROW.note },
    mine ? { name: mine.Name, note: mine[NOTE] } : "row gone"
  );
  addTestResult(
    results,
    "refresh: a dropped project the user wrote in stays, with the note",
    NOTE_ON_REMOVED,
    rowById(projects, CHANGES.removedProject)?.[NOTE] ?? "row gone"
  );

  const trade = await table("trade");
  const addedTrade = rowById(trade, CHANGES.addedTrade);
  const formula = await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem(tableOf("trade").tableName);
    const body = t.columns.getItem(CALCULATED).getDataBodyRange().load("formulas");
    await context.sync();
    const row = rowIndex(trade, CHANGES.addedTrade);
    return row >= 0 ? body.formulas[row][0] : "row missing";
  });
  addTestResult(
    results,
    "refresh: a row added to KZUZ_Trade gets the user's calculated column",
    CALCULATED_FORMULA,
    formula
  );
  const turnover = addedTrade?.["Turnover (USD)"];
  addTestResult(
    results,
    "refresh: the calculated column computes in the added row",
    typeof turnover === "number" ? turnover / 1e9 : "a turnover",
    addedTrade?.[CALCULATED]
  );

  const agreements = await table("agreements");
  const dateAt = current.agreements.columns.findIndex((c) => c.header === "Date");
  const dates = current.agreements.rows.map((r) => r.cells[dateAt]);
  const read = agreements.headers.includes("Date")
    ? current.agreements.rows.map((r) => rowById(agreements, r.id)?.Date ?? "row missing")
    : "no Date column";
  addTestResult(
    results,
    "refresh: the deleted Date column is restored as text dates, not serial numbers",
    dates.map((d) => d ?? ""),
    read
  );
  await checkTablesMatch(results, bench, "after refresh");
}

async function refreshFiltered(results: Results, bench: Workbench): Promise<void> {
  const projects = await table("projects");
  const sector = String(rowById(projects, CHANGES.editedProject)?.Sector ?? "");
  await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem(tableOf("projects").tableName);
    t.columns.getItem("Sector").filter.applyValuesFilter([sector]);
    await context.sync();
  });
  const outcome = await refreshDataset(bench, defaultDatasetUrl(bench.baseUrl));
  addTestResult(
    results,
    "refresh of a filtered table (back to the published dataset): outcome",
    true,
    outcome.ok ? true : english(outcome.said)
  );
  const state = await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem(tableOf("projects").tableName);
    const filter = t.columns.getItem("Sector").filter.load("criteria");
    const header = t.getHeaderRowRange().load("values");
    const visible = t.getDataBodyRange().getVisibleView().load("values");
    await context.sync();
    const at = header.values[0].indexOf("Sector");
    return { criteria: filter.criteria, visibleSectors: visible.values.map((r) => r[at] as Value) };
  });
  addTestResult(
    results,
    "filter: the criteria are applied again after refresh",
    { filterOn: "Values", values: [sector] },
    { filterOn: state.criteria?.filterOn, values: state.criteria?.values }
  );
  const after = await table("projects");
  const expectedVisible = after.rows.filter(
    (r) => r[after.headers.indexOf("Sector")] === sector
  ).length;
  addTestResult(
    results,
    "filter: only rows of the filtered sector are visible",
    { count: expectedVisible, sectors: [sector] },
    { count: state.visibleSectors.length, sectors: [...new Set(state.visibleSectors)] }
  );
  addTestResult(
    results,
    "filter: the user's note stays in its row",
    NOTE_ON_EDITED,
    rowById(after, CHANGES.editedProject)?.[NOTE]
  );
  addTestResult(
    results,
    "filter: the user's row stays",
    USER_ROW.name,
    rowById(after, USER_ROW.id)?.Name ?? "row gone"
  );
  addTestResult(
    results,
    "filter: the project the dataset drops again is gone",
    "gone",
    rowById(after, CHANGES.addedProject) ? "still there" : "gone"
  );
  await checkTablesMatch(results, bench, "after filtered refresh");
  await Excel.run(async (context) => {
    context.workbook.tables.getItem(tableOf("projects").tableName).clearFilters();
    await context.sync();
  });
}

async function chartTwice(results: Results, bench: Workbench): Promise<void> {
  const first = await buildChart(bench, "trade", english);
  const second = await buildChart(bench, "trade", english);
  addTestResult(
    results,
    "trade chart built twice: outcomes",
    [true, true],
    [first.ok || english(first.said), second.ok || english(second.said)]
  );
  const names = await Excel.run(async (context) => {
    const charts = context.workbook.worksheets.getItem(DASHBOARD_SHEET).charts.load("items/name");
    await context.sync();
    return charts.items.map((c) => c.name);
  });
  addTestResult(results, "trade chart built twice: one chart on the dashboard", 1, names.length);
}

/** Runs every scenario in order against `bench`; returns their results. */
export async function runScenarios(bench: Workbench): Promise<Results> {
  const results: Results = [];
  await step(results, "setup", () => freshWorkbook(results, bench));
  await step(results, "insert all tables", () => insertAll(results, bench));
  await step(results, "user edits before refresh", () => userEdits());
  await step(results, "refresh with a changed dataset", () => refreshChanged(results, bench));
  await step(results, "refresh of a filtered table", () => refreshFiltered(results, bench));
  await step(results, "trade chart twice", () => chartTwice(results, bench));
  await step(results, "custom functions", () => functions(results, bench));
  for (const [name, scenario] of MORE_SCENARIOS)
    await step(results, name, () => scenario(results, bench));
  await step(results, "linked cards", () => linkedCards(results, bench));
  return results;
}
