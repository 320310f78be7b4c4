/**
 * Table filters and sorting, as Excel applies them:
 * - a filter hides the body rows whose cells do not match, and nothing is re-evaluated when values
 *   change until the filter is applied again (AutoFilter.reapply);
 * - AutoFilter.clearCriteria "clears the filter criteria and sort state of the AutoFilter"
 *   (https://learn.microsoft.com/javascript/api/excel/excel.autofilter);
 * - TableSort.apply reorders the body rows; TableSort.clear "doesn't modify the table's ordering, it
 *   clears the state of the header buttons" (https://learn.microsoft.com/javascript/api/excel/excel.tablesort);
 * - while a filter is applied, table rows cannot be inserted or deleted: Excel documents
 *   InsertDeleteConflict for TableRowCollection.deleteRows/deleteRowsAt on a filtered table
 *   (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection); the fake applies it
 *   to every row insert and delete, the stricter reading, since the others are undocumented.
 * - AutoFilter.criteria reads back each column's FilterCriteria with every member present, `null`
 *   where unset, and AutoFilter.apply / Filter.apply refuse criteria holding a `null` member with
 *   InvalidArgument ("The argument is invalid or missing or has an incorrect format"):
 *   https://github.com/OfficeDev/office-js/issues/1226 ("FilterCriteria objects with invalid null
 *   properties": criteria read from autoFilter.criteria cannot be applied again as they are).
 */
import type { FilterModel, SortFieldModel, TableModel } from "./model";

/** Excel.FilterCriteria's members, in the order Excel returns them. */
const CRITERIA_MEMBERS = [
  "color",
  "criterion1",
  "criterion2",
  "dynamicCriteria",
  "filterOn",
  "icon",
  "operator",
  "subField",
  "values",
] as const;

/** A column's criteria as Excel reads them back: every member, null where unset. */
export function criteriaAsRead(filter: FilterModel | undefined): Record<string, unknown> {
  const source = (filter ?? {}) as Record<string, unknown>;
  return Object.fromEntries(CRITERIA_MEMBERS.map((m) => [m, source[m] ?? null]));
}

function text(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}

/** Whether a cell passes one custom criterion such as ">50", "=x", "<>y" ("*" matches anything). */
function passes(cell: unknown, criterion: string): boolean {
  const m = /^(>=|<=|<>|>|<|=)?(.*)$/.exec(criterion) as RegExpExecArray;
  const op = m[1] ?? "=";
  const operand = m[2];
  if (op === "=" || op === "<>") {
    const pattern = new RegExp(
      `^${operand.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`,
      "i"
    );
    return pattern.test(text(cell)) === (op === "=");
  }
  const [a, b] = [Number(cell), Number(operand)];
  if (typeof cell !== "number" || Number.isNaN(b)) return false;
  return op === ">" ? a > b : op === "<" ? a < b : op === ">=" ? a >= b : a <= b;
}

function matches(cell: unknown, filter: FilterModel): boolean {
  if (filter.filterOn === "Values") return (filter.values ?? []).includes(text(cell));
  if (filter.filterOn === "Custom") {
    const first = passes(cell, filter.criterion1 ?? "");
    if (filter.criterion2 === undefined) return first;
    const second = passes(cell, filter.criterion2);
    return filter.operator === "Or" ? first || second : first && second;
  }
  throw new Error(`InvalidArgument: the fake does not model filterOn ${filter.filterOn}`);
}

/** Hides the body rows that fail the table's filters and shows the others, as Excel does on apply. */
export function applyFilters(t: TableModel): void {
  const rows = t.rows();
  for (let r = 0; r < t.height; r++) {
    const hidden = [...t.filters].some(([c, f]) => !matches(rows[r][c], f));
    if (hidden) t.sheet.hiddenRows.add(t.row0 + 1 + r);
    else t.sheet.hiddenRows.delete(t.row0 + 1 + r);
  }
}

export function setFilter(t: TableModel, column: number, criteria: FilterModel): void {
  t.sheet.assertEditable();
  if (column < 0 || column >= t.width) throw new Error(`InvalidArgument: no column ${column}`);
  if (!criteria?.filterOn) throw new Error("InvalidArgument: the criteria need filterOn");
  const nulls = Object.entries(criteria).filter(([, v]) => v === null);
  if (nulls.length > 0)
    throw new Error(
      `InvalidArgument: the criteria's ${nulls.map(([k]) => k).join(", ")} ${nulls.length > 1 ? "are" : "is"} null (office-js#1226)`
    );
  t.filters.set(column, { ...criteria });
  applyFilters(t);
}

export function clearFilter(t: TableModel, column?: number): void {
  t.sheet.assertEditable();
  if (column === undefined) {
    t.filters.clear();
    t.sortFields = [];
  } else t.filters.delete(column);
  applyFilters(t);
}

export function refuseIfFiltered(t: TableModel, what: string): void {
  if (t.filters.size > 0)
    throw new Error(`InsertDeleteConflict: cannot ${what} while the table ${t.name} is filtered`);
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  // Excel sorts numbers before text, and text without regard to case.
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return text(a).localeCompare(text(b), "en", { sensitivity: "base" });
}

/** Sorts the body rows (every cell of the table's columns moves with its row). */
export function sortTable(t: TableModel, fields: SortFieldModel[]): void {
  t.sheet.assertEditable();
  if (fields.length === 0 || fields.some((f) => f.key < 0 || f.key >= t.width))
    throw new Error("InvalidArgument: sort fields must name columns of the table");
  const cells = Array.from({ length: t.height }, (_, r) =>
    Array.from({ length: t.width }, (_, c) => t.sheet.get(t.row0 + 1 + r, t.col0 + c))
  );
  const order = cells
    .map((row, r) => ({ row, r }))
    .sort((x, y) => {
      for (const f of fields) {
        const d = compare(x.row[f.key]?.value ?? "", y.row[f.key]?.value ?? "");
        if (d !== 0) return f.ascending === false ? -d : d;
      }
      return x.r - y.r;
    });
  order.forEach(({ row }, r) =>
    row.forEach((cell, c) => t.sheet.set(t.row0 + 1 + r, t.col0 + c, cell))
  );
  t.sortFields = fields.map((f) => ({ ...f }));
  applyFilters(t);
}
