/**
 * The dataset's tables, listed once. Views, the Excel writers, the workbook's settings, change
 * summaries and both pane views all read this list: a new table is one entry here plus the
 * module that turns its records into cells.
 */
import type { Index } from "../query";
import type { Agreement, Project, TradeObservation } from "../schema";
import { AGREEMENT_COLUMNS, agreementCells } from "./agreements";
import type { CellValue, Column, ViewRow } from "./cells";
import type { ViewKey } from "./keys";
import { PROJECT_COLUMNS, projectCells } from "./projects";
import { SOURCE_COLUMNS, sourceRowCells } from "./sources";
import { TARGET_COLUMNS, targetCells } from "./targets";
import { TRADE_COLUMNS, tradeCells } from "./trade";

interface TableEntry {
  readonly key: ViewKey;
  /** The part's short name on tabs, buttons and in change summaries: "Projects". */
  readonly label: string;
  /** What the table holds, in a few words: "Joint projects". */
  readonly title: string;
  /** What one row is, and several: "trade figure", "trade figures". */
  readonly rowNoun: { readonly one: string; readonly many: string };
  /** The Excel table's name, used in formulas: =SUM(KZUZ_Projects[Investment (USD)]). */
  readonly tableName: string;
  /** The sheet a new table goes on. */
  readonly sheetName: string;
  readonly columns: readonly Column[];
  /** Every record of the dataset as a row, in the dataset's order. */
  rows(index: Index): ViewRow[];
  /** A row's name for people, from its cells: a project's name, "2024 (pinkod.uz)"... */
  rowName(cell: (columnKey: string) => CellValue, id: string): string;
}

function rowsOf<T extends { id: string }>(
  records: readonly T[],
  cells: (record: T) => CellValue[]
): ViewRow[] {
  return records.map((r) => ({ id: r.id, cells: cells(r) }));
}

/** In the order the task pane lists them. */
export const TABLES = [
  {
    key: "projects",
    label: "Projects",
    title: "Joint projects",
    rowNoun: { one: "project", many: "projects" },
    tableName: "KZUZ_Projects",
    sheetName: "KZUZ Projects",
    columns: PROJECT_COLUMNS,
    rows: (index) => rowsOf(index.dataset.projects, (p) => projectCells(index, p)),
    rowName: (cell, id) => String(cell("name") ?? id),
  },
  {
    key: "agreements",
    label: "Agreements",
    title: "Agreements",
    rowNoun: { one: "agreement", many: "agreements" },
    tableName: "KZUZ_Agreements",
    sheetName: "KZUZ Agreements",
    columns: AGREEMENT_COLUMNS,
    rows: (index) => rowsOf(index.dataset.agreements, (a) => agreementCells(index, a)),
    rowName: (cell, id) => String(cell("title") ?? id),
  },
  {
    key: "trade",
    label: "Trade",
    title: "Bilateral trade",
    rowNoun: { one: "trade figure", many: "trade figures" },
    tableName: "KZUZ_Trade",
    sheetName: "KZUZ Trade",
    columns: TRADE_COLUMNS,
    rows: (index) => rowsOf(index.dataset.trade.observations, (o) => tradeCells(index, o)),
    rowName: (cell) => `${cell("year")} (${cell("reporter")})`,
  },
  {
    key: "targets",
    label: "Targets",
    title: "Trade targets",
    rowNoun: { one: "target", many: "targets" },
    tableName: "KZUZ_Targets",
    sheetName: "KZUZ Targets",
    columns: TARGET_COLUMNS,
    rows: (index) => rowsOf(index.dataset.targets, (t) => targetCells(index, t)),
    // Its year (or horizon): said "the target for 2030" in the reader's language by who names it
    // (outside.record.target, data.excel.summary's targetRow).
    rowName: (cell, id) => String(cell("year") ?? cell("horizon") ?? id),
  },
  {
    key: "sources",
    label: "Sources",
    title: "Sources",
    rowNoun: { one: "source", many: "sources" },
    tableName: "KZUZ_Sources",
    sheetName: "KZUZ Sources",
    columns: SOURCE_COLUMNS,
    rows: (index) => rowsOf(index.dataset.sources, sourceRowCells),
    rowName: (cell, id) => String(cell("publisher") ?? id),
  },
] as const satisfies readonly TableEntry[];

export { VIEW_KEYS, type ViewKey } from "./keys";

/** The registry's entry for `key`. */
export function tableOf(key: ViewKey): TableEntry {
  const entry = TABLES.find((t) => t.key === key);
  if (!entry) throw new Error(`no table ${key} in the registry`);
  return entry;
}

export interface View {
  readonly key: ViewKey;
  /** What the table holds, in a few words: "Joint projects". */
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly ViewRow[];
}

function viewOf(key: ViewKey, rows: ViewRow[]): View {
  const { title, columns } = tableOf(key);
  return { key, title, columns, rows };
}

/** Every table as a view, in the order the task pane lists them. */
export function datasetViews(index: Index): View[] {
  return TABLES.map((t) => viewOf(t.key, t.rows(index)));
}

export function projectsView(
  index: Index,
  projects: readonly Project[] = index.dataset.projects
): View {
  return viewOf(
    "projects",
    rowsOf(projects, (p) => projectCells(index, p))
  );
}

export function agreementsView(
  index: Index,
  agreements: readonly Agreement[] = index.dataset.agreements
): View {
  return viewOf(
    "agreements",
    rowsOf(agreements, (a) => agreementCells(index, a))
  );
}

export function tradeView(
  index: Index,
  observations: readonly TradeObservation[] = index.dataset.trade.observations
): View {
  return viewOf(
    "trade",
    rowsOf(observations, (o) => tradeCells(index, o))
  );
}

/** The view's rows restricted to `keys`, with a header row first when `headers` is true. */
export function pick(view: View, keys: readonly string[], headers: boolean): CellValue[][] {
  const at = keys.map((k) => {
    const i = view.columns.findIndex((c) => c.key === k);
    if (i < 0) throw new Error(`unknown column ${k} in view ${view.key}`);
    return i;
  });
  const body = view.rows.map((r) => at.map((i) => r.cells[i]));
  return headers ? [at.map((i) => view.columns[i].header), ...body] : body;
}
