/**
 * Tables: their rows and columns, names (unique in the workbook, as Excel requires) and styles.
 * A row added to a table shifts the cells below it down and takes the number format of the row
 * above, as in Excel.
 */
import { type CellModel, type Rect, type TableModel, writeValue } from "./model";
import { rangeProxy } from "./ranges";
import type { Session } from "./session";

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
    add: (_index: number | undefined, values: unknown[][]) =>
      session.op("rows.add", () => {
        const m = t();
        const n = values.length;
        const bottom = m.row0 + 1 + m.height; // first row below the table
        m.sheet.shiftRows(bottom, m.col0, m.width, n);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < m.width; j++) {
            // New table rows take the number format of the row above, as in Excel.
            const above = m.height > 0 ? m.sheet.get(bottom - 1, m.col0 + j)?.format : undefined;
            const blank: CellModel = above ? { value: "", format: above } : { value: "" };
            m.sheet.set(bottom + i, m.col0 + j, writeValue(blank, values[i][j]));
          }
        m.height += n;
      }),
    getItemAt: (i: number) => ({
      delete: () =>
        session.op("rows.delete", () => {
          const m = t();
          if (i >= m.height) throw new Error(`InvalidArgument: no row ${i}`);
          for (let j = 0; j < m.width; j++) m.sheet.set(m.row0 + 1 + i, m.col0 + j, undefined);
          m.sheet.shiftRows(m.row0 + 2 + i, m.col0, m.width, -1);
          m.height -= 1;
        }),
    }),
  };
  const columns = {
    add: (_index: number | undefined, _values: unknown, name: string) =>
      session.op("columns.add", () => {
        const m = t();
        m.sheet.shiftRows(m.row0, m.col0 + m.width, 1000, 0);
        m.sheet.set(m.row0, m.col0 + m.width, { value: name });
        m.width += 1;
      }),
    getItemAt: (j: number) => ({
      getRange: () =>
        rangeProxy(session, () => ({
          sheet: t().sheet,
          r0: t().row0,
          c0: t().col0 + j,
          rows: t().height + 1,
          cols: 1,
        })),
      getDataBodyRange: () => rangeProxy(session, () => ({ ...body(), c0: t().col0 + j, cols: 1 })),
    }),
    getItemOrNullObject: (name: string) => ({
      getDataBodyRange: () =>
        rangeProxy(session, () => ({
          ...body(),
          c0: t().col0 + t().headers().indexOf(name),
          cols: 1,
        })),
      getRange: () =>
        rangeProxy(session, () => ({
          sheet: t().sheet,
          r0: t().row0,
          c0: t().col0 + t().headers().indexOf(name),
          rows: t().height + 1,
          cols: 1,
        })),
    }),
  };
  const table = session.proxy<Excel.Table & { isNullObject: boolean }>(
    () => {
      const m = resolve();
      return { id: m?.id ?? "", name: m?.name ?? "", style: m?.style ?? "" };
    },
    {
      rows,
      columns,
      worksheet: { name: resolve()?.sheet.name ?? "" },
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
      delete: () => session.op("table.delete", () => session.workbook.deleteTable(t())),
    },
    {
      name: (name: string) => {
        const clash = session.workbook.table(name);
        if (clash && clash !== t())
          throw new Error(`InvalidArgument: a table named ${name} already exists`);
        t().name = name;
      },
      style: (style: string) => (t().style = style),
    }
  );
  Object.defineProperty(table, "isNullObject", {
    configurable: true,
    get: () => resolve() === undefined,
  });
  return table;
}
