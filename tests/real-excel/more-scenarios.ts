/**
 * The scenarios only real Excel can settle (issue 19, item 10; conformance review 2026-12 §4
 * "Not covered"), run after ./scenarios in the same workbook: the settings the pane saves, a
 * sorted table refreshed, a protected sheet, a card, share as values, explain, and a reopen (a
 * new session's store restored from the runtime's storage). Each drives the add-in's own code
 * (./addin) and reads Excel back.
 */
import {
  DatasetStore,
  FUNCTIONS_NAMESPACE,
  convertToValues,
  defaultDatasetUrl,
  documentSettings,
  englishTranslator,
  explainCell,
  readSelectedCell,
  readSettings,
  referencesOf,
  refreshDataset,
  restoreDataset,
  runtimeStorage,
  saveDataset,
  tableOf,
  workbookAddresses,
  writeSettings,
  type Workbench,
} from "./addin";
import { CHANGED_DATASET_PATH } from "./changed-dataset";
import { readTable, type Value } from "./excel-read";
import { addTestResult, type ScenarioResult } from "./results";
import { english } from "../support/english";

type Results = ScenarioResult[];
const NS = FUNCTIONS_NAMESPACE;
const SHEET = "KZUZ Test 2";

/** The setting the pane's dataset address field saves, read back as a new pane would. */
async function settingsThroughPane(results: Results, bench: Workbench): Promise<void> {
  const url = new URL(CHANGED_DATASET_PATH, bench.baseUrl).href;
  const typed = url.replace("https://localhost", "https://LOCALHOST");
  const saved = await writeSettings(documentSettings(), { datasetUrl: typed });
  addTestResult(
    results,
    "settings: the pane's dataset address is saved with the workbook",
    true,
    saved
  );
  addTestResult(
    results,
    "settings: read back by a fresh read of Office's settings, normalised",
    url,
    readSettings(documentSettings()).datasetUrl
  );
  await writeSettings(documentSettings(), { datasetUrl: undefined });
}

/** A table sorted by the user stays sorted after a refresh, every row matched by ID. */
async function sortedRefresh(results: Results, bench: Workbench): Promise<void> {
  const name = tableOf("trade").tableName;
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(name);
    table.sort.apply([{ key: 1, ascending: false }]);
    await context.sync();
  });
  const outcome = await refreshDataset(bench, defaultDatasetUrl(bench.baseUrl));
  addTestResult(results, "sort: a refresh of a sorted table succeeds", true, outcome.ok);
  const trade = await readTable(name);
  const years = (trade?.rows ?? []).map((r) => Number(r[1]));
  const descending = years.every((y, i) => i === 0 || years[i - 1] >= y);
  addTestResult(results, "sort: still sorted by year, descending", true, descending);
}

/** A protected sheet: the refresh stops before writing and says so; nothing changes. */
async function protectedSheet(results: Results, bench: Workbench): Promise<void> {
  const name = tableOf("trade").tableName;
  const before = await readTable(name);
  await Excel.run(async (context) => {
    context.workbook.tables.getItem(name).worksheet.protection.protect();
    await context.sync();
  });
  try {
    const outcome = await refreshDataset(bench, new URL(CHANGED_DATASET_PATH, bench.baseUrl).href);
    addTestResult(results, "protection: the refresh is refused", false, outcome.ok);
    addTestResult(
      results,
      "protection: the message names the protected sheet",
      true,
      /protected/i.test(english(outcome.said))
    );
    const after = await readTable(name);
    addTestResult(
      results,
      "protection: the table is unchanged",
      JSON.stringify(before),
      JSON.stringify(after)
    );
  } finally {
    await Excel.run(async (context) => {
      context.workbook.tables.getItem(name).worksheet.protection.unprotect();
      await context.sync();
    });
  }
}

/** Writes formulas into the test sheet's column A and waits for them to calculate. */
async function formulas(list: readonly string[]): Promise<Value[]> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(SHEET);
    await context.sync();
    const target = sheet.isNullObject ? context.workbook.worksheets.add(SHEET) : sheet;
    target.getRange(`A1:A${list.length}`).formulas = list.map((f) => [f]);
    await context.sync();
  });
  for (let i = 0; i < 30; i++) {
    const values = await readColumn(list.length);
    if (!values.some((v) => /^#(BUSY|GETTING_DATA)/.test(String(v)))) return values;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return [];
}

/** The values of the test sheet's first `rows` cells of column A. */
function readColumn(rows: number): Promise<Value[]> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(SHEET).getRange(`A1:A${rows}`);
    range.load("values");
    await context.sync();
    return range.values.map((r) => r[0] as Value);
  });
}

