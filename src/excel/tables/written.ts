/**
 * Whether the user wrote in a row of ours, the test that decides if a row leaving the dataset is
 * deleted or kept (marked). Pure, like ./plan. Counted as writing (reliability review G3, G3b):
 * - a value typed in one of the user's own columns;
 * - a formula there, unless it is the column's calculated formula: the one most rows of the
 *   column hold, compared with cell references made relative to their row (as Excel's R1C1
 *   notation shows a formula filled down a column), since a calculated column fills every row;
 * - text in one of our note-like columns other than what the add-in wrote there.
 */
import type { CellValue, View } from "../../data/views";
import { cellText, type TableContents } from "./plan";

/** Our columns of free text a user may annotate in place: their edits count as writing in a row. */
const NOTE_LIKE = new Set(["note", "context"]);

/**
 * A formula with its relative cell references written relative to its row ("=C5*2" on row 5 and
 * "=C6*2" on row 6 both read "=C[0]*2"), so that a formula filled down a column is the same on
 * every row, as Excel's R1C1 notation shows it. Text in quotes is left alone.
 */
export function relativeForm(formula: string, row: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(\$?[A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
            (_, col: string, abs: string, r: string) =>
              abs ? `${col}$${r}` : `${col}[${Number(r) - row}]`
          )
    )
    .join("");
}

const isFormula = (f: unknown) => typeof f === "string" && f.startsWith("=");

/** For each row of `table`, by index: whether the user wrote in it. */
export function writtenIn(
  view: View,
  table: TableContents,
  where: {
    /** The user's columns, and where each of our view's columns is (-1: missing). */
    userColumns: readonly number[];
    found: readonly number[];
    /** Each row's ID, as read. */
    ids: readonly string[];
    /** Our rows' cells as the add-in last wrote them, by ID (unknown: not compared). */
    previous?: ReadonlyMap<string, readonly CellValue[]>;
  }
): (row: number) => boolean {
  const rows = table.rows;
  const formulaAt = (r: number, c: number) => isFormula(table.formulas?.[r]?.[c]);
  const formulaText = (r: number, c: number) => String(table.formulas?.[r]?.[c] ?? "");
  const calculated = new Map(
    where.userColumns.map((c) => {
      const counts = new Map<string, number>();
      rows.forEach((_, r) => {
        if (!formulaAt(r, c)) return;
        const f = relativeForm(formulaText(r, c), r);
        counts.set(f, (counts.get(f) ?? 0) + 1);
      });
      const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
      return [c, count * 2 > rows.length && rows.length > 1 ? top : undefined];
    })
  );
  const notes = view.columns.flatMap((col, i) =>
    NOTE_LIKE.has(col.key) && where.found[i] >= 0 ? [{ at: where.found[i], i }] : []
  );
  return (r) =>
    where.userColumns.some((c) =>
      formulaAt(r, c)
        ? relativeForm(formulaText(r, c), r) !== calculated.get(c)
        : cellText(rows[r][c]) !== ""
    ) ||
    notes.some(({ at, i }) => {
      // Only where what the add-in wrote is known (a row it kept earlier is no longer in force).
      const before = where.previous?.get(where.ids[r]);
      return before !== undefined && cellText(rows[r][at]) !== cellText(before[i] ?? "");
    });
}
