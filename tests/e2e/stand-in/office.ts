/**
 * The stand-in office.js for the browser tests: Office answers as Excel on the web, the document's
 * settings live in memory, and Excel.run runs each batch against the fake workbook of the unit
 * tests (tests/support/fake-excel, with office-addin-mock), bundled for the browser by ./build.
 * The workbook is exposed as window.__kzuzWorkbook so the tests can check its state.
 *
 * Over the fake it adds what the pane reads of the selection, as Excel documents it: the selected
 * range and the active cell (Workbook.getSelectedRange, getActiveCell), with the tables at the
 * active cell and its row (Range.getTables, ExcelApi 1.9; getEntireRow, and
 * getIntersectionOrNullObject on a table's body, ExcelApi 1.4), and selection events
 * (Workbook.onSelectionChanged, ExcelApi 1.2; WorksheetCollection.onSelectionChanged, ExcelApi
 * 1.9; Office's DocumentSelectionChanged), which the test fires with window.__kzuzSelect(sheet,
 * address), as a user's click would. Like a new workbook in Excel, it starts with an empty Sheet1,
 * whose A1 is selected.
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.selectionchangedeventargs
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onselectionchanged-member
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-gettables-member(1)
 *
 * It claims ExcelApi up to 1.9 (the selection events); a test can make it claim less by setting
 * window.__kzuzExcelApi (e.g. "1.8") before it loads.
 */
import { createFakeExcel, WorkbookModel } from "../../support/fake-excel";
import { rectOf } from "../../support/fake-excel/ranges";
import type { Rect, TableModel } from "../../support/fake-excel/model";
import { columnLetter } from "../../../src/excel/a1";

// The fake measures what a request sends with Node's Buffer.byteLength; in the browser, the same
// count of UTF-8 bytes.
const g = globalThis as unknown as { Buffer?: { byteLength: (s: string) => number } };
g.Buffer ??= { byteLength: (s: string) => new TextEncoder().encode(s).length };

const settings = new Map<string, unknown>();
const workbook = new WorkbookModel();
workbook.addSheet("Sheet1");
const excel = createFakeExcel(workbook);

const selection = { sheet: "Sheet1", address: "A1" };
type Handler = (args: unknown) => unknown;
const excelHandlers = new Set<Handler>();
const sheetHandlers = new Set<Handler>();
const officeHandlers = new Set<Handler>();
const book = excel.context.workbook as unknown as Record<string, unknown>;
const selected = () =>
  excel.context.workbook.worksheets.getItem(selection.sheet).getRange(selection.address);
book.getSelectedRange = selected;
book.getActiveCell = () => {
  const cell = excel.context.workbook.worksheets
    .getItem(selection.sheet)
    .getRange(selection.address.split(":")[0]);
  // Range.formulas written as Excel reads it: the fake's values writer already reads a string
  // starting with "=" as a formula, and the pane writes only formulas here (the formula builder).
  const read = Object.getOwnPropertyDescriptor(cell, "formulas")?.get;
  Object.defineProperty(cell, "formulas", {
    configurable: true,
    get: () => read?.call(cell),
    set: (v: unknown[][]) => {
      cell.values = v as Excel.Range["values"];
    },
  });
  // Range.address as Excel gives a cell's: "Sheet1!B2", "'KZUZ Projects'!B2" (the fake gives
  // every range as "'Sheet1'!B2:B2").
  const readAddress = Object.getOwnPropertyDescriptor(cell, "address")?.get;
  Object.defineProperty(cell, "address", {
    configurable: true,
    get: () => cellAddress(String(readAddress?.call(cell))),
  });
  return Object.assign(cell, {
    getTables: (fullyContained = false) => tablesAt(cell, fullyContained),
    getEntireRow: () => {
      const row = rectOf(cell).r0 + 1;
      return sheetRange(rectOf(cell).sheet.name, `A${row}:XFD${row}`);
    },
  });
};

/** A cell's address as Excel writes it: the sheet quoted only where its name needs it. */
function cellAddress(fake: string): string {
  const m = /^'(.*)'!([A-Z]+\d+)(?::\2)?$/.exec(fake);
  if (!m) return fake;
  const name = m[1].replace(/''/g, "'");
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${m[1]}'`;
  return `${sheet}!${m[2]}`;
}

