/**
 * A table's filter and sort, kept across a refresh. Excel refuses to insert or delete rows of a
 * filtered table (InsertDeleteConflict, TableRowCollection.deleteRows) and writing values by
 * position under a filter is unreliable (office-js#224), so the refresh remembers the criteria,
 * clears them, writes, and applies them again; the sort is applied again last, which also puts
 * added rows in their place.
 * https://learn.microsoft.com/javascript/api/excel/excel.autofilter (ExcelApi 1.9: clearCriteria
 * "clears the filter criteria and sort state", hence the sort is read first)
 * https://learn.microsoft.com/javascript/api/excel/excel.tablesort (ExcelApi 1.2)
 *
 * Excel reads criteria back with `null` members and refuses them so when they are applied again
 * (InvalidArgument, https://github.com/OfficeDev/office-js/issues/1226), so criteria and sort
 * fields are applied without their null members; and a filter or sort Excel still refuses must not
 * fail the refresh: ./write puts each back in a request of its own and reports the ones refused.
 */

/** Table.autoFilter needs ExcelApi 1.9; without it a filter is left as it is. */
export const AUTOFILTER_SET = { set: "ExcelApi", version: "1.9" } as const;

export interface ViewState {
  readonly autoFilter?: Excel.AutoFilter;
  readonly sort: Excel.TableSort;
}

/** Queues the reads of the table's filter (where supported) and sort. */
export function readViewState(table: Excel.Table, autoFilter: boolean): ViewState {
  return {
    autoFilter: autoFilter ? table.autoFilter.load("isDataFiltered, criteria") : undefined,
    sort: table.sort.load("fields, matchCase"),
  };
}

function filtered(state: ViewState): boolean {
  return Boolean(state.autoFilter?.isDataFiltered);
}

/** Queues clearing the table's filter, if it has one, before any row is written. */
export function clearViewState(table: Excel.Table, state: ViewState): void {
  if (filtered(state)) table.autoFilter.clearCriteria();
}

/** Whether a column's criteria filter anything (an unfiltered column's entry does not). */
function filters(criteria: Excel.FilterCriteria | undefined): criteria is Excel.FilterCriteria {
  if (!criteria?.filterOn) return false;
  return Boolean(
    (criteria.values?.length ?? 0) > 0 ||
    criteria.criterion1 ||
    criteria.dynamicCriteria ||
    criteria.color ||
    criteria.icon
  );
}

/** A copy of `o` without its null and undefined members (office-js#1226). */
function withoutNulls<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== null && v !== undefined)
  ) as T;
}

/** Whether the table had a filter when it was read. */
function hasFilter(state: ViewState): boolean {
  return filtered(state);
}

/** Whether the table had a sort when it was read. */
function hasSort(state: ViewState): boolean {
  return (state.sort.fields ?? []).length > 0;
}

/** Queues applying the filter read before the write, without the criteria's null members. */
function restoreFilter(table: Excel.Table, state: ViewState): void {
  if (filtered(state))
    (state.autoFilter?.criteria ?? []).forEach((criteria, column) => {
      if (filters(criteria))
        table.autoFilter.apply(table.getRange(), column, withoutNulls(criteria));
    });
}

/** Queues applying the sort read before the write, without the fields' null members. */
function restoreSort(table: Excel.Table, state: ViewState): void {
  const fields = (state.sort.fields ?? []).map((f) => withoutNulls(f));
  if (fields.length > 0) table.sort.apply(fields, state.sort.matchCase ?? undefined);
}

/** Queues applying the filter and sort read before the write, after every row is written. */
export function restoreViewState(table: Excel.Table, state: ViewState): void {
  restoreFilter(table, state);
  restoreSort(table, state);
}

/**
 * Step 5 of a refresh: each table's filter, then its sort, applied again in a request of its own,
 * once every row is written and deleted. Excel may refuse one (office-js#1226, #3030): the data
 * is written by then, so the refusal is reported, not thrown.
 */
export async function restoreViews(
  tables: readonly { readonly table: Excel.Table; readonly viewState: ViewState }[],
  syncer: { sync(): Promise<unknown> }
): Promise<{ table: string; what: "filter" | "sort" }[]> {
  const refused: { table: string; what: "filter" | "sort" }[] = [];
  for (const { table, viewState } of tables) {
    const steps = [
      { what: "filter" as const, due: hasFilter(viewState), queue: restoreFilter },
      { what: "sort" as const, due: hasSort(viewState), queue: restoreSort },
    ];
    for (const step of steps) {
      if (!step.due) continue;
      try {
        step.queue(table, viewState);
        await syncer.sync();
      } catch {
        refused.push({ table: table.name, what: step.what });
      }
    }
  }
  return refused;
}
