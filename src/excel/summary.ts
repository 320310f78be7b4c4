/**
 * What a table write did, in a sentence a user can check: "Projects: 2 updated, 1 added.
 * Trade: 2024 (pinkod.uz) revised $4.3 billion → $4.4 billion." Pure: no Office calls.
 */
import { formatUsd, plural } from "../data/format";
import { tableOf, type CellValue, type View } from "../data/views";
import { STATUS_HEADER, type TableChange } from "./tables/plan";

/** A row's name for people: a project's name, "2024 (pinkod.uz)" for a trade figure... */
function rowLabel(view: View | undefined, id: string): string {
  const row = view?.rows.find((r) => r.id === id);
  if (!view || !row) return id;
  const cell = (key: string) => row.cells[view.columns.findIndex((c) => c.key === key)];
  return tableOf(view.key).rowName(cell, id);
}

function valueText(value: CellValue, header: string): string {
  if (value === null || value === "") return "blank";
  if (typeof value === "number" && /USD/.test(header)) return formatUsd(value);
  return typeof value === "number" ? value.toLocaleString("en-US") : `“${value}”`;
}

const MAX_DETAILS = 3;

/** Rows that left the dataset but stay because the user wrote in them, named. */
function keptSentence(
  change: TableChange,
  view: View | undefined,
  rowNoun: { one: string; many: string }
): string {
  const n = change.kept.length;
  if (n === 0) return "";
  const names = change.kept.slice(0, MAX_DETAILS).map((id) => rowLabel(view, id));
  const more = n > MAX_DETAILS ? ` and ${n - MAX_DETAILS} more` : "";
  return n === 1
    ? ` 1 ${rowNoun.one} is no longer in the dataset but was kept, because you wrote in its row: ${names[0]}; its "${STATUS_HEADER}" cell says so.`
    : ` ${n} ${rowNoun.many} are no longer in the dataset but were kept, because you wrote in their rows: ${names.join(", ")}${more}; their "${STATUS_HEADER}" cells say so.`;
}

/** One sentence per table, then up to three value changes, spelled out. */
export function describeChanges(changes: readonly TableChange[], views: readonly View[]): string {
  const sentences: string[] = [];
  const details: string[] = [];
  for (const change of changes) {
    const { label, rowNoun } = tableOf(change.key);
    const view = views.find((v) => v.key === change.key);
    if (change.created) {
      sentences.push(
        `${label}: table ${change.tableName} inserted with ${plural(change.added.length, "row")}.`
      );
      continue;
    }
    const parts = [
      change.updated.length > 0 ? `${change.updated.length} updated` : "",
      change.added.length > 0 ? `${change.added.length} added` : "",
      change.removed.length > 0 ? `${change.removed.length} removed` : "",
      change.kept.length > 0 ? `${change.kept.length} kept though no longer in the dataset` : "",
    ].filter(Boolean);
    const extra = [
      change.restoredColumns.length > 0
        ? ` Column${change.restoredColumns.length > 1 ? "s" : ""} ${change.restoredColumns.join(", ")} added back.`
        : "",
      keptSentence(change, view, rowNoun),
      change.clashed.length > 0
        ? ` Not added, because a row of yours already has the ID: ${change.clashed.join(", ")}; give your row another ID and refresh again to add ${change.clashed.length > 1 ? "them" : "it"}.`
        : "",
    ].join("");
    sentences.push(
      `${label}: ${parts.length > 0 ? `${parts.join(", ")} (${rowNoun.many})` : "no change"}.${extra}`
    );
    for (const row of change.updated)
      for (const c of row.changes)
        details.push(
          `${rowLabel(view, row.id)} ${c.header.replace(/ \(USD\)$/, "").toLowerCase()} revised ${valueText(c.before, c.header)} → ${valueText(c.after, c.header)}`
        );
  }
  const shown = details.slice(0, MAX_DETAILS);
  const more =
    details.length > MAX_DETAILS
      ? `; and ${plural(details.length - MAX_DETAILS, "more change")}`
      : "";
  return [...sentences, shown.length > 0 ? `${shown.join("; ")}${more}.` : ""]
    .filter(Boolean)
    .join(" ");
}
