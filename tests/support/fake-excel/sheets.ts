/**
 * Worksheets: cells by address, the used range, tables and charts on the sheet, frozen rows, and
 * protection: worksheet.protection.protected "specifies if the worksheet is protected", and
 * protect() "fails if the worksheet has already been protected"
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection).
 */
import { parseAddress } from "./address";
import { chartsProxy } from "./charts";
import { type SheetModel, TableModel } from "./model";
import { checkSheetName } from "./names";
import { rangeProxy, rectOf } from "./ranges";
import type { Session } from "./session";
import { tableProxy } from "./tables";

export function sheetProxy(
  session: Session,
  resolve: () => SheetModel | undefined
): Excel.Worksheet {
  const s = () => {
    const m = resolve();
    if (!m) throw new Error("ItemNotFound: the sheet does not exist");
    return m;
  };
  const sheet = session.proxy<Excel.Worksheet>(
    () => {
      const m = resolve();
      return { name: m?.name ?? "", id: m?.id ?? "" };
    },
    {
      getRange: (address: string) =>
        rangeProxy(session, () => {
          const a = parseAddress(address);
          return { sheet: s(), r0: a.r0, c0: a.c0, rows: a.r1 - a.r0 + 1, cols: a.c1 - a.c0 + 1 };
        }),
      getUsedRangeOrNullObject: () => {
        const used = rangeProxy(session, () => {
          const b = s().usedBounds() ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
          return { sheet: s(), r0: b.r0, c0: b.c0, rows: b.r1 - b.r0 + 1, cols: b.c1 - b.c0 + 1 };
        });
        Object.defineProperty(used, "isNullObject", {
          configurable: true,
          get: () => !resolve() || resolve()?.usedBounds() === undefined,
        });
        return used;
      },
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          let created: TableModel | undefined;
          session.op("tables.add", () => {
            s().assertEditable();
            const a = parseAddress(address);
            if (!hasHeaders) throw new Error("only tables with headers are modelled");
            const overlap = session.workbook.tables.some(
              (t) =>
                t.sheet === s() &&
                !(
                  a.r1 < t.row0 ||
                  a.r0 > t.row0 + t.height ||
                  a.c1 < t.col0 ||
                  a.c0 >= t.col0 + t.width
                )
            );
            if (overlap) throw new Error("InvalidArgument: a table cannot overlap another table");
            created = new TableModel(
              `Table${session.workbook.tables.length + 1}`,
              s(),
              a.r0,
              a.c0,
              a.c1 - a.c0 + 1,
              a.r1 - a.r0
            );
            session.workbook.tables.push(created);
          });
          return tableProxy(session, () => created);
        },
      },
      freezePanes: {
        freezeRows: (n: number) => session.op("freezeRows", () => (s().frozenRows = n)),
      },
      charts: chartsProxy(session, s),
      // Worksheet.activate: "Activate the worksheet in the Excel UI"; its own last selection
      // comes back with it (model.ts, SelectionModel).
      activate: () => session.op("sheet.activate", () => session.workbook.activate(s())),
      // Worksheet.delete: "Deletes the worksheet from the workbook"; a workbook keeps at least one
      // sheet, so deleting the last one fails (InvalidOperation), and its tables go with it.
      // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
      delete: () =>
        session.op("sheet.delete", () => {
          const m = s();
          const wb = session.workbook;
          if (wb.sheets.length === 1)
            throw new Error("InvalidOperation: a workbook keeps at least one sheet");
          wb.tables = wb.tables.filter((t) => t.sheet !== m);
          wb.sheets = wb.sheets.filter((x) => x !== m);
          if (wb.selection.sheet === m.name) wb.activate(wb.sheets[0]);
        }),
      protection: session.proxy<Excel.WorksheetProtection>(() => ({ protected: s().protected }), {
        protect: () =>
          session.op("protection.protect", () => {
            if (s().protected) throw new Error("InvalidOperation: the sheet is already protected");
            s().protected = true;
          }),
        unprotect: () => session.op("protection.unprotect", () => (s().protected = false)),
      }),
    },
    {
      name: (name: string) => {
        checkSheetName(name);
        const clash = session.workbook.sheet(name);
        if (clash && clash !== s())
          throw new Error(`ItemAlreadyExists: a sheet named ${name} exists`);
        if (session.workbook.selection.sheet === s().name) session.workbook.selection.sheet = name;
        s().name = name;
      },
    }
  );
  Object.defineProperty(sheet, "isNullObject", {
    configurable: true,
    get: () => resolve() === undefined,
  });
  return sheet;
}

/** The workbook's worksheets; loading "items/name" makes their names readable after a sync. */
export function worksheetsProxy(session: Session) {
  const worksheets = {
    items: [] as { name: string }[],
    loaded: false,
    load(what: string) {
      if (what !== "items/name" && what !== "items") throw new Error(`unexpected load ${what}`);
      worksheets.loaded = true;
    },
    getItemOrNullObject: (name: string) => sheetProxy(session, () => session.workbook.sheet(name)),
    getItem: (name: string) => sheetProxy(session, () => session.workbook.sheet(name)),
    add: (name: string) => {
      let created: SheetModel | undefined;
      session.op("worksheets.add", () => (created = session.workbook.addSheet(name)));
      return sheetProxy(session, () => created);
    },
  };
  session.onSync(() => {
    if (worksheets.loaded)
      worksheets.items = session.workbook.sheets.map((s) => ({ name: s.name }));
  });
  return worksheets;
}

/**
 * Workbook.notes (ExcelApi 1.18): add(cellAddress, content) puts a note on one cell; a cell that
 * already has a note refuses another, and a protected sheet refuses it.
 * https://learn.microsoft.com/javascript/api/excel/excel.notecollection#excel-excel-notecollection-add-member(1)
 */
export function notesProxy(session: Session) {
  return {
    add: (cell: Excel.Range, content: string) =>
      session.op(
        "notes.add",
        () => {
          const r = rectOf(cell);
          r.sheet.assertEditable();
          if (r.rows !== 1 || r.cols !== 1)
            throw new Error("InvalidArgument: a note goes on one cell");
          const existing = r.sheet.get(r.r0, r.c0);
          if (existing?.note) throw new Error("InvalidOperation: the cell already has a note");
          r.sheet.set(r.r0, r.c0, { ...(existing ?? { value: "" }), note: content });
        },
        content
      ),
  };
}