function sheetRange(sheet: string, address: string): Excel.Range {
  return excel.context.workbook.worksheets.getItem(sheet).getRange(address);
}

function nullRange(sheet: string): Excel.Range {
  const range = sheetRange(sheet, "A1");
  Object.defineProperty(range, "isNullObject", { configurable: true, value: true });
  return range;
}

/** The part of `a` that `b` covers, or nothing. */
function intersection(a: Rect, b: Rect): Rect | undefined {
  if (a.sheet !== b.sheet) return undefined;
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r0 + a.rows, b.r0 + b.rows);
  const c1 = Math.min(a.c0 + a.cols, b.c0 + b.cols);
  return r0 < r1 && c0 < c1 ? { sheet: a.sheet, r0, c0, rows: r1 - r0, cols: c1 - c0 } : undefined;
}

/**
 * Range.getIntersectionOrNullObject on a range of the fake: "If no intersection is found, then
 * this method returns an object with its isNullObject property set to true."
 */
function withIntersection(range: Excel.Range): Excel.Range {
  return Object.assign(range, {
    getIntersectionOrNullObject: (other: Excel.Range) => {
      const common = intersection(rectOf(range), rectOf(other));
      if (!common) return nullRange(rectOf(range).sheet.name);
      const first = `${columnLetter(common.c0)}${common.r0 + 1}`;
      const last = `${columnLetter(common.c0 + common.cols - 1)}${common.r0 + common.rows}`;
      const found = sheetRange(common.sheet.name, `${first}:${last}`);
      Object.defineProperty(found, "isNullObject", { configurable: true, value: false });
      return found;
    },
  });
}

/**
 * Range.getTables(fullyContained): "Gets a scoped collection of tables that overlap with the
 * range"; with fullyContained, only tables wholly inside it. Its items are known after a sync
 * of a load, as with any collection.
 */
function tablesAt(range: Excel.Range, fullyContained: boolean) {
  const collection = {
    items: [] as unknown[],
    load: () => {
      afterSync.add(() => {
        const r = rectOf(range);
        collection.items = workbook.tables
          .filter((t) => {
            const whole: Rect = {
              sheet: t.sheet,
              r0: t.row0,
              c0: t.col0,
              rows: t.height + 1,
              cols: t.width,
            };
            const common = intersection(whole, r);
            return (
              common &&
              (!fullyContained || (common.rows === whole.rows && common.cols === whole.cols))
            );
          })
          .map(tableItem);
      });
      return collection;
    },
  };
  return collection;
}

/** A table of a loaded collection: its id and name read, its ranges the fake's. */
function tableItem(t: TableModel) {
  const table = excel.context.workbook.tables.getItemOrNullObject(t.id);
  return {
    id: t.id,
    name: t.name,
    getHeaderRowRange: () => table.getHeaderRowRange(),
    getDataBodyRange: () => withIntersection(table.getDataBodyRange()),
  };
}
(excel.context.workbook.worksheets as unknown as Record<string, unknown>).getActiveWorksheet = () =>
  excel.context.workbook.worksheets.getItem(selection.sheet);
book.onSelectionChanged = {
  add: (handler: Handler) => {
    excelHandlers.add(handler);
    return { remove: () => excelHandlers.delete(handler) };
  },
};

// What a batch asks of Excel is done at the context's sync: adding and removing a worksheet
// selection handler (before the fake's own operations), and filling loaded table collections
// (after them, so they see the batch's writes).
const beforeSync: (() => void)[] = [];
const afterSync = new Set<() => void>();
const fakeSync = excel.context.sync.bind(excel.context);
(excel.context as unknown as { sync: () => Promise<void> }).sync = async () => {
  for (const change of beforeSync.splice(0)) change();
  await fakeSync();
  const fills = [...afterSync];
  afterSync.clear();
  for (const fill of fills) fill();
};

/**
 * WorksheetCollection.onSelectionChanged (ExcelApi 1.9): the handler is called with
 * WorksheetSelectionChangedEventArgs; the EventHandlerResult it returns removes it, in the
 * request context it was added in
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events, "Remove an event
 * handler"). The stand-in has one context; Excel.run(context, batch) below runs in it.
 */
