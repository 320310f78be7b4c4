/**
 * The pane's two steps for sharing without the add-in, as outcomes with plain messages: how many
 * KZUZ formulas there are (for the confirmation), then the conversion itself.
 */
import { plural } from "../data/format";
import { day, said, sentences, type Said } from "./said";
import { convertKzuzFormulas, findKzuzFormulas, type Scope } from "./values";
import type { Outcome, Workbench } from "./workbench";

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/\s+/g, " ")
    .slice(0, 300);
}

const where = (scope: Scope) => (scope === "selection" ? "the selected cells" : "this workbook");

/** How many KZUZ formulas `scope` holds; fails with a plain message if Excel cannot say. */
export async function countKzuzFormulas(
  bench: Workbench,
  scope: Scope
): Promise<
  { ok: true; count: number; sheets: number } | { ok: false; message: string; said: Said }
> {
  try {
    const found = await findKzuzFormulas(bench.run, scope);
    return { ok: true, count: found.length, sheets: new Set(found.map((c) => c.sheet)).size };
  } catch (error) {
    const told = said(
      "data.excel.share.notRead",
      `Excel could not read ${where(scope)}: ${reason(error)}. Nothing was changed.${scope === "selection" ? " Select one block of cells, then try again." : ""}`,
      { scope, reason: reason(error) }
    );
    return { ok: false, message: told.message, said: told };
  }
}

/** Converts the KZUZ formulas of `scope` to values, listing their sources. */
export async function convertToValues(
  bench: Workbench,
  scope: Scope,
  now?: () => Date
): Promise<Outcome> {
  const { dataset } = bench.store.get();
  let result;
  try {
    result = await convertKzuzFormulas(bench.run, scope, dataset, {
      supports: bench.supports,
      now,
    });
  } catch (error) {
    const told = said(
      "data.excel.share.failed",
      `Excel could not convert the formulas: ${reason(error)}. Some may already be values; convert again to finish (formulas already converted are not touched again).`,
      { reason: reason(error) }
    );
    return { ok: false, message: told.message, said: told };
  }
  const { converted, skipped } = result;
  if (converted.length === 0 && skipped.length === 0) {
    const told = said(
      "data.excel.share.none",
      `There are no KZUZ formulas in ${where(scope)}. Nothing was changed.`,
      { scope }
    );
    return { ok: false, message: told.message, said: told };
  }
  const errors = [...new Set(skipped.map((c) => String(c.value)))].join(", ");
  const cells = `${skipped
    .slice(0, 3)
    .map((c) => `${c.sheet}!${c.cell}`)
    .join(", ")}${skipped.length > 3 ? "…" : ""}`;
  const left =
    skipped.length > 0
      ? said(
          "data.excel.share.skipped",
          `${plural(skipped.length, "formula")} showing an error (${errors}) ${skipped.length > 1 ? "were" : "was"} left as ${skipped.length > 1 ? "formulas" : "a formula"}: ${cells}. Wait for #BUSY! to clear, or fix the formula, then convert again.`,
          { count: skipped.length, errors, cells }
        )
      : undefined;
  const notes = result.notes ? "yes" : "no";
  const listed =
    converted.length > 0
      ? said(
          "data.excel.share.listed",
          `Each one's formula and dataset (${dataset.version}, as of ${dataset.asOf}) ${result.notes ? "is in a note on its cell and " : ""}is listed on the sheet ${result.sourcesSheet}.`,
          { version: dataset.version, asOf: day(dataset.asOf), notes, sheet: result.sourcesSheet }
        )
      : undefined;
  const main = said(
    "data.excel.share.converted",
    `${plural(converted.length, "KZUZ formula")} in ${where(scope)} ${converted.length === 1 ? "was" : "were"} replaced by ${converted.length === 1 ? "its value" : "their values"}.`,
    { count: converted.length, scope }
  );
  const told = sentences(main, listed, left);
  return converted.length > 0
    ? { ok: true, message: told.message, said: told, changes: [] }
    : { ok: false, message: told.message, said: told };
}
