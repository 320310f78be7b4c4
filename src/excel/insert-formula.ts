/**
 * Writing a formula into the selected cell, for the formula builder. A cell that holds anything
 * is never overwritten unless the user confirmed that very cell with that very content: the first
 * call reports what is there, and the second, given the address and content the user was shown,
 * writes only if the selection is still on that cell and it still holds that (reliability review
 * G10: a cell changed while the question was open is asked about again).
 */

/** What the user agreed to overwrite: the cell, and what it held when they were asked. */
export interface Confirmed {
  readonly address: string;
  readonly content: string;
}

export type InsertResult =
  /** Written; `address` as Excel gives it ("Sheet1!B2"). */
  | { kind: "written"; address: string }
  /** Not written: the cell holds `content` (its formula or constant). */
  | { kind: "occupied"; address: string; content: string }
  /** Not written: the selection moved away from the cell the user confirmed. */
  | { kind: "moved"; address: string };

/**
 * Writes `formula` into the active cell (Workbook.getActiveCell: ExcelApi 1.7) through
 * Range.formulas, so Excel reads it as a formula in its English syntax whatever the locale.
 * `replace` is the cell and content the user agreed to overwrite.
 */
export async function insertFormula(
  context: Excel.RequestContext,
  formula: string,
  replace?: Confirmed
): Promise<InsertResult> {
  if (!formula.startsWith("=")) throw new Error(`not a formula: ${formula}`);
  const cell = context.workbook.getActiveCell();
  cell.load("address, formulas");
  await context.sync();
  const address = cell.address;
  const content = String(cell.formulas[0][0] ?? "");
  if (replace !== undefined && replace.address !== address) return { kind: "moved", address };
  const agreed = replace !== undefined && replace.content === content;
  if (content !== "" && !agreed) return { kind: "occupied", address, content };
  cell.formulas = [[formula]];
  await context.sync();
  return { kind: "written", address };
}
