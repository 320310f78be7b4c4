/**
 * The pane in Chromium on a fake workbook: the stand-in office.js (./stand-in) runs Excel.run
 * against the unit tests' fake workbook, which the tests read back from the page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { openPane, type OpenOptions } from "./page";
import { standInOfficeJs } from "./stand-in/build";

export const DATASET = readFileSync(join(__dirname, "../../assets/data/kzuz-dataset.json"), "utf8");

let officeJs: string | undefined;

/**
 * Opens the pane (320 px wide unless told) on an empty fake workbook; the dataset address serves
 * `dataset`. With `excelApi`, the stand-in claims ExcelApi only up to that version.
 */
export async function openWorkbook(
  browser: Browser,
  options: OpenOptions & { dataset?: () => string; excelApi?: string } = {}
): Promise<{ page: Page; errors: string[] }> {
  officeJs ??= standInOfficeJs();
  const serve = options.dataset ?? (() => DATASET);
  const claim = options.excelApi
    ? `window.__kzuzExcelApi = ${JSON.stringify(options.excelApi)};\n`
    : "";
  const opened = await openPane(browser, {
    ...options,
    inExcel: true,
    officeJs: claim + officeJs,
    width: options.width ?? 320,
    route: [/assets\/data\/kzuz-dataset\.json/, serve],
  });
  await opened.page.getByTestId("primary-action").waitFor({ timeout: 15_000 });
  return opened;
}

export type Model = {
  tables: {
    name: string;
    row0: number;
    col0: number;
    sheet: { name: string };
    headers: () => string[];
    rows: () => unknown[][];
    column: (h: string) => unknown[];
  }[];
  charts: () => unknown[];
  formulas: () => unknown[];
  sheet: (n: string) =>
    | {
        value: (r: number, c: number) => unknown;
        set: (r: number, c: number, cell: unknown) => void;
      }
    | undefined;
  addSheet: (n: string) => { set: (r: number, c: number, cell: unknown) => void };
};

/** Reads the fake workbook in the page. */
export function workbook<T>(page: Page, read: (w: Model) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__kzuzWorkbook)`) as Promise<T>;
}

/** Selects `address` on `sheet` in the fake workbook, raising Excel's selection events. */
export function select(page: Page, sheet: string, address: string): Promise<unknown> {
  return page.evaluate(`window.__kzuzSelect(${JSON.stringify(sheet)}, ${JSON.stringify(address)})`);
}
