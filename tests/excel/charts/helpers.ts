/** What the chart tests share: the dataset, a fake workbook with the tables, and readers of the Dashboard. */
import { buildIndex, currentTarget, tradeHistory, type Index } from "../../../src/data/query";
import type { Dataset } from "../../../src/data/schema";
import { TRADE_COLUMNS, datasetViews, tradeView, type View } from "../../../src/data/views";
import { DASHBOARD_SHEET, type ChartResult } from "../../../src/excel/charts/dashboard";
import { columnRef } from "../../../src/excel/charts/formulas";
import type { Supports } from "../../../src/excel/requirements";
import { writeTables } from "../../../src/excel/tables/write";
import { publishedDataset } from "../../support/dataset";
import {
  createFakeExcel,
  type CellModel,
  type ChartModel,
  type FakeExcel,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "../../support/fake-excel";
import { english } from "../../support/english";

export const index = buildIndex(publishedDataset());
/** The chart's words in English, as the pane passes its translator's (src/excel/charts/words). */
export const say = english;
export const all: Supports = () => true;
/** A host with ExcelApi up to `max` (1.7 → no 1.8). */
export const upTo =
  (max: number): Supports =>
  (set, version) =>
    set === "ExcelApi" && Number(version) <= max;

/** The Dashboard as formulas and chart ranges name it. */
export const DASHBOARD_REF = `'${DASHBOARD_SHEET}'`;
export const header = (key: string) => TRADE_COLUMNS.find((c) => c.key === key)!.header;

/** A workbook with the dataset's tables inserted, as the task pane does first. */
export async function withTables(views: View[] = datasetViews(index)) {
  const excel = createFakeExcel();
  const { tableIds } = await writeTables(excel.context, views);
  return { excel, tableIds };
}

/** Runs a build and checks the sync count it reports against the fake's. */
export async function counted(
  excel: FakeExcel,
  build: () => Promise<ChartResult>
): Promise<ChartResult> {
  const before = excel.syncs;
  const result = await build();
  expect(excel.syncs - before).toBe(result.syncs);
  return result;
}

export function dashboard(workbook: WorkbookModel): SheetModel {
  const sheet = workbook.sheet(DASHBOARD_SHEET);
  if (!sheet) throw new Error("no Dashboard sheet");
  return sheet;
}

/** The one chart of that name in the workbook (fails if there are none or several). */
export function chartNamed(workbook: WorkbookModel, name: string): ChartModel {
  const found = workbook.charts().filter((c) => c.chart.name === name);
  expect(found).toHaveLength(1);
  expect(found[0].sheet).toBe(DASHBOARD_SHEET);
  return found[0].chart;
}

function at(address: string): [number, number] {
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`bad cell ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

export function cell(sheet: SheetModel, address: string): CellModel | undefined {
  return sheet.get(...at(address));
}

/** The cells of a one-column address such as "'KZUZ Dashboard'!A26:A28", top to bottom. */
export function columnCells(sheet: SheetModel, address: string): (CellModel | undefined)[] {
  const [from, to] = address.replace(/^.*!/, "").split(":");
  const [r0, c] = at(from);
  const [r1, c1] = at(to);
  expect(c1).toBe(c);
  return Array.from({ length: r1 - r0 + 1 }, (_, i) => sheet.get(r0 + i, c));
}

export function tradeTable(workbook: WorkbookModel): TableModel {
  const table = workbook.tables.find((t) => t.headers().includes(header("headline")));
  if (!table) throw new Error("no Trade table");
  return table;
}

/**
 * Evaluates a "reported" formula as Excel would, over the fake's Trade table: the formula must be
 * exactly the COUNTIFS/SUMIFS shape; the answer is USD billion, or "#N/A" where no row matches.
 */
export function evaluateReported(
  workbook: WorkbookModel,
  sheet: SheetModel,
  f: string
): number | "#N/A" {
  const table = tradeTable(workbook);
  const t = table.name;
  const year = columnRef(t, header("year"));
  const headline = columnRef(t, header("headline"));
  const value = columnRef(t, header("value"));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(
    `^=IF\\(COUNTIFS\\(${escape(year)},([A-Z]+\\d+),${escape(headline)},"yes",${escape(value)},">0"\\)=0,NA\\(\\),` +
      `SUMIFS\\(${escape(value)},${escape(year)},\\1,${escape(headline)},"yes",${escape(value)},">0"\\)/1000000000\\)$`
  ).exec(f);
  if (!m) throw new Error(`not the reported-turnover formula: ${f}`);
  const y = cell(sheet, m[1])?.value;
  const headers = table.headers();
  const rows = table
    .rows()
    .filter(
      (r) =>
        r[headers.indexOf(header("year"))] === y &&
        String(r[headers.indexOf(header("headline"))]).toLowerCase() === "yes" &&
        typeof r[headers.indexOf(header("value"))] === "number" &&
        (r[headers.indexOf(header("value"))] as number) > 0
    );
  if (rows.length === 0) return "#N/A";
  const sum = rows
    .map((r) => r[headers.indexOf(header("value"))])
    .reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
  return sum / 1e9;
}

/** Evaluates a path cell: "=NA()" or compound growth from the latest reported cell to the target. */
export function evaluatePath(
  workbook: WorkbookModel,
  sheet: SheetModel,
  f: string
): number | "#N/A" {
  if (f === "=NA()") return "#N/A";
  const m = /^=\$P\$(\d+)\*\(([\d.]+)\/\$P\$\1\)\^\(\(O(\d+)-\$O\$\1\)\/\((\d+)-\$O\$\1\)\)$/.exec(
    f
  );
  if (!m) throw new Error(`not the path formula: ${f}`);
  const start = evaluateReported(workbook, sheet, cell(sheet, `P${m[1]}`)?.formula ?? "");
  if (start === "#N/A") return "#N/A";
  const startYear = Number(cell(sheet, `O${m[1]}`)?.value);
  const year = Number(cell(sheet, `O${m[3]}`)?.value);
  return start * (Number(m[2]) / start) ** ((year - startYear) / (Number(m[4]) - startYear));
}

/** The trade view with the 2025 headline's value replaced, as a dataset revision would. */
export function tradeWith2025(valueUsd: number): View {
  const view = tradeView(index);
  const value = TRADE_COLUMNS.findIndex((c) => c.key === "value");
  const year = TRADE_COLUMNS.findIndex((c) => c.key === "year");
  const headline = TRADE_COLUMNS.findIndex((c) => c.key === "headline");
  return {
    ...view,
    rows: view.rows.map((r) =>
      r.cells[year] === 2025 && r.cells[headline] === "yes"
        ? { ...r, cells: r.cells.map((c, i) => (i === value ? valueUsd : c)) }
        : r
    ),
  };
}

export function indexWith(change: (d: Dataset) => void): Index {
  const dataset = structuredClone(publishedDataset());
  change(dataset);
  return buildIndex(dataset);
}

export const history = (() => {
  const h = tradeHistory(index);
  if (!h.ok) throw new Error(english(h.error));
  return h.value;
})();
export const latest = history[history.length - 1];
export const target = currentTarget(index);
