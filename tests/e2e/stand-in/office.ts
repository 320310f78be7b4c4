/**
 * The stand-in office.js for the browser tests: Office answers as Excel on the web, the document's
 * settings live in memory, and Excel.run runs each batch against the fake workbook of the unit
 * tests (tests/support/fake-excel, with office-addin-mock), bundled for the browser by ./build.
 * The workbook is exposed as window.__kzuzWorkbook so the tests can check its state.
 */
import { createFakeExcel, WorkbookModel } from "../../support/fake-excel";

const settings = new Map<string, unknown>();
const workbook = new WorkbookModel();
const excel = createFakeExcel(workbook);

const w = window as unknown as Record<string, unknown>;
w.__kzuzWorkbook = workbook;
w.__kzuzSettings = settings;
w.Office = {
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
    },
  },
};
w.Excel = {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(excel.context),
};
