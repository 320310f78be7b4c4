/**
 * A function's answer in words, for the builder's preview and "explain this cell": the amount
 * with its unit, the percentage a fraction stands for, the size of a table that spills, or the
 * error and its message, exactly as Excel will show it in the cell's tooltip.
 */
import { formatPercent, formatUsd } from "../../data/format";
import type { ResultKind, Value } from "../../functions/catalogue";
import type { Arg } from "../../functions/compute";

export type ValueText =
  { kind: "value"; text: string; note?: string } | { kind: "error"; code: string; message: string };

function isErrorValue(value: unknown): value is { code: string; message?: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    "code" in value &&
    typeof (value as { code: unknown }).code === "string"
  );
}

function isEntity(value: unknown): value is Excel.EntityCellValue {
  return (
    typeof value === "object" && value !== null && (value as { type?: unknown }).type === "Entity"
  );
}

const UNIT_WORDS: Readonly<Record<string, string>> = {
  thousands: "thousand US dollars",
  millions: "million US dollars",
  billions: "billion US dollars",
};

/** The arguments that change how an answer reads: INVESTMENT's unit, a table's headers flag. */
export interface ValueArgs {
  unit?: Arg;
  headers?: Arg;
}

/** The answer of a function returning `kind`. */
export function describeValue(
  value: Value,
  kind: ResultKind,
  { unit, headers }: ValueArgs = {}
): ValueText {
  if (isErrorValue(value)) return { kind: "error", code: value.code, message: value.message ?? "" };
  if (Array.isArray(value)) {
    const rows = value.length;
    const cols = value[0]?.length ?? 0;
    const noHeaders =
      headers === false || (typeof headers === "string" && /^false$/i.test(headers));
    return {
      kind: "value",
      text: `A table of ${rows} ${rows === 1 ? "row" : "rows"} × ${cols} ${cols === 1 ? "column" : "columns"}${noHeaders ? "" : ", the first row headers"}.`,
      note: "It spills down and right from the cell: leave those cells empty.",
    };
  }
  if (isEntity(value)) {
    const fields = Object.keys(value.properties ?? {}).length;
    return {
      kind: "value",
      text: `${value.text}: a card with ${fields} fields and the sources.`,
      note: "Click the card icon in the cell to see it.",
    };
  }
  if (typeof value === "number") {
    if (kind === "fraction")
      return {
        kind: "value",
        text: formatPercent(value),
        note: `The cell holds ${value}: format it as a percentage.`,
      };
    if (kind === "usd") {
      const word = typeof unit === "string" ? unit.trim().toLowerCase() : "";
      if (word !== "" && !/^(usd|\$|dollars?)$/.test(word))
        return {
          kind: "value",
          text: `${value.toLocaleString("en-US")} ${UNIT_WORDS[word] ?? `US dollars, in the unit "${word}"`}`,
        };
      return {
        kind: "value",
        text: formatUsd(value),
        note: `The cell holds ${value} (US dollars).`,
      };
    }
    return { kind: "value", text: value.toLocaleString("en-US") };
  }
  if (typeof value === "boolean") return { kind: "value", text: value ? "TRUE" : "FALSE" };
  return { kind: "value", text: String(value) };
}