(excel.context.workbook.worksheets as unknown as Record<string, unknown>).onSelectionChanged = {
  add: (handler: Handler) => {
    beforeSync.push(() => sheetHandlers.add(handler));
    return {
      context: excel.context,
      remove: () => beforeSync.push(() => sheetHandlers.delete(handler)),
    };
  },
};

const w = window as unknown as Record<string, unknown>;
/** The highest ExcelApi version claimed. */
const claimed = typeof w.__kzuzExcelApi === "string" ? w.__kzuzExcelApi : "1.9";
w.__kzuzWorkbook = workbook;
/** How many worksheet selection handlers are in place. */
w.__kzuzSelectionHandlers = () => sheetHandlers.size;

/**
 * The task pane's visibility with the shared runtime (SharedRuntime 1.1):
 * Office.addin.onVisibilityModeChanged resolves to the function that removes its handler, and the
 * handler hears "Hidden" or "Taskpane"; the test hides and shows the pane with
 * window.__kzuzPaneVisible(visible), as closing and reopening it in Excel would.
 * https://learn.microsoft.com/javascript/api/office/office.addin#office-office-addin-onvisibilitymodechanged-member(1)
 */
type VisibilityHandler = (message: { visibilityMode: string }) => void;
const visibilityHandlers = new Set<VisibilityHandler>();
w.__kzuzPaneVisible = (visible: boolean) => {
  for (const h of [...visibilityHandlers]) h({ visibilityMode: visible ? "Taskpane" : "Hidden" });
};
w.__kzuzSettings = settings;
/** Selects `address` on `sheet`, as a click in Excel does, and raises the selection events. */
w.__kzuzSelect = async (sheet: string, address: string) => {
  selection.sheet = sheet;
  selection.address = address;
  for (const h of excelHandlers)
    await h({ workbook: excel.context.workbook, type: "SelectionChanged" });
  for (const h of [...sheetHandlers])
    await h({
      address,
      worksheetId: workbook.sheet(sheet)?.id,
      type: "WorksheetSelectionChanged",
    });
  for (const h of officeHandlers) await h({ type: "documentSelectionChanged" });
};
w.Office = {
  EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
  onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
  addin: {
    onVisibilityModeChanged: (handler: VisibilityHandler) => {
      visibilityHandlers.add(handler);
      return Promise.resolve(async () => void visibilityHandlers.delete(handler));
    },
  },
  context: {
    requirements: {
      // ExcelApi 1.7 (tables, charts) to 1.9 (selection events, Table.autoFilter); the fake
      // models neither spills (1.12) nor notes (1.18).
      // And SharedRuntime 1.1 (the pane's visibility).
      isSetSupported: (set: string, version: string) =>
        (set === "ExcelApi" && Number(version.split(".")[1]) <= Number(claimed.split(".")[1])) ||
        (set === "SharedRuntime" && version === "1.1"),
    },
    document: {
      settings: {
        get: (k: string) => settings.get(k),
        set: (k: string, v: unknown) => settings.set(k, v),
        remove: (k: string) => settings.delete(k),
        saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
      },
      addHandlerAsync: (_type: string, handler: Handler, cb?: (r: { status: string }) => void) => {
        officeHandlers.add(handler);
        cb?.({ status: "succeeded" });
      },
      removeHandlerAsync: (
        _type: string,
        options?: { handler?: Handler },
        cb?: (r: { status: string }) => void
      ) => {
        if (options?.handler) officeHandlers.delete(options.handler);
        else officeHandlers.clear();
        cb?.({ status: "succeeded" });
      },
    },
  },
};
w.Excel = {
  // Excel.run(batch) and Excel.run(context, batch), the latter for a handler's own context.
  run: <T>(
    first: Excel.RequestContext | ((context: Excel.RequestContext) => Promise<T>),
    batch?: (context: Excel.RequestContext) => Promise<T>
  ) => {
    if (typeof first === "function") return first(excel.context);
    if (first !== excel.context || !batch)
      return Promise.reject(new Error("InvalidArgument: not a request context of this workbook"));
    return batch(excel.context);
  },
};
