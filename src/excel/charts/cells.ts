/**
 * Cells the Dashboard writes, each with its number format, so that text from the dataset stays
 * text and the only formulas are the ones built here.
 */
import type { CellValue } from "../../data/views";
import { offsetColumn } from "../a1";
import { safeCell } from "../tables/safe-cell";

export interface Cell {
  readonly value: string | number;
  readonly format: string;
}

/** Dataset text, made safe: formula-like text stays text. */
export function textCell(value: CellValue): Cell {
  return { value: safeCell(value), format: "@" };
}

export const BLANK_CELL: Cell = { value: "", format: "General" };

/** A formula built here (never from dataset text). Throws on anything that is not one. */
export function formulaCell(formula: string, format: string): Cell {
  if (!formula.startsWith("=")) throw new Error(`not a formula: ${formula}`);
  return { value: formula, format };
}

export function numberCell(value: number, format: string): Cell {
  return { value, format };
}

/** Writes rows of cells from `column``row` on: number formats first, so text stays text. */
export function writeBlock(
  sheet: Excel.Worksheet,
  column: string,
  row: number,
  rows: readonly (readonly Cell[])[]
): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => [...r, ...Array<Cell>(width - r.length).fill(BLANK_CELL)]);
  const range = sheet.getRange(
    `${column}${row}:${offsetColumn(column, width - 1)}${row + rows.length - 1}`
  );
  range.numberFormat = grid.map((r) => r.map((c) => c.format));
  range.values = grid.map((r) => r.map((c) => c.value));
}

/** Writes one cell at an A1 address such as "F22". */
export function writeCell(sheet: Excel.Worksheet, address: string, cell: Cell): void {
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  writeBlock(sheet, column, Number(row), [[cell]]);
}

const LIST = new Intl.ListFormat("en-GB", { type: "conjunction" });

/** A list as "a, b and c". */
export function listText(items: readonly string[]): string {
  return LIST.format(items);
}
