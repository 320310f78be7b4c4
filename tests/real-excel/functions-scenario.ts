/**
 * The custom-functions scenario: KZUZ formulas typed into a sheet calculate in Excel to what the
 * functions' code computes from the dataset in force, and a refresh updates them without a
 * recalculation (every KZUZ function streams).
 */
import {
  FUNCTIONS_NAMESPACE,
  asOfText,
  defaultDatasetUrl,
  investmentValue,
  refreshDataset,
  tradeValue,
  type Workbench,
} from "./addin";
import { CHANGED_DATASET_PATH } from "./changed-dataset";
import type { Value } from "./excel-read";
import { addTestResult, type ScenarioResult } from "./results";
import { english } from "../support/english";

const TEST_SHEET = "KZUZ Test";
// The test add-in's own namespace (KZUZTEST in its build): it may be loaded beside KZUZ for Excel.
const NS = FUNCTIONS_NAMESPACE;
const FORMULAS = [
  `=${NS}.INVESTMENT("Kashka-Daria")`,
  `=${NS}.TRADE(2024)`,
  `=${NS}.INVESTMENT("Nowhere-in-the-dataset")`,
  `=${NS}.ASOF()`,
];
const PENDING = /^#(BUSY|GETTING_DATA)/;

/** The values of the formulas, read once. */
async function read(): Promise<Value[]> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(TEST_SHEET)
      .getRange(`A1:A${FORMULAS.length}`)
      .load("values");
    await context.sync();
    return range.values.map((r) => r[0] as Value);
  });
}

/** The formulas' values once `done` holds for them, or as they are after `seconds`. */
async function settle(done: (values: Value[]) => boolean, seconds = 30): Promise<Value[]> {
  let values = await read();
  for (let i = 0; i < seconds && !done(values); i++) {
    await new Promise((r) => setTimeout(r, 1000));
    values = await read();
  }
  return values;
}

/** What a function's result shows in a cell: the number or text, or the error's code. */
function shown(result: unknown): unknown {
  return typeof result === "object" && result !== null && "code" in result
    ? String((result as { code: unknown }).code)
    : result;
}

export async function functions(results: ScenarioResult[], bench: Workbench): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(TEST_SHEET);
    sheet.getRange(`A1:A${FORMULAS.length}`).formulas = FORMULAS.map((f) => [f]);
    await context.sync();
  });
  const values = await settle((v) => !v.some((x) => PENDING.test(String(x))));
  const snapshot = bench.store.get();
  const expected = [
    investmentValue(snapshot.index, "Kashka-Daria", null),
    tradeValue(snapshot.index, 2024, null),
    investmentValue(snapshot.index, "Nowhere-in-the-dataset", null),
    asOfText(snapshot),
  ];
  FORMULAS.forEach((formula, i) =>
    addTestResult(results, `function ${formula} calculates in Excel`, shown(expected[i]), values[i])
  );

  // A refresh puts another dataset in force: the streaming ASOF cell follows without a recalculation.
  const outcome = await refreshDataset(bench, new URL(CHANGED_DATASET_PATH, bench.baseUrl).href);
  const after = asOfText(bench.store.get());
  const updated = await settle((v) => v[3] === after);
  addTestResult(
    results,
    `functions: =${NS}.ASOF() updates in its cell after a refresh (streaming)`,
    after,
    outcome.ok ? updated[3] : english(outcome.said)
  );
  await refreshDataset(bench, defaultDatasetUrl(bench.baseUrl));
}
