/**
 * KZUZ formulas as text: writing one from a function name and literal arguments (the formula
 * builder), and reading the KZUZ calls back out of a cell's formula (explain this cell).
 * Pure: formulas are read as Range.formulas gives them, in English with "," separators, whatever
 * the user's locale.
 */
import { FUNCTIONS_NAMESPACE } from "../office/namespace";

/** The custom functions' namespace, as manifest.xml declares it (Functions.Namespace). */
export const NAMESPACE = FUNCTIONS_NAMESPACE;

/** Excel's limit on a text constant inside a formula. */
export const MAX_TEXT_CONSTANT = 255;

/** A literal argument: text, a number or TRUE/FALSE. */
export type Literal = string | number | boolean;

/** An argument of a KZUZ call as written in a formula. */
export type ParsedArg =
  | { kind: "omitted" }
  | { kind: "literal"; value: Literal }
  /** One cell: `B2`, `$B$2`, `Inputs!B2`, `'My inputs'!B2`; `sheet` unquoted, `address` without $. */
  | { kind: "reference"; text: string; sheet?: string; address: string }
  /** Anything else (a range, another function, arithmetic): shown as written. */
  | { kind: "expression"; text: string };

export interface KzuzCall {
  /** The function's name without the namespace, upper case: "TRADE". */
  readonly name: string;
  readonly args: readonly ParsedArg[];
  /** The call as written: `KZUZ.TRADE(2024,"UZ")`. */
  readonly text: string;
}

/**
 * How a formula separates its arguments and writes decimals: Range.formulas' English ("," and
 * "."), or the user's own, as they type it and as Range.formulasLocal reads it (";" and "," where
 * the decimal separator is a comma).
 */
export interface Separators {
  readonly list: string;
  readonly decimal: string;
}

const ENGLISH_SEPARATORS: Separators = { list: ",", decimal: "." };

/**
 * The separators that go with a decimal separator: Excel takes ";" between arguments wherever
 * the decimal separator is "," (a comma would be ambiguous there), "," elsewhere.
 */
export function separatorsFor(decimal: string): Separators {
  return decimal === "," ? { list: ";", decimal: "," } : ENGLISH_SEPARATORS;
}

/** A literal as Excel reads it in a formula: text in double quotes (inner quotes doubled). */
function literalText(value: Literal, separators: Separators): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written in a formula`);
    return String(value).replace(".", separators.decimal);
  }
  if (value.length > MAX_TEXT_CONSTANT)
    throw new RangeError(
      `Excel allows at most ${MAX_TEXT_CONSTANT} characters of text in a formula; this has ${value.length}.`
    );
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * The formula calling `name` with `args` in order; `undefined` leaves an optional argument out
 * (trailing ones are dropped, inner ones left empty: `=KZUZ.TRADEHISTORY(,2025)`). In English
 * unless `separators` says otherwise (`=KZUZ.PROGRESS(2024;"UZ")` for a user whose Excel writes
 * decimals with a comma).
 */
export function formulaText(
  name: string,
  args: readonly (Literal | undefined)[],
  separators: Separators = ENGLISH_SEPARATORS
): string {
  const list = [...args];
  while (list.length > 0 && list[list.length - 1] === undefined) list.pop();
  const inner = list
    .map((a) => (a === undefined ? "" : literalText(a, separators)))
    .join(separators.list);
  return `=${NAMESPACE}.${name.toUpperCase()}(${inner})`;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const STRING = /^"((?:[^"]|"")*)"$/;
const CELL = /^(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d{1,7})$/;

function classify(raw: string): ParsedArg {
  const text = raw.trim();
  if (text === "") return { kind: "omitted" };
  const str = STRING.exec(text);
  if (str) return { kind: "literal", value: str[1].replace(/""/g, '"') };
  if (NUMBER.test(text)) return { kind: "literal", value: Number(text) };
  if (/^(true|false)$/i.test(text)) return { kind: "literal", value: /^true$/i.test(text) };
  const cell = CELL.exec(text);
  if (cell) {
    const sheet = cell[1]?.startsWith("'") ? cell[1].slice(1, -1).replace(/''/g, "'") : cell[1];
    const address = cell[2].replace(/\$/g, "").toUpperCase();
    return sheet
      ? { kind: "reference", text, sheet, address }
      : { kind: "reference", text, address };
  }
  return { kind: "expression", text };
}

/** Index just past a quoted run starting at `i` (quote char doubled inside), or the end. */
function skipQuoted(formula: string, i: number): number {
  const quote = formula[i];
  let j = i + 1;
  while (j < formula.length) {
    if (formula[j] === quote) {
      if (formula[j + 1] === quote) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** The arguments of the call whose "(" is at `open`, and the index just past its ")". */
function argumentsAt(formula: string, open: number): { args: string[]; end: number } | undefined {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  let i = open + 1;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      i = skipQuoted(formula, i);
      continue;
    }
    if (ch === "(" || ch === "{") depth++;
    else if ((ch === ")" || ch === "}") && depth > 0) depth--;
    else if (ch === ")") {
      args.push(formula.slice(start, i));
      return { args, end: i + 1 };
    } else if (ch === "," && depth === 0) {
      args.push(formula.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  return undefined;
}

/**
 * Every KZUZ call in a formula, outermost first, with its arguments read: literals, single-cell
 * references, or expressions shown as written. Text inside string constants is never mistaken
 * for a call. A formula with no KZUZ call (or no formula at all) gives [].
 */
export function kzuzCalls(formula: string): KzuzCall[] {
  if (!formula.startsWith("=")) return [];
  const calls: KzuzCall[] = [];
  const head = new RegExp(`^${NAMESPACE}\\.([A-Za-z][A-Za-z0-9_]*)\\s*\\(`, "i");
  let i = 1;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      i = skipQuoted(formula, i);
      continue;
    }
    const before = formula[i - 1];
    const match = /[\w.]/.test(before) ? null : head.exec(formula.slice(i));
    if (match) {
      const open = i + match[0].length - 1;
      const parsed = argumentsAt(formula, open);
      if (parsed) {
        // A call with no arguments has one empty argument text: it has none.
        const raw = parsed.args.length === 1 && parsed.args[0].trim() === "" ? [] : parsed.args;
        calls.push({
          name: match[1].toUpperCase(),
          args: raw.map(classify),
          text: formula.slice(i, parsed.end),
        });
      }
      // Step inside the call, so calls nested in its arguments are found too.
      i = open + 1;
      continue;
    }
    i++;
  }
  return calls;
}
