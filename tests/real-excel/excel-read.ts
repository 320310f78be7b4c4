/** Reading back what Excel holds, for the scenarios' checks. Nothing here writes. */
import type { ViewRow } from "./addin";

export type Value = string | number | boolean;

/** A table as Excel shows it: its headers and body rows. */
export interface TableContent {
  headers: string[];
  rows: Value[][];
}

/** The table named `name`, or undefined if the workbook has none by that name. */
export async function readTable(name: string): Promise<TableContent | undefined> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    await context.sync();
    if (table.isNullObject) return undefined;
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values");
    await context.sync();
    // Every KZUZ table holds rows in these scenarios, so the body is never Excel's one empty row.
    return { headers: header.values[0].map(String), rows: body.values as Value[][] };
  });
}

/** The position in the body of the row whose `ID` column holds `id`, or -1. */
export function rowIndex(table: TableContent, id: string): number {
  const at = table.headers.indexOf("ID");
  return table.rows.findIndex((r) => String(r[at]) === id);
}

/** The row of `table` whose `ID` column holds `id`, as header → value. */
export function rowById(table: TableContent, id: string): Record<string, Value> | undefined {
  const row = table.rows[rowIndex(table, id)];
  if (!row) return undefined;
  return Object.fromEntries(table.headers.map((h, i) => [h, row[i]]));
}

/** The values of the `ID` column, in order. */
export function ids(table: TableContent): string[] {
  const at = table.headers.indexOf("ID");
  return table.rows.map((r) => String(r[at]));
}

/** A cell as the add-in meant it (CellValue) and as Excel reads it back, on one footing. */
function same(meant: string | number | null, read: Value | undefined): boolean {
  // Strictly typed: Excel turning written text into a number or a date serial is a difference.
  return read === (meant ?? "");
}

/**
 * The first difference between the dataset rows `expected` (with their column headers) and the
 * table: a row missing, or a cell not what the add-in wrote under that row's ID. Rows of the
 * user's and columns of the user's are not compared. Undefined if every dataset row matches.
 */
export function firstMismatch(
  table: TableContent,
  headers: readonly string[],
  expected: readonly ViewRow[]
): string | undefined {
  for (const row of expected) {
    const read = rowById(table, row.id);
    if (!read) return `row ${row.id} is missing`;
    for (let c = 0; c < headers.length; c++) {
      if (!same(row.cells[c], read[headers[c]]))
        return `row ${row.id}, ${headers[c]}: expected ${JSON.stringify(row.cells[c])}, Excel has ${JSON.stringify(read[headers[c]])}`;
    }
  }
  return undefined;
}
