/**
 * Checking arguments as Excel passes them (an omitted optional argument is null, undefined or "";
 * a number may come as text). A wrong argument gives #VALUE! whose message names the argument as
 * Excel's formula help shows it — the parameter names in functions.ts — with what to type.
 */
import { MAX_QUERY_LENGTH } from "../data/query/args";
import type { Result } from "../data/result";
import { YEAR_MAX, YEAR_MIN } from "../data/years";
import { excelError, toExcelError, type FunctionError } from "./errors";

/** An argument as Excel passes it. */
export type Arg = string | number | boolean | null | undefined;

export function omitted(arg: Arg): arg is null | undefined {
  return arg === null || arg === undefined || arg === "";
}

export function unwrap<T>(result: Result<T>): T | FunctionError {
  return result.ok ? result.value : toExcelError(result.error);
}

export function isError(value: unknown): value is FunctionError {
  return (
    value instanceof Error ||
    (typeof value === "object" && value !== null && "code" in value && !Array.isArray(value))
  );
}

/**
 * How a message names an argument: `The first year (from_year)`, or `The year` where the words
 * are the parameter's own name.
 */
export function argName(param: string, words = param): string {
  return words === param ? `The ${param}` : `The ${words} (${param})`;
}

/** A text argument (a number is taken as its digits), or #VALUE! saying what to type. */
export function textArg(arg: Arg, name: string, example: string): string | FunctionError {
  if (typeof arg === "number") return String(arg);
  if (typeof arg !== "string" || arg.trim() === "")
    return excelError("#VALUE!", `${name} must be text, such as ${example}.`);
  if (arg.length > MAX_QUERY_LENGTH)
    return excelError(
      "#VALUE!",
      `${name} is too long (${arg.length} characters); use at most ${MAX_QUERY_LENGTH}, such as ${example}.`
    );
  return arg;
}

export function whole(arg: Arg, name: string, example: string): number | FunctionError {
  const n =
    typeof arg === "number"
      ? arg
      : typeof arg === "string" && /^\s*\d+\s*$/.test(arg)
        ? Number(arg)
        : NaN;
  if (Number.isInteger(n)) return n;
  return excelError(
    "#VALUE!",
    `${name} must be a whole number, such as ${example}; got ${JSON.stringify(arg)}.`
  );
}

/** A year from 1991 to 2100, or #VALUE! naming the argument. */
export function yearArg(arg: Arg, name: string, example: string): number | FunctionError {
  const n = whole(arg, name, example);
  if (isError(n)) return n;
  if (n < YEAR_MIN || n > YEAR_MAX)
    return excelError(
      "#VALUE!",
      `${name} must be a whole year from ${YEAR_MIN} to ${YEAR_MAX}, such as ${example}; got ${n}.`
    );
  return n;
}

export function optionalYear(
  arg: Arg,
  name: string,
  example: string
): number | undefined | FunctionError {
  return omitted(arg) ? undefined : yearArg(arg, name, example);
}

export function flag(arg: Arg, name: string, fallback: boolean): boolean | FunctionError {
  if (omitted(arg)) return fallback;
  if (typeof arg === "boolean") return arg;
  if (arg === 1 || arg === 0) return arg === 1;
  if (typeof arg === "string" && /^(true|false)$/i.test(arg.trim()))
    return /^true$/i.test(arg.trim());
  return excelError("#VALUE!", `${name} must be TRUE or FALSE.`);
}

/** Units INVESTMENT can answer in, by the words users type for them. */
const UNITS: readonly [RegExp, number][] = [
  [/^(usd|\$|dollars?|units?|ones?)$/, 1],
  [/^(thousands?|k|usd ?k)$/, 1e3],
  [/^(millions?|m|mn|mln|usd ?m)$/, 1e6],
  [/^(billions?|bn|b|bln|usd ?bn)$/, 1e9],
];

export function unitDivisor(arg: Arg, name: string): number | FunctionError {
  if (omitted(arg)) return 1;
  const word = String(arg).trim().toLowerCase();
  const unit = UNITS.find(([re]) => re.test(word));
  return unit
    ? unit[1]
    : excelError(
        "#VALUE!",
        `${name} "${String(arg).slice(0, 40)}" is not known. Use "usd" (the default), "thousands", "millions" or "billions".`
      );
}
