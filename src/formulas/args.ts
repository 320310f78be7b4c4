/**
 * Checking arguments as Excel passes them (an omitted optional argument is null, undefined or "";
 * a number may come as text). A wrong argument gives #VALUE! whose message names the argument as
 * Excel's formula help shows it — the parameter names in functions.ts — with what to type.
 */
import { MAX_QUERY_LENGTH } from "../data/query/args";
import type { Result } from "../data/result";
import { YEAR_MAX, YEAR_MIN } from "../data/years";
import { message, type Message } from "../i18n/message";
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
 * The arguments messages name; the catalogue ("errors.functions.arg") says each as Excel's
 * formula help shows it, with the words for it.
 */
type ArgKey =
  | "name"
  | "project"
  | "record"
  | "unit"
  | "field"
  | "domain"
  | "year"
  | "reporter"
  | "firstYear"
  | "lastYear"
  | "startYear";

/**
 * How a message names an argument: `The first year (from_year)`, or `The year` where the words
 * are the parameter's own name.
 */
export function argName(key: ArgKey): Message {
  return message("errors.functions.arg", { arg: key });
}

/** Examples of what to type, as users type them in a formula: `"water" or "energy"`. */
export function oneOf(...words: [string, string] | [string, string, string]): Message {
  const [a, b, c] = words;
  return c === undefined
    ? { id: "errors.functions.example.two", values: { a, b } }
    : {
        id: "errors.functions.example.three",
        values: { a, b, c },
      };
}

/** A text argument (a number is taken as its digits), or #VALUE! saying what to type. */
export function textArg(arg: Arg, name: Message, example: Message): string | FunctionError {
  if (typeof arg === "number") return String(arg);
  if (typeof arg !== "string" || arg.trim() === "")
    return excelError("#VALUE!", {
      id: "errors.functions.text.missing",
      values: { arg: name, example },
    });
  if (arg.length > MAX_QUERY_LENGTH)
    return excelError("#VALUE!", {
      id: "errors.functions.text.tooLong",
      values: { arg: name, count: arg.length, max: String(MAX_QUERY_LENGTH), example },
    });
  return arg;
}

function whole(arg: Arg, name: Message, example: string): number | FunctionError {
  const n =
    typeof arg === "number"
      ? arg
      : typeof arg === "string" && /^\s*\d+\s*$/.test(arg)
        ? Number(arg)
        : NaN;
  if (Number.isInteger(n)) return n;
  const got = String(JSON.stringify(arg));
  return excelError("#VALUE!", {
    id: "errors.functions.whole",
    values: { arg: name, example, got },
  });
}

/** A year from 1991 to 2100, or #VALUE! naming the argument. */
export function yearArg(arg: Arg, name: Message, example: string): number | FunctionError {
  const n = whole(arg, name, example);
  if (isError(n)) return n;
  if (n < YEAR_MIN || n > YEAR_MAX)
    return excelError("#VALUE!", {
      id: "errors.functions.year",
      values: { arg: name, min: String(YEAR_MIN), max: String(YEAR_MAX), example, got: String(n) },
    });
  return n;
}

export function optionalYear(
  arg: Arg,
  name: Message,
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
  return excelError("#VALUE!", {
    id: "errors.functions.flag",
    values: { arg: name },
  });
}

/** Units INVESTMENT can answer in, by the words users type for them. */
const UNITS: readonly [RegExp, number][] = [
  [/^(usd|\$|dollars?|units?|ones?)$/, 1],
  [/^(thousands?|k|usd ?k)$/, 1e3],
  [/^(millions?|m|mn|mln|usd ?m)$/, 1e6],
  [/^(billions?|bn|b|bln|usd ?bn)$/, 1e9],
];

export function unitDivisor(arg: Arg, name: Message): number | FunctionError {
  if (omitted(arg)) return 1;
  const word = String(arg).trim().toLowerCase();
  const unit = UNITS.find(([re]) => re.test(word));
  const typed = String(arg).slice(0, 40);
  return unit
    ? unit[1]
    : excelError("#VALUE!", {
        id: "errors.functions.unit",
        values: { arg: name, unit: typed },
      });
}
