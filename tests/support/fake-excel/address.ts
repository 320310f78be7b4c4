/** A1 addresses: parsed into zero-based rows and columns, and written back for a rectangle. */
import { columnLetter } from "../../../src/excel/a1";
import type { Rect } from "./model";

/** The zero-based index of a column's letters ("A" → 0, "AA" → 26). */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The corners of "B2", "B2:D9", "$B$2:$D$9" or "'Sheet'!B2:D9" (the sheet part is ignored). */
export function parseAddress(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(
    address.replace(/\$/g, "").replace(/^.*!/, "")
  );
  if (!m) throw new Error(`bad address ${address}`);
  return {
    r0: Number(m[2]) - 1,
    c0: columnIndex(m[1]),
    r1: Number(m[4] ?? m[2]) - 1,
    c1: columnIndex(m[3] ?? m[1]),
  };
}

/** The address Excel reports for a range: "'Sheet'!B2:D9". */
export function addressOf(rect: Rect): string {
  const first = `${columnLetter(rect.c0)}${rect.r0 + 1}`;
  const last = `${columnLetter(rect.c0 + rect.cols - 1)}${rect.r0 + rect.rows}`;
  return `'${rect.sheet.name}'!${first}:${last}`;
}
