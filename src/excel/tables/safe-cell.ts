import type { CellValue } from "../../data/views";

/** What is written to a cell: text or a number; "" leaves it empty. */
export type SafeValue = string | number;

/** Text Excel would read as a formula or a command: =, +, -, @, or a leading tab or carriage return. */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/**
 * A cell value made safe to write: formula-like text gets a leading apostrophe, which Excel keeps
 * as a text marker and does not show, so no text from the dataset becomes a formula.
 */
export function safeCell(value: CellValue): SafeValue {
  if (value === null) return "";
  if (typeof value === "string" && FORMULA_LIKE.test(value)) return `'${value}`;
  return value;
}
