/**
 * Tables: their rows and columns, names (Excel's rules, names.ts), styles, filters and sorting
 * (filters.ts), and the onChanged event. A row added to a table shifts the cells below it down and
 * takes the number format of the row above; a column added shifts the cells to its right right
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-insert: "existing cells
 * move to accommodate the new empty cells"), and a header already used gets a number ("Name2").
 */
import {
  applyFilters,
  clearFilter,
  criteriaAsRead,
  refuseIfFiltered,
  setFilter,
  sortTable,
} from "./filters";
import { type CellModel, type FilterModel, type Rect, type TableModel, writeValue } from "./model";
import { checkTableName } from "./names";
import { rangeProxy } from "./ranges";
import type { Session, TableListener } from "./session";
import { sheetProxy } from "./sheets";

/**
 * TableRowCollection.add takes "a 2D array of unformatted values": boolean, string or number
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1));
 * null is documented only for ranges' 2-D arrays, so the fake refuses it here.
 */
function checkRowValues(values: unknown, width: number): unknown[][] {
  if (!Array.isArray(values) || values.some((row) => !Array.isArray(row)))
    throw new Error("InvalidArgument: rows.add takes a 2-D array of values");
  const rows = values as unknown[][];
  if (rows.some((row) => row.length !== width))
    throw new Error(`InvalidArgument: each row added must have ${width} cells`);
  if (rows.some((row) => row.some((c) => !["string", "number", "boolean"].includes(typeof c))))
    throw new Error(
      "InvalidArgument: rows.add takes boolean, string or number cells (null is not among them)"
    );
  return rows;
}

/** A header not yet used in the table: Excel numbers a duplicate ("Name" → "Name2"). */
function freeHeader(name: string, headers: string[]): string {
  const taken = new Set(headers.map((h) => h.toLowerCase()));
  let header = name;
  for (let k = 2; taken.has(header.toLowerCase()); k++) header = `${name}${k}`;
  return header;
}

