/**
 * The pane's two steps for sharing without the add-in, as outcomes with plain messages: how many
 * KZUZ formulas there are (for the confirmation), then the conversion itself.
 */
import * as M from "./messages";
import { sentences, type Message } from "../i18n/message";
import {
  ShareProtectedError,
  ShareWriteError,
  convertKzuzFormulas,
  findKzuzFormulas,
  type Scope,
} from "./values";
import type { Outcome, Workbench } from "./workbench";

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/\s+/g, " ")
    .slice(0, 300);
}

/** How many KZUZ formulas `scope` holds; fails with a plain message if Excel cannot say. */
export async function countKzuzFormulas(
  bench: Workbench,
  scope: Scope
): Promise<{ ok: true; count: number; sheets: number } | { ok: false; said: Message }> {
  try {
    const found = await findKzuzFormulas(bench.run, scope, bench.supports);
    return { ok: true, count: found.length, sheets: new Set(found.map((c) => c.sheet)).size };
  } catch (error) {
    const told = M.shareNotRead(scope, reason(error));
    return { ok: false, said: told };
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
    const told =
      error instanceof ShareProtectedError
        ? M.shareProtected(error.sheets.join(", "))
        : error instanceof ShareWriteError && error.listedOn !== undefined
          ? M.shareFailedListed(reason(error), error.listedOn)
          : M.shareFailed(reason(error));
    return { ok: false, said: told };
  }
  const { converted, skipped } = result;
  if (converted.length === 0 && skipped.length === 0) {
    const told = M.shareNone(scope);
    return { ok: false, said: told };
  }
  const errors = [...new Set(skipped.map((c) => String(c.value)))].join(", ");
  const cells = `${skipped
    .slice(0, 3)
    .map((c) => `${c.sheet}!${c.cell}`)
    .join(", ")}${skipped.length > 3 ? "…" : ""}`;
  const left = skipped.length > 0 ? M.shareSkipped(skipped.length, errors, cells) : undefined;
  const listed =
    converted.length > 0
      ? M.shareListed(dataset.version, dataset.asOf, result.notes, result.sourcesSheet)
      : undefined;
  const main = M.shareConverted(converted.length, scope);
  const told = sentences(main, listed, left);
  return converted.length > 0 ? { ok: true, said: told, changes: [] } : { ok: false, said: told };
}
