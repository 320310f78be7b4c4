/**
 * The help page's examples, checked against the functions' own code and the published data:
 * every example must return a value, not an Excel error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DatasetStore } from "../../src/data/store";
import {
  agreementsTable,
  asOfText,
  investmentValue,
  progressValue,
  projectValue,
  projectsTable,
  requiredGrowthValue,
  sourceText,
  targetValue,
  tradeHistoryTable,
  tradeValue,
  type Arg,
} from "../../src/functions/compute";
import { publishedDataset } from "../support/dataset";

const help = readFileSync(join(__dirname, "../../src/taskpane/help.html"), "utf8");
const functionsSource = readFileSync(join(__dirname, "../../src/functions/functions.ts"), "utf8");
const snapshot = new DatasetStore(publishedDataset()).get();
const { index } = snapshot;

const EVALUATE: Record<string, (args: Arg[]) => unknown> = {
  INVESTMENT: ([q, u]) => investmentValue(index, q, u),
  PROJECTS: ([q, h]) => projectsTable(index, q, h),
  PROJECT: ([q, f]) => projectValue(index, q, f, false),
  AGREEMENTS: ([d, h]) => agreementsTable(index, d, h),
  TRADE: ([y, r]) => tradeValue(index, y, r),
  TRADEHISTORY: ([f, t, h, r]) => tradeHistoryTable(index, f, t, h, r),
  TARGET: ([y]) => targetValue(index, y),
  PROGRESS: ([y]) => progressValue(index, y),
  REQUIREDGROWTH: ([y]) => requiredGrowthValue(index, y),
  SOURCE: ([q]) => sourceText(index, q),
  ASOF: () => asOfText(snapshot),
};

/** An argument as Excel would pass it, or undefined for a parameter name (a signature, not an example). */
function parseArg(text: string): Arg | undefined {
  const t = text.trim();
  if (t === "") return null; // an argument left out, as in (2023, , FALSE)
  if (/^"[^"]*"$/.test(t)) return t.slice(1, -1);
  if (/^\d+$/.test(t)) return Number(t);
  if (t === "TRUE" || t === "FALSE") return t === "TRUE";
  return undefined;
}

/**
 * Every `=KZUZ.NAME(...)` in a <code> whose arguments are all values, with the result the help
 * shows for it (a following `→ <samp>…</samp>`), if any.
 */
function examples(): { formula: string; name: string; args: Arg[]; shown?: string }[] {
  const found: { formula: string; name: string; args: Arg[]; shown?: string }[] = [];
  const text = help.replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
  for (const [, formula, name, inner, shown] of text.matchAll(
    /<code>(=KZUZ\.([A-Z]+)\(([^)]*)\))<\/code>(?:\s*→\s*<samp>([^<]*)<\/samp>)?/g
  )) {
    const parts = inner.trim() === "" ? [] : inner.split(",");
    const args = parts.map(parseArg);
    if (args.some((a) => a === undefined)) continue; // a signature such as (query, [unit])
    found.push({ formula, name, args: args as Arg[], shown });
  }
  return found;
}

const isExcelError = (v: unknown) =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "code" in v;

test("every function has at least one example, and every example returns a value (or the error the help shows for it)", () => {
  const list = examples();
  const declared = [...functionsSource.matchAll(/@customfunction ([A-Z]+)/g)].map((m) => m[1]);
  expect(declared.length).toBeGreaterThan(5);
  expect(new Set(list.map((e) => e.name))).toEqual(new Set(declared));
  const results = list.map((e) => ({ ...e, value: EVALUATE[e.name](e.args) }));
  // An example the help shows with "→ #N/A …" demonstrates that error: it must give exactly it.
  const shownErrors = results.filter((r) => r.shown?.startsWith("#"));
  for (const r of shownErrors) {
    expect(isExcelError(r.value)).toBe(true);
    const { code, message } = r.value as { code: string; message: string };
    const shown = r.shown as string;
    expect(`${code} ${message}`.slice(0, shown.length)).toBe(shown);
  }
  const failures = results
    .filter((r) => !r.shown?.startsWith("#"))
    .filter((r) => isExcelError(r.value) || r.value === "" || r.value === undefined)
    .map((r) => r.formula);
  expect(failures).toEqual([]);
  expect(results.length - shownErrors.length).toBeGreaterThanOrEqual(declared.length);
});

test('the example the review caught is gone: "Tashkent" alone has no disclosed investment', () => {
  expect(isExcelError(investmentValue(index, "Tashkent", null))).toBe(true);
  expect(help).not.toMatch(/INVESTMENT\("Tashkent"\)/);
  expect(investmentValue(index, "Tashkent region", null)).toBe(84_000_000);
});

test("the help explains #NAME? and #BUSY! and what to do, and how to get the add-in", () => {
  expect(help).toMatch(/<dt><code>#NAME\?<\/code><\/dt>\s*<dd>[^<]*add-in is not added/);
  // The pane's own way to share without the add-in, named as its buttons are.
  expect(help).toMatch(/Share without the add-in › Convert formulas to values/);
  expect(help).toMatch(/<dt><code>#BUSY!<\/code><\/dt>\s*<dd>[^<]*waiting for the add-in/);
  expect(help).toMatch(/id="get-it"/);
  expect(help).not.toMatch(/npm /);
});