export function tableProxy(session: Session, resolve: () => TableModel | undefined): Excel.Table {
  const t = () => {
    const model = resolve();
    if (!model) throw new Error("ItemNotFound: the table does not exist");
    return model;
  };
  const body = (): Rect => ({
    sheet: t().sheet,
    r0: t().row0 + 1,
    c0: t().col0,
    rows: t().height,
    cols: t().width,
  });
  const rows = {
    add: (index: number | undefined | null, values: unknown) =>
      session.op(
        "rows.add",
        () => {
          const m = t();
          m.sheet.assertEditable();
          refuseIfFiltered(m, "add rows");
          const added = checkRowValues(values, m.width);
          const at = index === undefined || index === null || index === -1 ? m.height : index;
          if (at < 0 || at > m.height) throw new Error(`InvalidArgument: no row ${at}`);
          const top = m.row0 + 1 + at;
          m.sheet.shiftRows(top, m.col0, m.width, added.length);
          const formatRow = at > 0 ? top - 1 : top + added.length;
          for (let i = 0; i < added.length; i++)
            for (let j = 0; j < m.width; j++) {
              // New table rows take the number format of the row above, as in Excel.
              const above = m.height > 0 ? m.sheet.get(formatRow, m.col0 + j)?.format : undefined;
              const blank: CellModel = above ? { value: "", format: above } : { value: "" };
              m.sheet.set(top + i, m.col0 + j, writeValue(blank, added[i][j]));
            }
          m.height += added.length;
        },
        values
      ),
    getItemAt: (i: number) => ({
      delete: () =>
        session.op("rows.delete", () => {
          const m = t();
          m.sheet.assertEditable();
          refuseIfFiltered(m, "delete rows");
          if (i >= m.height) throw new Error(`InvalidArgument: no row ${i}`);
          for (let j = 0; j < m.width; j++) m.sheet.set(m.row0 + 1 + i, m.col0 + j, undefined);
          m.sheet.shiftRows(m.row0 + 2 + i, m.col0, m.width, -1);
          m.height -= 1;
        }),
    }),
  };
  const columnAt = (index: () => number) => ({
    // TableColumn.delete: "Deletes the column from the table"; the table's cells to its right
    // move left (https://learn.microsoft.com/javascript/api/excel/excel.tablecolumn#excel-excel-tablecolumn-delete-member(1)).
    delete: () =>
      session.op("columns.delete", () => {
        const m = t();
        const c = index();
        m.sheet.assertEditable();
        if (c < 0 || c >= m.width) throw new Error(`InvalidArgument: no column ${c}`);
        if (m.width === 1) throw new Error("InvalidOperation: a table keeps at least one column");
        for (let r = 0; r <= m.height; r++) m.sheet.set(m.row0 + r, m.col0 + c, undefined);
        m.sheet.shiftColumns(m.col0 + c + 1, m.row0, m.height + 1, -1);
        m.width -= 1;
        const filters = [...m.filters].flatMap(([k, f]): [number, FilterModel][] =>
          k === c ? [] : [[k > c ? k - 1 : k, f]]
        );
        m.filters = new Map(filters);
      }),
    getRange: () =>
      rangeProxy(session, () => ({
        sheet: t().sheet,
        r0: t().row0,
        c0: t().col0 + index(),
        rows: t().height + 1,
        cols: 1,
      })),
    getDataBodyRange: () =>
      rangeProxy(session, () => ({ ...body(), c0: t().col0 + index(), cols: 1 })),
    filter: session.proxy<Excel.Filter>(
      () => ({ criteria: criteriaAsRead(t().filters.get(index())) }),
      {
        apply: (criteria: FilterModel) =>
          session.op("filter.apply", () => setFilter(t(), index(), criteria)),
        applyValuesFilter: (values: string[]) =>
          session.op("filter.apply", () => setFilter(t(), index(), { filterOn: "Values", values })),
        clear: () => session.op("filter.clear", () => clearFilter(t(), index())),
      }
    ),
  });
  const byName = (name: string) => () => {
    const c = t().headers().indexOf(name);
    if (c < 0) throw new Error(`ItemNotFound: no column ${name}`);
    return c;
  };
  const columns = {
    add: (_index: number | undefined, _values: unknown, name: string) =>
      session.op("columns.add", () => {
        const m = t();
        m.sheet.assertEditable();
        // Cells to the right of the table, in its rows, move right to make room.
        m.sheet.shiftColumns(m.col0 + m.width, m.row0, m.height + 1, 1);
        m.sheet.set(m.row0, m.col0 + m.width, { value: freeHeader(name, m.headers()) });
        m.width += 1;
      }),
    getItemAt: (j: number) => columnAt(() => j),
    getItem: (name: string) => columnAt(byName(name)),
    getItemOrNullObject: (name: string) => columnAt(byName(name)),
  };
  const autoFilter = session.proxy<Excel.AutoFilter>(
    () => {
      const m = t();
      return {
        enabled: true,
        isDataFiltered: m.filters.size > 0,
        criteria: Array.from({ length: m.width }, (_, c) => criteriaAsRead(m.filters.get(c))),
      };
    },
    {
      apply: (_range: unknown, columnIndex?: number, criteria?: FilterModel) =>
        session.op("autoFilter.apply", () => {
          if (columnIndex !== undefined && criteria) setFilter(t(), columnIndex, criteria);
        }),
      clearCriteria: () => session.op("autoFilter.clearCriteria", () => clearFilter(t())),
      clearColumnCriteria: (c: number) =>
        session.op("autoFilter.clearColumnCriteria", () => clearFilter(t(), c)),
      reapply: () => session.op("autoFilter.reapply", () => applyFilters(t())),
    }
  );
  const sort = session.proxy<Excel.TableSort>(
    () => ({ fields: t().sortFields, matchCase: false }),
    {
      apply: (fields: Excel.SortField[]) => session.op("sort.apply", () => sortTable(t(), fields)),
      clear: () => session.op("sort.clear", () => (t().sortFields = [])),
      reapply: () =>
        session.op("sort.reapply", () => {
          if (t().sortFields.length > 0) sortTable(t(), t().sortFields);
        }),
    }
  );
  const onChanged = {
    add: (handler: TableListener) => {
      session.op("onChanged.add", () => session.listen(t(), handler));
      return { remove: () => session.op("onChanged.remove", () => session.unlisten(handler)) };
    },
  };
  let worksheet: Excel.Worksheet | undefined;
  const table = session.proxy<Excel.Table & { isNullObject: boolean }>(
    () => {
      const m = resolve();
      return { id: m?.id ?? "", name: m?.name ?? "", style: m?.style ?? "" };
    },
    {
      rows,
      columns,
      autoFilter,
      sort,
      onChanged,
      getRange: () =>
        rangeProxy(session, () => ({
          sheet: t().sheet,
          r0: t().row0,
          c0: t().col0,
          rows: t().height + 1,
          cols: t().width,
        })),
      getHeaderRowRange: () =>
        rangeProxy(session, () => ({
          sheet: t().sheet,
          r0: t().row0,
          c0: t().col0,
          rows: 1,
          cols: t().width,
        })),
      getDataBodyRange: () => rangeProxy(session, body),
      clearFilters: () => session.op("table.clearFilters", () => clearFilter(t())),
      delete: () =>
        session.op("table.delete", () => {
          t().sheet.assertEditable();
          session.workbook.deleteTable(t());
        }),
    },
    {
      name: (name: string) => {
        const m = t();
        m.sheet.assertEditable();
        const others = session.workbook.tables.filter((x) => x !== m).map((x) => x.name);
        checkTableName(name, [...others, ...session.workbook.names]);
        m.name = name;
      },
      style: (style: string) => {
        t().sheet.assertEditable();
        t().style = style;
      },
    }
  );
  Object.defineProperty(table, "worksheet", {
    configurable: true,
    get: () => (worksheet ??= sheetProxy(session, () => resolve()?.sheet)),
  });
  Object.defineProperty(table, "isNullObject", {
    configurable: true,
    get: () => resolve() === undefined,
  });
  return table;
}
