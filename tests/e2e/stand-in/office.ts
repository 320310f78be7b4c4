/**
 * The stand-in office.js for the browser tests: Office answers as Excel on the web, the document's
 * settings live in memory, and Excel.run runs each batch against the fake workbook of the unit
 * tests (tests/support/fake-excel, with office-addin-mock), bundled for the browser by ./build.
 * The workbook is exposed as window.__kzuzWorkbook so the tests can check its state.
 *
 * Over the fake it adds what the pane reads of the selection, as Excel documents it: the selected
 * range and the active cell (Workbook.getSelectedRange, getActiveCell), and selection events
 * (Workbook.onSelectionChanged, ExcelApi 1.2; Office's DocumentSelectionChanged), which the test
 * fires with window.__kzuzSelect(sheet, address), as a user's click would. Like a new workbook in
 * Excel, it starts with an empty Sheet1, whose A1 is selected.
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.selectionchangedeventargs
 */
import { createFakeExcel, WorkbookModel } from "../../support/fake-excel";

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
  return cell;
};
(excel.context.workbook.worksheets as unknown as Record<string, unknown>).getActiveWorksheet = () =>
  excel.context.workbook.worksheets.getItem(selection.sheet);
book.onSelectionChanged = {
  add: (handler: Handler) => {
    excelHandlers.add(handler);
    return { remove: () => excelHandlers.delete(handler) };
  },
};

const w = window as unknown as Record<string, unknown>;
w.__kzuzWorkbook = workbook;
w.__kzuzSettings = settings;
/** Selects `address` on `sheet`, as a click in Excel does, and raises the selection events. */
w.__kzuzSelect = async (sheet: string, address: string) => {
  selection.sheet = sheet;
  selection.address = address;
  for (const h of excelHandlers)
    await h({ workbook: excel.context.workbook, type: "SelectionChanged" });
  for (const h of officeHandlers) await h({ type: "documentSelectionChanged" });
};
w.Office = {
  EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
  onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
  context: {
    requirements: {
      // ExcelApi 1.7 (tables, charts) and 1.8; the fake models neither spills (1.12) nor notes (1.18).
      isSetSupported: (set: string, version: string) =>
        set === "ExcelApi" && Number(version.split(".")[1]) <= 8,
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
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(excel.context),
};
