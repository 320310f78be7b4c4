/**
 * What a table write did, in a sentence a user can check: "Projects: 2 updated, 1 added.
 * Trade: 2024 (pinkod.uz) revised $4.3 billion → $4.4 billion." Pure: no Office calls.
 * Each sentence is said with its catalogue id (src/excel/said.ts); table names, column headers
 * and the dataset's row names stay as Excel shows them.
 */
import { formatUsd, plural } from "../data/format";
import { tableOf, type CellValue, type View } from "../data/views";
import { joined, plain, said, sentences, type Said } from "./said";
import { STATUS_HEADER, type TableChange } from "./tables/plan";

/** A row's name for people: a project's name, "2024 (pinkod.uz)" for a trade figure... */
function rowLabel(view: View | undefined, id: string): string {
  const row = view?.rows.find((r) => r.id === id);
  if (!view || !row) return id;
  const cell = (key: string) => row.cells[view.columns.findIndex((c) => c.key === key)];
  return tableOf(view.key).rowName(cell, id);
}

function valueText(value: CellValue, header: string): Said {
  if (value === null || value === "") return said("data.excel.changes.blank", "blank");
  if (typeof value === "number")
    return /USD/.test(header)
      ? { message: formatUsd(value), amount: { value, usd: true } }
      : { message: value.toLocaleString("en-US"), amount: { value, usd: false } };
  return plain(`“${value}”`);
}

const MAX_DETAILS = 3;

/** Rows that left the dataset but stay because the user wrote in them, named. */
function keptSentence(
  change: TableChange,
  view: View | undefined,
  rowNoun: { one: string; many: string }
): Said | undefined {
  const n = change.kept.length;
  if (n === 0) return undefined;
  const names = change.kept.slice(0, MAX_DETAILS).map((id) => rowLabel(view, id));
  const more = n > MAX_DETAILS ? n - MAX_DETAILS : 0;
  const values = {
    count: n,
    part: change.key,
    names: names.join(", "),
    more,
    header: STATUS_HEADER,
  };
  return said(
    "data.excel.changes.kept",
    n === 1
      ? `1 ${rowNoun.one} is no longer in the dataset but was kept, because you wrote in its row: ${names[0]}; its "${STATUS_HEADER}" cell says so.`
      : `${n} ${rowNoun.many} are no longer in the dataset but were kept, because you wrote in their rows: ${names.join(", ")}${more > 0 ? ` and ${more} more` : ""}; their "${STATUS_HEADER}" cells say so.`,
    values
  );
}

/** The counts of one refreshed table: "2 updated, 1 added". */
function counts(change: TableChange): Said[] {
  const count = (id: string, n: number, english: string) =>
    n > 0 ? said(id, `${n} ${english}`, { count: n }) : undefined;
  return [
    count("data.excel.changes.updated", change.updated.length, "updated"),
    count("data.excel.changes.added", change.added.length, "added"),
    count("data.excel.changes.removed", change.removed.length, "removed"),
    count(
      "data.excel.changes.keptCount",
      change.kept.length,
      "kept though no longer in the dataset"
    ),
  ].filter((c): c is Said => c !== undefined);
}

/** One sentence per table, then up to three value changes, spelled out. */
export function tellChanges(changes: readonly TableChange[], views: readonly View[]): Said {
  const told: Said[] = [];
  const details: Said[] = [];
  for (const change of changes) {
    const { label, rowNoun } = tableOf(change.key);
    const view = views.find((v) => v.key === change.key);
    const part = change.key;
    if (change.created) {
      told.push(
        said(
          "data.excel.changes.created",
          `${label}: table ${change.tableName} inserted with ${plural(change.added.length, "row")}.`,
          { part, table: change.tableName, rows: change.added.length }
        )
      );
      continue;
    }
    const parts = counts(change);
    const list = joined(", ", parts);
    told.push(
      parts.length > 0
        ? said("data.excel.changes.counted", `${label}: ${list.message} (${rowNoun.many}).`, {
            part,
            counts: list,
          })
        : said("data.excel.changes.none", `${label}: no change.`, { part })
    );
    const columns = change.restoredColumns;
    if (columns.length > 0)
      told.push(
        said(
          "data.excel.changes.columnsBack",
          `Column${columns.length > 1 ? "s" : ""} ${columns.join(", ")} added back.`,
          { count: columns.length, columns: columns.join(", ") }
        )
      );
    told.push(...[keptSentence(change, view, rowNoun)].filter((k): k is Said => k !== undefined));
    const clashed = change.clashed;
    if (clashed.length > 0)
      told.push(
        said(
          "data.excel.changes.clashed",
          `Not added, because a row of yours already has the ID: ${clashed.join(", ")}; give your row another ID and refresh again to add ${clashed.length > 1 ? "them" : "it"}.`,
          { count: clashed.length, ids: clashed.join(", ") }
        )
      );
    for (const row of change.updated)
      for (const c of row.changes) {
        const name = rowLabel(view, row.id);
        const column = c.header.replace(/ \(USD\)$/, "").toLowerCase();
        const before = valueText(c.before, c.header);
        const after = valueText(c.after, c.header);
        details.push(
          said(
            "data.excel.changes.revised",
            `${name} ${column} revised ${before.message} → ${after.message}`,
            { row: name, column, before, after }
          )
        );
      }
  }
  if (details.length > 0) {
    const shown = joined("; ", details.slice(0, MAX_DETAILS));
    const more = Math.max(0, details.length - MAX_DETAILS);
    told.push(
      said(
        "data.excel.changes.details",
        `${shown.message}${more > 0 ? `; and ${plural(more, "more change")}` : ""}.`,
        { changes: shown, more }
      )
    );
  }
  return sentences(...told);
}

/** The same, in English. */
export function describeChanges(changes: readonly TableChange[], views: readonly View[]): string {
  return tellChanges(changes, views).message;
}
