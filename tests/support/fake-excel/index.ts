/**
 * A small Excel for tests: a workbook model (model.ts) behind an Office.js-shaped API (ranges,
 * tables, sheets, charts), so the code under test meets the same rules as in Excel: properties
 * must be loaded and synced before they are read, and writes are queued and applied, in order,
 * at context.sync() (session.ts). Each sync is counted, and a sync can be made to fail part-way
 * to test that failures leave the workbook as it was.
 *
 * Where Excel has rules that matter to the add-in, the fake keeps them, each with a test citing
 * Microsoft's documentation (fake-excel-fidelity.test.ts): how written strings are read
 * (coerce.ts), sheet and table names (names.ts), filters and sorting (filters.ts), sheet
 * protection, the 5 MB request limit of Excel on the web, and edits by someone else landing
 * between two syncs (between, during) with the tables' onChanged events.
 *
 * Only the parts of the Excel API that src/excel uses are modelled. The simulated Excel host of
 * the browser tests (../excel-host) drives these same objects from office.js's wire requests, so
 * one model of Excel stands behind both suites.
 */
import { linkedDomainsProxy } from "./linked";
import { WorkbookModel } from "./model";
import { Session } from "./session";
import { notesProxy, worksheetsProxy } from "./sheets";
import { tableProxy } from "./tables";

export { MAX_REQUEST_BYTES } from "./session";
export { dateSerial } from "./coerce";
export {
  SheetModel,
  TableModel,
  WorkbookModel,
  type CellModel,
  type ChartAxisModel,
  type ChartModel,
  type ChartPointModel,
  type ChartSeriesModel,
} from "./model";

export interface FakeExcel {
  context: Excel.RequestContext;
  workbook: WorkbookModel;
  /** Number of context.sync calls so far. */
  syncs: number;
  /** Make the next sync fail after applying this many queued operations. */
  failNextSyncAfter(operations: number): void;
  /** Every operation name applied, in order (e.g. "range.values", "rows.add"). */
  log: string[];
  /**
   * Makes `edit` change the workbook right after sync number `sync` returns, as a co-author (or
   * the user typing) would between two of the add-in's syncs; tables it changed raise onChanged.
   */
  between(sync: number, edit: (workbook: WorkbookModel) => void): void;
  /**
   * Makes `edit` change the workbook just before sync number `sync` is applied, as a co-author's
   * edit Excel applies while the add-in's request is on its way; onChanged is raised after it.
   */
  during(sync: number, edit: (workbook: WorkbookModel) => void): void;
}

export function createFakeExcel(workbook = new WorkbookModel()): FakeExcel {
  const session = new Session(workbook);
  const context = {
    workbook: {
      worksheets: worksheetsProxy(session),
      tables: {
        getItemOrNullObject: (key: string) => tableProxy(session, () => workbook.table(key)),
      },
      notes: notesProxy(session),
      linkedEntityDataDomains: linkedDomainsProxy(session),
    },
    application: {
      // Application.cultureInfo.numberFormat (ExcelApi 1.11): the system's separators, read
      // after a sync like any loaded property.
      // https://learn.microsoft.com/en-us/javascript/api/excel/excel.numberformatinfo
      cultureInfo: {
        numberFormat: {
          load: () => undefined,
          get numberDecimalSeparator() {
            return workbook.decimalSeparator;
          },
          get numberGroupSeparator() {
            return workbook.decimalSeparator === "," ? "\u00a0" : ",";
          },
        },
      },
      suspendApiCalculationUntilNextSync: () =>
        session.op("suspendCalculation", () => workbook.calculationSuspensions++),
    },
    sync: () => session.sync(),
  } as unknown as Excel.RequestContext;
  return {
    context,
    workbook,
    get syncs() {
      return session.syncs;
    },
    failNextSyncAfter: (n: number) => session.failNextSyncAfter(n),
    log: session.log,
    between: (sync, edit) => session.between(sync, edit),
    during: (sync, edit) => session.during(sync, edit),
  };
}
