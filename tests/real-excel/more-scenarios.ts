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
  cardRoute,
  cardsRoute,
  insertTables,
  investmentValue,
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

/**
 * Issue 24: the Projects table with cards where this Excel and its office.js have ExcelApi 1.16
 * (each Name a card; `='KZUZ Projects'!B2.Investment` equals KZUZ.INVESTMENT of the name), text
 * elsewhere; then cards off and a refresh puts the table's text back for the scenarios after.
 */
async function cardsInTables(results: Results, bench: Workbench): Promise<void> {
  const route = cardsRoute(undefined);
  addTestResult(
    results,
    "cards: the route this Excel gives",
    route.cards ? "cards" : route.why,
    route.cards ? "cards" : route.why
  );
  const on = { ...bench, cards: { wanted: true, lang: "en" } };
  const outcome = await insertTables(on, ["projects"]);
  addTestResult(results, "cards: the Projects table is written", true, outcome.ok);
  const { index, dataset } = bench.store.get();
  const rows = await Excel.run(async (context) => {
    const body = context.workbook.tables.getItem(tableOf("projects").tableName).getDataBodyRange();
    body.load("values, address");
    const header = context.workbook.tables
      .getItem(tableOf("projects").tableName)
      .getHeaderRowRange();
    header.load("values");
    await context.sync();
    const nameAt = header.values[0].indexOf("Name");
    const idAt = header.values[0].indexOf("ID");
    // A second request, only where this office.js has Range.valuesAsJson.
    let json: unknown[][] = [];
    if (route.cards) {
      const names = body.getColumn(nameAt);
      names.load("valuesAsJson");
      await context.sync();
      json = names.valuesAsJson;
    }
    return body.values.map((row, r) => ({
      id: String(row[idAt]),
      value: row[nameAt],
      json: json[r]?.[0] as { type?: string; text?: string } | undefined,
      cell: `'KZUZ Projects'!${String.fromCharCode(65 + nameAt)}${r + 2}`,
    }));
  });
  for (const p of dataset.projects) {
    const row = rows.find((x) => x.id === p.id);
    if (!route.cards) {
      addTestResult(results, `cards: without the route, ${p.id} is text`, p.name.en, row?.value);
      continue;
    }
    // On the linked route (ExcelApi 1.19 + CustomFunctionsRuntime 1.5) the card is a linked entity.
    const kind = cardRoute() === "linked" ? "LinkedEntity" : "Entity";
    addTestResult(results, `cards: ${p.id} is a card`, kind, row?.json?.type);
    addTestResult(results, `cards: ${p.id}'s card shows its name`, p.name.en, row?.json?.text);
  }
  if (route.cards) {
    const list = rows.map((r) => `=${r.cell}.Investment`);
    const values = await formulas(list);
    rows.forEach((r, i) => {
      const name = dataset.projects.find((p) => p.id === r.id)?.name.en ?? r.id;
      const expected = investmentValue(index, name, null);
      addTestResult(
        results,
        `cards: ${r.cell}.Investment equals KZUZ.INVESTMENT(${name})`,
        typeof expected === "number" ? expected : "not disclosed",
        values[i]
      );
    });
  }
  const off = await insertTables({ ...bench, cards: { wanted: false, lang: "en" } }, ["projects"]);
  addTestResult(results, "cards: turned off, the table is text again", true, off.ok);
}

export const MORE_SCENARIOS: readonly [string, (r: Results, b: Workbench) => Promise<void>][] = [
  ["settings saved through the pane", settingsThroughPane],
  ["refresh of a sorted table", sortedRefresh],
  ["refresh with a protected sheet", protectedSheet],
  ["cards and share as values", cardsAndShare],
  ["cards in the Projects table", cardsInTables],
  ["explain a table cell", explainTableCell],
  ["reopen", reopen],
];
