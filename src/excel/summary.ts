/**
 * What a table write did, in a sentence a user can check: "Projects: 2 updated, 1 added.
 * Trade: 2024 (pinkod.uz) revised $4.3 billion → $4.4 billion." Pure: no Office calls.
 * Each sentence is said with its catalogue id (src/i18n/message.ts); table names, column headers
 * and the dataset's row names stay as Excel shows them.
 */
import type { Dataset, LocalizedName } from "../data/schema";
import { tableOf, type CellValue, type View } from "../data/views";
import * as M from "./messages";
import { joined, localized, plain, sentences, type Message } from "../i18n/message";
import { STATUS_HEADER, type TableChange } from "./tables/plan";

/**
 * A row's name for people: a project's name (in the reader's language where the dataset has
 * it), "2024 (pinkod.uz)" for a trade figure, "the target for 2030"...
 */
function rowLabel(view: View | undefined, id: string, dataset?: Dataset): Message {
  const row = view?.rows.find((r) => r.id === id);
  if (!view || !row) return plain(id);
  const cell = (key: string) => row.cells[view.columns.findIndex((c) => c.key === key)];
  const english = tableOf(view.key).rowName(cell, id);
  if (view.key === "targets") return M.targetRow(String(cell("year") ?? cell("horizon") ?? id));
  let name: LocalizedName | undefined;
  if (view.key === "projects") name = dataset?.projects.find((p) => p.id === id)?.name;
  if (view.key === "agreements") name = dataset?.agreements.find((a) => a.id === id)?.title;
  // The dataset's English is what the table shows; other languages come from the dataset.
  return name && name.en === english ? localized(name) : plain(english);
}

function valueText(value: CellValue, header: string): Message {
  if (value === null || value === "") return M.blank();
  if (typeof value === "number") return M.amount(value, /USD/.test(header));
  return plain(`“${value}”`);
}

const MAX_DETAILS = 3;

/** Rows that left the dataset but stay because the user wrote in them, named. */
function keptSentence(
  change: TableChange,
  view: View | undefined,
  dataset?: Dataset
): Message | undefined {
  const n = change.kept.length;
  if (n === 0) return undefined;
  const names = change.kept.slice(0, MAX_DETAILS).map((id) => rowLabel(view, id, dataset));
  return M.kept(change.key, names, n, STATUS_HEADER);
}

/** The counts of one refreshed table: "2 updated, 1 added". */
function counts(change: TableChange): Message[] {
  return [
    change.updated.length > 0 ? M.updatedCount(change.updated.length) : undefined,
    change.added.length > 0 ? M.addedCount(change.added.length) : undefined,
    change.removed.length > 0 ? M.removedCount(change.removed.length) : undefined,
    change.kept.length > 0 ? M.keptCount(change.kept.length) : undefined,
  ].filter((c): c is Message => c !== undefined);
}

/** One sentence per table, then up to three value changes, spelled out. */
export function tellChanges(
  changes: readonly TableChange[],
  views: readonly View[],
  dataset?: Dataset
): Message {
  const told: (Message | undefined)[] = [];
  const details: Message[] = [];
  for (const change of changes) {
    const view = views.find((v) => v.key === change.key);
    if (change.created) {
      told.push(M.created(change.key, change.tableName, change.added.length));
      continue;
    }
    const parts = counts(change);
    told.push(
      parts.length > 0 ? M.counted(change.key, joined(", ", parts)) : M.noChange(change.key)
    );
    if (change.restoredColumns.length > 0) told.push(M.columnsBack(change.restoredColumns));
    told.push(keptSentence(change, view, dataset));
    if (change.clashed.length > 0) told.push(M.clashed(change.clashed));
    for (const row of change.updated)
      for (const c of row.changes)
        details.push(
          M.revised(
            rowLabel(view, row.id, dataset),
            c.header.replace(/ \(USD\)$/, "").toLowerCase(),
            valueText(c.before, c.header),
            valueText(c.after, c.header)
          )
        );
  }
  if (details.length > 0)
    told.push(
      M.details(
        joined("; ", details.slice(0, MAX_DETAILS)),
        Math.max(0, details.length - MAX_DETAILS)
      )
    );
  return sentences(...told);
}
