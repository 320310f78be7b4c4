/**
 * How Excel reads a value written through Range.values (or typed into a cell), so the fake turns
 * written strings into what Excel would store:
 * - a leading apostrophe marks text: the cell holds the rest, without the apostrophe;
 * - "=", "+" or "-" start a formula ("If the returned value starts with a plus ("+"), minus ("-"),
 *   or equal sign ("="), Excel interprets this value as a formula", Range.values,
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
 *   "-5" and "+5" are numbers, as typed into a cell;
 * - otherwise Excel checks the text against known input patterns (dates, numbers, percentages,
 *   TRUE/FALSE) and stores what they mean, else keeps it as text
 *   (https://learn.microsoft.com/office/client-developer/excel/excel-worksheet-and-expression-evaluation);
 *   ISO dates ("YYYY-MM-DD") become date serials, locale-shaped ones stay text (Range.values);
 * - a cell formatted "@" (Text) keeps what is written as text (the apostrophe still marks text).
 * "@" at the start of text is read as a formula too (Excel's implicit-intersection operator, and
 * how spreadsheet-injection guidance treats it): stricter than the documented "=", "+", "-".
 */

export interface ReadValue {
  value: string | number | boolean;
  formula?: string;
}

/** What a formula cell shows in the fake: formulas are not evaluated. */
export const FORMULA_RESULT = "#CALC";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Days since 1899-12-30: Excel's date serial (1900 date system). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function isoDate(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return dateSerial(year, month, day);
}

export function coerce(value: string | number | boolean, format?: string): ReadValue {
  if (typeof value !== "string") return { value };
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (format === "@") return { value };
  const text = value.trim();
  if (NUMBER.test(text)) return { value: Number(text) };
  if (PERCENT.test(text)) return { value: Number(text.slice(0, -1)) / 100 };
  if (/^(TRUE|FALSE)$/i.test(text)) return { value: text.toUpperCase() === "TRUE" };
  const serial = isoDate(text);
  if (serial !== undefined) return { value: serial };
  if (/^[=+\-@]/.test(value))
    return { value: FORMULA_RESULT, formula: value.startsWith("=") ? value : `=${value}` };
  return { value };
}