/** A PROJECT card where Excel has cards; share as values keeps text as text and the card's text. */
async function cardsAndShare(results: Results, bench: Workbench): Promise<void> {
  const cards = Office.context.requirements.isSetSupported("ExcelApi", "1.16");
  const list = [
    `=${NS}.TRADE(2024)`,
    `=INDEX(${NS}.AGREEMENTS(),2,4)`,
    `=${NS}.PROJECT("lab-complex-kashkadarya")`,
  ];
  await formulas(list);
  const json = await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(SHEET).getRange("A3");
    if (cards) range.load("valuesAsJson");
    await context.sync();
    return cards ? (range.valuesAsJson[0][0] as { type?: string; text?: string }) : undefined;
  });
  if (cards)
    addTestResult(results, "cards: PROJECT returns a card (an entity)", "Entity", json?.type);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange(`A1:A${list.length}`).select();
    await context.sync();
  });
  const outcome = await convertToValues(bench, "selection");
  addTestResult(results, "share: the selection's formulas are converted", true, outcome.ok);
  const after = await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(SHEET).getRange(`A1:A${list.length}`);
    range.load("formulas, values, numberFormat");
    await context.sync();
    return range;
  });
  addTestResult(
    results,
    "share: no formula is left",
    false,
    after.formulas.some((r) => String(r[0]).startsWith("="))
  );
  addTestResult(
    results,
    "share: the agreement's date stays text",
    "string",
    typeof after.values[1][0]
  );
  addTestResult(results, "share: text cells are formatted as text", "@", after.numberFormat[1][0]);
  if (cards)
    addTestResult(
      results,
      "share: the card keeps the text it showed",
      json?.text,
      after.values[2][0]
    );
}

/** Explain, on a cell of a KZUZ table: the row's record, and a changed cell flagged. */
async function explainTableCell(results: Results, bench: Workbench): Promise<void> {
  const name = tableOf("trade").tableName;
  await Excel.run(async (context) => {
    const cell = context.workbook.tables.getItem(name).getDataBodyRange().getCell(0, 2);
    cell.values = [[9_999_999_999]];
    cell.select();
    await context.sync();
  });
  const cell = await Excel.run((context) =>
    readSelectedCell(context, { referencesOf, supports: undefined })
  );
  const settings = readSettings(documentSettings());
  const told = explainCell(
    englishTranslator,
    bench.store.get(),
    cell,
    undefined,
    settings.tableIds
  );
  addTestResult(results, "explain: a Trade table cell is explained as a row", "row", told.kind);
  const noted = told.kind === "row" && told.fields.some((f) => f.note !== undefined);
  addTestResult(results, "explain: the changed cell says what the dataset says", true, noted);
  await refreshDataset(bench, defaultDatasetUrl(bench.baseUrl));
}

/** A reopen: a new session's store restores the refreshed dataset saved in the runtime's storage. */
async function reopen(results: Results, bench: Workbench): Promise<void> {
  const url = new URL(CHANGED_DATASET_PATH, bench.baseUrl).href;
  await writeSettings(documentSettings(), { datasetUrl: url });
  const outcome = await refreshDataset(bench, url);
  const snapshot = bench.store.get();
  if (snapshot.origin.kind === "url")
    await saveDataset(
      runtimeStorage(),
      snapshot.dataset,
      snapshot.origin,
      await workbookAddresses()
    );
  const fresh = new DatasetStore({ ...snapshot.dataset, version: "2000.1.0" }, { kind: "bundled" });
  const restored = await restoreDataset(runtimeStorage(), fresh);
  addTestResult(results, "reopen: the refresh succeeded", true, outcome.ok);
  addTestResult(results, "reopen: the refreshed dataset is restored", "restored", restored);
  addTestResult(
    results,
    "reopen: the same version is in force",
    snapshot.dataset.version,
    fresh.get().dataset.version
  );
  await writeSettings(documentSettings(), { datasetUrl: undefined });
  await refreshDataset(bench, defaultDatasetUrl(bench.baseUrl));
}

export const MORE_SCENARIOS: readonly [string, (r: Results, b: Workbench) => Promise<void>][] = [
  ["settings saved through the pane", settingsThroughPane],
  ["refresh of a sorted table", sortedRefresh],
  ["refresh with a protected sheet", protectedSheet],
  ["cards and share as values", cardsAndShare],
  ["explain a table cell", explainTableCell],
  ["reopen", reopen],
];
