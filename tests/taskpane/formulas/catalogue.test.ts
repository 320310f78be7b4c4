/**
 * The builder's catalogue against the functions themselves: names, parameters and descriptions
 * come from functions.json (generated here from src/functions/functions.ts, as the build does),
 * and each binding must match it and compute what the function puts in the cell.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
// First: the page's store, as the functions find it once the bundled dataset has loaded.
import { pageStore } from "../../support/page-store";
import type { Arg } from "../../../src/formulas/compute";
import { BINDINGS, parseMetadata } from "../../../src/formulas/catalogue";
import { NAMESPACE } from "../../../src/formulas/formula";
import * as functions from "../../../src/functions/functions";
import { RecordingInvocation } from "../../support/functions";
import { unwrap } from "../../support/dataset";
import { generatedMetadata } from "./metadata";
import { english } from "../../support/english";

/** Arguments for each function that give a value (not an error), to compare the two paths on. */
const SAMPLES: Record<string, Arg[][]> = {
  INVESTMENT: [
    ["Kashka-Daria", null],
    ["Tashkent region", "millions"],
    ["Tashkent", null],
  ],
  PROJECTS: [
    [null, null],
    ["Tashkent region", false],
  ],
  PROJECT: [
    ["LAB complex", "investment"],
    ["ICIC", null],
    ["Tachkent", "name"],
  ],
  AGREEMENTS: [
    ["water", null],
    [null, false],
  ],
  TRADE: [
    [2024, null],
    // Uzbekistan's statistics give full-year figures for 2022, 2023 and 2025 (2027.1.0).
    [2025, "UZ"],
    ["2024", "Kazakhstan"],
  ],
  TRADEHISTORY: [
    [null, null, null, null],
    [2020, 2024, false, null],
    [2021, null, true, "KZ"],
  ],
  TARGET: [[null], [2030]],
  PROGRESS: [
    [null, null],
    [2024, null],
    [null, "KZ"],
    [2024, "KZ"],
  ],
  REQUIREDGROWTH: [
    [null, null],
    [2022, null],
    [2022, "UZ"],
  ],
  SOURCE: [["lab-complex-kashkadarya"], ["Kashka-Daria"]],
  ASOF: [[]],
};

function comparable(value: unknown): unknown {
  if (value instanceof Error)
    return { code: (value as unknown as { code: string }).code, message: value.message };
  return value;
}

/** Whether a function of functions.json is the load service of linked cards (Excel's, not the user's). */
const isLoadService = (f: { options?: Record<string, boolean> }) =>
  f.options?.linkedEntityLoadService === true;

test("every function of functions.json users write has a binding with the same parameters, in order, and no binding is extra", async () => {
  const { json } = await generatedMetadata();
  const users = json.functions.filter((f) => !isLoadService(f));
  const ids = users.map((f) => f.id);
  expect(Object.keys(BINDINGS).sort()).toEqual([...ids].sort());
  for (const f of users)
    expect([f.id, Object.keys(BINDINGS[f.id].params)]).toEqual([
      f.id,
      (f.parameters ?? []).map((p) => p.name),
    ]);
  expect(Object.keys(SAMPLES).sort()).toEqual([...ids].sort());
});

test("the catalogue read from functions.json lists all eleven functions with their help, descriptions and optional parameters", async () => {
  const { json } = await generatedMetadata();
  const list = unwrap(parseMetadata(json));
  expect(list.map((f) => f.id)).toEqual([
    "INVESTMENT",
    "PROJECTS",
    "PROJECT",
    "AGREEMENTS",
    "TRADE",
    "TRADEHISTORY",
    "TARGET",
    "PROGRESS",
    "REQUIREDGROWTH",
    "SOURCE",
    "ASOF",
  ]);
  for (const f of list) {
    expect(f.binding).toBe(BINDINGS[f.id]);
    expect(f.description.length).toBeGreaterThan(20);
    expect(f.helpUrl).toMatch(new RegExp(`help\\.html#${f.id.toLowerCase()}$`));
  }
  const trade = list.find((f) => f.id === "TRADE")!;
  expect(trade.params.map((p) => [p.name, p.optional, p.kind])).toEqual([
    ["year", false, "trade-year"],
    ["reporter", true, "reporter"],
  ]);
});

test("the load service of linked cards is in functions.json as Microsoft documents it, and never offered in the builder", async () => {
  // "options": { "linkedEntityLoadService": true }, one parameter (the request), never streaming
  // or volatile ("The user will see a #CALC! error if these tags are used"), and "They don't
  // appear to end users for usage in formulas"
  // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values).
  const { json, exports } = await generatedMetadata();
  const services = json.functions.filter(isLoadService);
  expect(services.map((f) => [f.id, f.options])).toEqual([
    ["LOADSERVICE", { linkedEntityLoadService: true }],
  ]);
  expect(services[0].parameters?.map((p) => [p.name, p.optional])).toEqual([
    ["request", undefined],
  ]);
  expect(exports.get("LOADSERVICE")).toBe("loadService");
  expect(unwrap(parseMetadata(json)).map((f) => f.id)).not.toContain("LOADSERVICE");
});

test("a binding whose parameters differ from functions.json is not used (no preview rather than a wrong one)", async () => {
  const { json } = await generatedMetadata();
  const changed = structuredClone(json);
  changed.functions[0].parameters!.reverse();
  const list = unwrap(parseMetadata(changed));
  expect(list[0].binding).toBeUndefined();
  expect(list[0].params.map((p) => p.kind)).toEqual(["unit", "name"]);
});

/**
 * A cell's first answer: the functions' code is a chunk loaded at their first call
 * (src/functions/live.ts), so the first cell answers a few turns of the event loop later.
 */
async function answered(invocation: RecordingInvocation<unknown>): Promise<unknown> {
  for (let turn = 0; turn < 100 && invocation.results.length === 0; turn++)
    await new Promise((resolve) => setImmediate(resolve));
  return invocation.last;
}

test("each binding computes exactly what the function puts in the cell", async () => {
  const { exports } = await generatedMetadata();
  const snapshot = pageStore.get();
  const table = functions as unknown as Record<string, (...args: unknown[]) => void>;
  for (const [id, samples] of Object.entries(SAMPLES))
    for (const args of samples) {
      const invocation = new RecordingInvocation<unknown>();
      table[exports.get(id)!](...args, invocation);
      const preview = BINDINGS[id].evaluate(snapshot, args);
      const cell = await answered(invocation);
      expect([id, args, comparable(preview)]).toEqual([id, args, comparable(cell)]);
    }
});

test("unreadable metadata gives a plain error that says what to do", () => {
  for (const junk of [null, {}, { functions: [] }, { functions: [{ name: "X" }] }]) {
    const result = parseMetadata(junk);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(english(result.error)).toMatch(/functions\.json.*Reload the pane/);
  }
});

test("formulas use the namespace manifest.xml declares", () => {
  const manifest = readFileSync(join(__dirname, "../../../manifest.xml"), "utf8");
  expect(manifest).toMatch(
    new RegExp(`<bt:String id="Functions.Namespace" DefaultValue="${NAMESPACE}"/>`)
  );
});
