/**
 * The Dashboard's words: its cells (headings, key figures, chart data, notes, the charts'
 * descriptions) and the charts' names. Like the workbook's other words (./workbook.ts) they are
 * English in every language by design: the `dashboard` area of the English catalogue only
 * (messages/en/dashboard.json). An area of its own so that only the chart builders' chunk carries
 * it, not the start. Open to every layer like ./message.ts (eslint.config.mjs).
 */
import words from "./messages/en/dashboard.json";
import { fill } from "./workbook";

/** A Dashboard word's id (checked at compile time against the area). */
export type DashboardId = keyof typeof words;

/** The Dashboard's words for `id`, its `{name}` placeholders filled with `values` as they are. */
export function dashboardText(
  id: DashboardId,
  values: Readonly<Record<string, string | number>> = {}
): string {
  return fill(words, id, values);
}
