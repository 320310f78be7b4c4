/**
 * The pane in Chromium on a workbook: Microsoft's office.js talks to the simulated Excel
 * (tests/support/excel-host), whose workbook is the unit tests' model; the tests read it in Node.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { WorkbookModel } from "../support/fake-excel";
import { ExcelHost, HOST_SETS, type HostOptions } from "../support/excel-host/host";
import { openPane, type OpenOptions } from "./page";

export const DATASET = readFileSync(join(__dirname, "../../assets/data/kzuz-dataset.json"), "utf8");

/** The host behind each page opened here. */
const hosts = new WeakMap<Page, ExcelHost>();

export function hostOf(page: Page): ExcelHost {
  const host = hosts.get(page);
  if (!host) throw new Error("this page was not opened on a simulated workbook");
  return host;
}

export type WorkbookOptions = OpenOptions & {
  dataset?: () => string;
  /** The highest ExcelApi version the host declares (e.g. "1.8"). */
  excelApi?: string;
  /** The host's other knobs (settings, GetContext delay, workbook). */
  hostOptions?: HostOptions;
};

/**
 * Opens the pane (320 px wide unless told) on a new workbook, or the host given; the dataset
 * address serves `dataset`. Resolves once the pane shows its next step.
 */
export async function openWorkbook(
  browser: Browser,
  options: WorkbookOptions = {}
): Promise<{ page: Page; errors: string[]; host: ExcelHost }> {
  const serve = options.dataset ?? (() => DATASET);
  const host =
    options.host ??
    new ExcelHost({
      uiLocale: options.displayLanguage,
      ...options.hostOptions,
      requirements: options.excelApi
        ? { ...HOST_SETS, ExcelApi: options.excelApi }
        : options.hostOptions?.requirements,
    });
  const opened = await openPane(browser, {
    ...options,
    inExcel: true,
    host,
    width: options.width ?? 320,
    route: [/assets\/data\/kzuz-dataset\.json/, serve],
  });
  hosts.set(opened.page, host);
  await opened.page.getByTestId("primary-action").waitFor({ timeout: 20_000 });
  return { ...opened, host };
}

/** Reads (or changes) the workbook behind the page, as the host holds it. */
export async function workbook<T>(page: Page, read: (w: WorkbookModel) => T): Promise<T> {
  return read(hostOf(page).workbook);
}

/** Selects `address` on `sheet`, raising Excel's selection events in the page. */
export function select(page: Page, sheet: string, address: string): Promise<void> {
  return hostOf(page).select(sheet, address);
}
