/**
 * A function's answer in words, for the builder's preview and "explain this cell": the amount
 * with its unit, the percentage a fraction stands for, the size of a table that spills, or the
 * error and its message, exactly as Excel will show it in the cell's tooltip. Written in the
 * translator's language, numbers the language's way.
 */
import type { ResultKind, Value } from "../../formulas/catalogue";
import type { Arg } from "../../formulas/compute";
import { englishTranslator, type MessageKey, type Translator } from "../../i18n/translator";

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

const UNIT_WORDS: Readonly<Record<string, MessageKey>> = {
  thousands: "formulas.value.inThousands",
  millions: "formulas.value.inMillions",
  billions: "formulas.value.inBillions",
};

/** The arguments that change how an answer reads: INVESTMENT's unit, a table's headers flag. */
interface ValueArgs {
  unit?: Arg;
  headers?: Arg;
}

/** The number as the cell holds it, in the language's decimal sign and no grouping: "0,497". */
function cellNumber(value: number, t: Translator): string {
  return t.number(value, { useGrouping: false, maximumFractionDigits: 15 });
}

/** The answer of a function returning `kind`. */
export function describeValue(
  value: Value,
  kind: ResultKind,
  { unit, headers }: ValueArgs = {},
  t: Translator = englishTranslator
): ValueText {
  if (isErrorValue(value)) return { kind: "error", code: value.code, message: value.message ?? "" };
  if (Array.isArray(value)) {
    const rows = value.length;
    const cols = value[0]?.length ?? 0;
    const noHeaders =
      headers === false || (typeof headers === "string" && /^false$/i.test(headers));
    return {
      kind: "value",
      text: noHeaders
        ? t.t("formulas.value.table", { rows, cols })
        : t.t("formulas.value.tableHeaders", { rows, cols }),
      note: t.t("formulas.value.spills"),
    };
  }
  if (isEntity(value)) {
    const fields = Object.keys(value.properties ?? {}).length;
    return {
      kind: "value",
      text: t.t("formulas.value.card", { name: value.text ?? "", fields }),
      note: t.t("formulas.value.cardNote"),
    };
  }
  if (typeof value === "number") {
    if (kind === "fraction")
      return {
        kind: "value",
        text: t.number(value, {
          style: "percent",
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }),
        note: t.t("formulas.value.fractionNote", { value: cellNumber(value, t) }),
      };
    if (kind === "usd") {
      const word = typeof unit === "string" ? unit.trim().toLowerCase() : "";
      if (word !== "" && !/^(usd|\$|dollars?)$/.test(word)) {
        const amount = value;
        const key = Object.prototype.hasOwnProperty.call(UNIT_WORDS, word)
          ? UNIT_WORDS[word]
          : undefined;
        return {
          kind: "value",
          text: key ? t.t(key, { amount }) : t.t("formulas.value.inUnit", { amount, unit: word }),
        };
      }
      return {
        kind: "value",
        text: t.usd(value),
        note: t.t("formulas.value.usdNote", { value: cellNumber(value, t) }),
      };
    }
    return { kind: "value", text: t.number(value) };
  }
  if (typeof value === "boolean") return { kind: "value", text: value ? "TRUE" : "FALSE" };
  return { kind: "value", text: String(value) };
}
