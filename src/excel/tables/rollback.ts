/**
 * Putting refreshed tables back exactly as the refresh read them, when Excel stopped part-way
 * through the write (step 3 of ./write, before any row was deleted): Excel has no transactions and
 * may have applied part of the request: rows appended blank by rows.add, columns added back, formats
 * set on blank cells, values written (reliability review G1, R1). Every table is read again (its
 * size and ID column); if its first rows still carry the IDs the refresh read, what the write added
 * (columns at the right end, rows at the bottom) is removed and the cells of our columns get their
 * number formats, then their values and formulas, then their links, as read. The user's columns
 * are left alone: the write never touched them.
 */
import { cellText, isLinkable, type RefreshPlan } from "./plan";
import { bytesOf, chunks } from "./chunks";
import { clearViewState, restoreViewState, type ViewState } from "./filters";

/** A table's body as the refresh read it, before anything was written. */
export interface BodyRead {
  readonly header: readonly unknown[];
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly idColumn: number;
}

interface RollBackTarget {
  readonly table: Excel.Table;
  readonly plan: RefreshPlan;
  readonly viewState: ViewState;
  readonly read: BodyRead;
}

/**
 * What to write back into a cell so Excel stores what it held: its formula; a constant as itself,
 * text behind an apostrophe (Excel's mark for text, not kept in the cell) so that "2025-11-15" or
 * "=x" in a General cell stays text.
 */
export function writtenBack(value: unknown, formula: unknown): string | number | boolean {
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  if (isFormula) return formula;
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = value === null || value === undefined ? "" : String(value);
  return text === "" ? "" : `'${text}`;
}

/** Returns false if a table changed under the write or Excel refused: then it may be partly written. */
export async function rollBack(
  context: Excel.RequestContext,
  targets: readonly RollBackTarget[],
  maxBytes: number
): Promise<boolean> {
  if (targets.length === 0) return true;
  try {
    const now = targets.map(({ table, read }) => ({
      header: table.getHeaderRowRange().load("values"),
      body: table.getDataBodyRange().load("rowCount"),
      ids:
        read.idColumn >= 0
          ? table.getDataBodyRange().getColumn(read.idColumn).load("values")
          : undefined,
    }));
    await context.sync();
    const unchanged = targets.every(({ read }, i) => {
      const header = now[i].header.values[0] ?? [];
      const ids = now[i].ids?.values ?? [];
      const rows = read.formulas.length;
      return (
        header.length >= read.header.length &&
        read.header.every((h, c) => cellText(h) === cellText(header[c])) &&
        now[i].body.rowCount >= rows &&
        read.formulas.every(
          (r, k) => read.idColumn < 0 || cellText(r[read.idColumn]) === cellText(ids[k]?.[0])
        )
      );
    });
    if (!unchanged) return false;
    let queued = 0;
    const room = async (bytes: number) => {
      if (queued > 0 && queued + bytes > maxBytes) {
        await context.sync();
        queued = 0;
      }
      queued += bytes;
    };
    for (const [i, { table, plan, viewState, read }] of targets.entries()) {
      const width = read.header.length;
      const rows = read.formulas.length;
      clearViewState(table, viewState);
      const widthNow = now[i].header.values[0]?.length ?? width;
      for (let c = widthNow - 1; c >= width; c--) table.columns.getItemAt(c).delete();
      const extra = now[i].body.rowCount - rows;
      // The rows appended at the bottom, as one run (Range.delete, see ./deletes).
      if (extra > 0)
        table
          .getDataBodyRange()
          .getRow(rows)
          .getResizedRange(extra - 1, 0)
          .delete("Up");
      if (rows === 0) continue;
      const body = table.getDataBodyRange();
      for (const block of plan.blocks) {
        const cols = Math.min(block.width, width - block.column);
        if (cols <= 0) continue;
        const slice = (grid: readonly (readonly unknown[])[]) =>
          grid.map((r) => r.slice(block.column, block.column + cols));
        const formats = slice(read.numberFormat);
        const values = slice(read.values);
        const formulas = slice(read.formulas);
        const back = values.map((r, k) => r.map((v, j) => writtenBack(v, formulas[k][j])));
        for (const chunk of chunks(back, maxBytes / 2)) {
          const n = chunk.rows.length;
          const fmt = formats.slice(chunk.start, chunk.start + n);
          await room(bytesOf(chunk.rows) + bytesOf(fmt));
          const range = body.getCell(chunk.start, block.column).getResizedRange(n - 1, cols - 1);
          range.numberFormat = fmt as string[][];
          range.formulas = chunk.rows;
        }
      }
      for (const link of plan.links) {
        const url = link.row < rows ? read.values[link.row]?.[link.column] : undefined;
        if (isLinkable(url as string)) {
          await room(bytesOf([[url, url]]));
          body.getCell(link.row, link.column).hyperlink = {
            address: url as string,
            textToDisplay: url as string,
          };
        }
      }
      restoreViewState(table, viewState);
    }
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
