/**
 * A table's body as the refresh planner (../tables/plan-refresh) should see it when some of its
 * cells are cards. Range.values reads a card as #VALUE! (its basic value,
 * https://learn.microsoft.com/javascript/api/excel/excel.entitycellvalue), which the planner would
 * take for a changed value and overwrite with text. So a KZUZ card in one of our card columns
 * reads as the value the view has for its row (unchanged text: the cards pass, ./write, decides
 * what changed in the card and reports its fields), or, for a row the view no longer has, as the
 * card's own text. Any other cell, a user's card included, is read as it is. Pure.
 */
import { cardRecordOf } from "../../data/cards/record-card";
import type { View } from "../../data/views";
import { cellText } from "../tables/plan";

export function withCardText(
  view: View,
  header: readonly unknown[],
  values: readonly (readonly unknown[])[],
  json: readonly (readonly unknown[])[] | undefined,
  cardHeaders: readonly string[] | undefined
): unknown[][] {
  const headers = header.map(cellText);
  const idHeader = view.columns.find((c) => c.kind === "id")?.header ?? "ID";
  const idAt = headers.indexOf(idHeader);
  const columns = (cardHeaders ?? [])
    .map((h) => ({ at: headers.indexOf(h), viewAt: view.columns.findIndex((c) => c.header === h) }))
    .filter((c) => c.at >= 0 && c.viewAt >= 0);
  if (!json || columns.length === 0 || idAt < 0) return values.map((r) => [...r]);
  const byId = new Map(view.rows.map((r) => [r.id, r]));
  return values.map((row, r) => {
    const out = [...row];
    for (const { at, viewAt } of columns) {
      const cell = json[r]?.[at];
      if (!cardRecordOf(cell)) continue;
      const viewRow = byId.get(cellText(row[idAt]));
      out[at] = viewRow ? (viewRow.cells[viewAt] ?? "") : (cell as { text: string }).text;
    }
    return out;
  });
}
