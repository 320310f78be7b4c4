/**
 * Wrong arguments: F10 (field names that are Object.prototype's members) and F13 (every message
 * names an argument as Excel's formula help shows it: the @param names in functions.ts, which
 * custom-functions-metadata-plugin copies into functions.json).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildIndex } from "../../src/data/query";
import {
  agreementsTable,
  investmentValue,
  progressValue,
  projectsTable,
  projectValue,
  requiredGrowthValue,
  sourceText,
  targetValue,
  tradeHistoryTable,
  tradeValue,
  type Arg,
} from "../../src/formulas/compute";
import { PROJECT_COLUMNS } from "../../src/data/views";
import { publishedDataset } from "../support/dataset";
import { expectExcelError } from "../support/functions";

const index = buildIndex(publishedDataset());

/** Each function's parameters as its JSDoc names them, invocation left out. */
function documentedParams(): Map<string, string[]> {
  const source = readFileSync(join(__dirname, "../../src/functions/functions.ts"), "utf8");
  const params = new Map<string, string[]>();
  for (const doc of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const id = /@customfunction (\w+)/.exec(doc)?.[1];
    if (!id) continue;
    params.set(
      id,
      [...doc.matchAll(/@param \[?(\w+)\]?/g)].map((m) => m[1]).filter((n) => n !== "invocation")
    );
  }
  return params;
}

/** Each function's computation, and arguments that work, one per parameter in order. */
const CALLS: Record<string, { call: (args: Arg[]) => unknown; good: Arg[] }> = {
  INVESTMENT: { call: ([q, u]) => investmentValue(index, q, u), good: ["Kashka-Daria", null] },
  PROJECTS: { call: ([q, h]) => projectsTable(index, q, h), good: [null, null] },
  PROJECT: { call: ([q, f]) => projectValue(index, q, f, false), good: ["ICIC", "jobs"] },
  AGREEMENTS: { call: ([d, h]) => agreementsTable(index, d, h), good: [null, null] },
  TRADE: { call: ([y, r]) => tradeValue(index, y, r), good: [2024, null] },
  TRADEHISTORY: {
    call: ([f, t, h, r]) => tradeHistoryTable(index, f, t, h, r),
    good: [null, null, null, null],
  },
  TARGET: { call: ([y]) => targetValue(index, y), good: [null] },
  PROGRESS: { call: ([y, r]) => progressValue(index, y, r), good: [null, null] },
  REQUIREDGROWTH: {
    call: ([y, r]) => requiredGrowthValue(index, y, r),
    good: [null, null],
  },
  SOURCE: { call: ([q]) => sourceText(index, q), good: ["Tashkent"] },
};

/** Wrong values of every kind Excel can pass. */
const WRONG: Arg[] = [true, false, 1800, 2024.5, 1e300, "maybe", "x".repeat(300)];

describe("F13: messages name arguments as Excel's formula help does", () => {
  const params = documentedParams();

  test("every documented function is covered, with its parameters", () => {
    // LOADSERVICE's one argument is Excel's request, never typed by a user: its answers to a
    // request it cannot read are tests/formulas/linked.test.ts's.
    expect([...params.keys()].sort()).toEqual(
      [...Object.keys(CALLS), "ASOF", "LOADSERVICE"].sort()
    );
    expect(params.get("TRADEHISTORY")).toEqual(["from_year", "to_year", "headers", "reporter"]);
    expect(params.get("REQUIREDGROWTH")).toEqual(["from_year", "reporter"]);
    expect(params.get("PROGRESS")).toEqual(["year", "reporter"]);
  });

  for (const [id, { call, good }] of Object.entries(CALLS)) {
    test(`${id}: a wrong value in each argument gives #VALUE! naming that argument`, () => {
      const fine = call(good);
      expect(typeof fine === "object" && fine !== null && "code" in fine).toBe(false);
      const names = params.get(id) as string[];
      names.forEach((name, i) => {
        let valueErrors = 0;
        for (const wrong of WRONG) {
          const args = [...good];
          args[i] = wrong;
          const result = call(args);
          if (typeof result !== "object" || result === null || !("code" in result)) continue;
          const { code, message } = expectExcelError(result);
          expect(message).not.toMatch(/\bThe (from|to|fromYear|toYear|query) (must|is)\b/);
          if (code !== "#VALUE!") continue;
          valueErrors++;
          const named = new RegExp(`(^The ${name} |^${name} |\\(${name}\\))`);
          expect([id, name, message]).toEqual([id, name, expect.stringMatching(named)]);
        }
        expect([id, name, valueErrors > 0]).toEqual([id, name, true]);
      });
    });
  }

  test.each([
    [
      () => tradeHistoryTable(index, 1800, null, null),
      "The first year (from_year) must be a whole year from 1991 to 2100, such as 2018; got 1800.",
    ],
    [
      () => tradeHistoryTable(index, null, 2101, null),
      "The last year (to_year) must be a whole year from 1991 to 2100, such as 2025; got 2101.",
    ],
    [
      () => tradeHistoryTable(index, 2025, 2021, null),
      "The first year (from_year) must not be after the last year (to_year); got 2025 and 2021.",
    ],
    [
      () => requiredGrowthValue(index, 1800),
      "The start year (from_year) must be a whole year from 1991 to 2100, such as 2025; got 1800.",
    ],
    [
      () => requiredGrowthValue(index, 2030),
      "The start year (from_year) must be before the target year 2030, such as 2025; got 2030.",
    ],
    [
      () => tradeValue(index, 1800, null),
      "The year must be a whole year from 1991 to 2100, such as 2024; got 1800.",
    ],
  ])("%#: %s", (call, message) => {
    expect(expectExcelError(call())).toEqual({ code: "#VALUE!", message });
  });
});

describe("F10: field names that are Object.prototype's members are unknown fields", () => {
  const fields = `Fields: ${PROJECT_COLUMNS.map((c) => c.key).join(", ")}.`;
  test.each([
    "constructor",
    "__proto__",
    "toString",
    "hasOwnProperty",
    "valueOf",
    "__defineGetter__",
  ])('PROJECT("ICIC", %p) is #VALUE! naming the valid fields', (field) => {
    expect(expectExcelError(projectValue(index, "ICIC", field, false))).toEqual({
      code: "#VALUE!",
      message: `The field "${field}" is not known. ${fields}`,
    });
  });
  test("real fields, in any case, still work", () => {
    expect(projectValue(index, "ICIC", "JOBS", false)).toBe(1150);
    expect(projectValue(index, "ICIC", " Jobs ", false)).toBe(1150);
  });
});
