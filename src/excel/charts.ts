/**
 * Native Excel charts on the "KZUZ Dashboard" sheet: trade towards the $10bn target (columns for
 * the reported turnover, a dashed line for the path to the target) and disclosed investment by
 * project (bars). Each build replaces the chart of the same name and its cells; it never adds a
 * second one.
 *
 * Three context.sync calls per build, whatever the data:
 *   1. find the Trade table (by the id remembered in settings, else by name) and the Dashboard;
 *   2. read the Trade table's headers and the names of the Dashboard's charts;
 *   3. write: the cells, then the chart (the old one deleted first).
 * Without the Trade table the trade build stops after sync 1 and writes nothing.
 *
 * The trade chart reads live formulas over the Trade table (KZUZ_Trade), so refreshing the table
 * keeps the chart in step: a year with a headline figure shows it in USD billion, a year without
 * one shows #N/A, which Excel draws as a gap, never as 0. The path to the target is a formula too:
 * compound growth from the latest headline year's reported cell to the target in the target year,
 * (target / latest)^((year − latest year) / (target year − latest year)) × latest, which is the
 * growth KZUZ.REQUIREDGROWTH gives. It reads the table, not the KZUZ functions, so the chart draws
 * in any Excel that opens the workbook, with or without the add-in. The key figures beside it are
 * KZUZ formulas, for the reader. The years charted (first headline year to the target year) and
 * the target are taken from the dataset when the chart is built: build again after a refresh that
 * adds a year. The investment chart's amounts are plain numbers from the dataset: build it again
 * after refreshing the dataset.
 *
 * Every text from the dataset goes through `safeCell`, so none becomes a formula; the only
 * formulas written are the ones built here.
 *
 * Requirement sets (all supported by Excel on the web, on Windows and on Mac):
 *   ExcelApi 1.1  ChartCollection.add / items; Chart.name, title.text, legend.position/visible,
 *                 setPosition, delete; ChartSeries.name, points.getItemAt; ChartAxis.title.text;
 *                 Range.values, numberFormat, clear, format.wrapText; Table.name,
 *                 getHeaderRowRange; WorksheetCollection.add; Worksheet.activate.
 *   ExcelApi 1.2  RangeFormat.columnWidth.
 *   ExcelApi 1.4  WorksheetCollection.getItemOrNullObject, TableCollection.getItemOrNullObject.
 *   ExcelApi 1.7  ChartSeriesCollection.add; ChartSeries.setValues, setXAxisValues, chartType
 *                 (the combo), hasDataLabels, markerStyle, format.line.lineStyle; ChartPoint
 *                 hasDataLabel, markerStyle, markerSize, dataLabel (showValue, showSeriesName,
 *                 showCategoryName, position); ChartAxis.categoryType, reversePlotOrder.
 *   ExcelApi 1.8  ChartDataLabel.text (the target's label reads "Target: $10 billion in 2030").
 * ExcelApi 1.7 is required: without it nothing is written and the result says so. Without 1.8
 * the target's label shows its value (10.00) instead, and the result lists what was skipped.
 *
 * Alt text: Excel.Chart has no altTextTitle / altTextDescription in any released ExcelApi set
 * (only Shape, ExcelApi 1.9, and PivotLayout, 1.13, do; checked in @types/office-js and the
 * office.js runtime, whose Chart has no such property). So the description a screen reader would
 * need is written in a cell just below each chart ("Chart description: …") and returned in the
 * result for the task pane to show or announce.
 */
import { currentTarget, requiredGrowth, sourceFor, tradeHistory, type Index } from "../data/query";
import type { Investment, Project, Source } from "../data/schema";
import {
  NOT_DISCLOSED,
  TRADE_COLUMNS,
  investmentBasis,
  sourceLabel,
  type CellValue,
} from "../data/views";
import { tableOf } from "../data/views";
import { safeCell } from "./tables/safe-cell";
import { Syncer } from "./batch";
import { columnLetter, offsetColumn } from "./a1";
import { officeSupports } from "../office/host";

export const DASHBOARD_SHEET = "KZUZ Dashboard";
export const TRADE_CHART_NAME = "KZUZ trade chart";
export const INVESTMENT_CHART_NAME = "KZUZ investment chart";

/** Whether the host supports a requirement set, as Office.context.requirements.isSetSupported. */
export type Supports = (set: string, version: string) => boolean;

/** The requirement set every chart needs, and the one that adds the target's label text. */
export const REQUIRED_SET = { set: "ExcelApi", version: "1.7" } as const;
export const LABEL_TEXT_SET = { set: "ExcelApi", version: "1.8" } as const;

export interface ChartOptions {
  /** Requirement-set check; defaults to Office.context.requirements.isSetSupported. */
  supports?: Supports;
  /** The Trade table's id remembered from writeTables (it survives a rename). */
  tradeTableId?: string;
  /** Bring the Dashboard to the front after building (default true). */
  activate?: boolean;
}

export type ChartResult =
  | {
      ok: true;
      chartName: string;
      sheetName: string;
      syncs: number;
      /** What the chart shows, with its numbers: the text a screen reader needs. */
      description: string;
      /** Optional touches left out because the host lacks their requirement set. */
      skipped: string[];
    }
  | {
      ok: false;
      reason: "unsupported" | "needs-trade-table" | "trade-table-columns" | "no-data";
      /** Plain words for the user: what is wrong and what to do. */
      message: string;
      syncs: number;
    };

/** Where things go on the Dashboard. Each chart's cells are cleared and rewritten on a build. */
export const DASHBOARD_LAYOUT = {
  /** Widths in points of columns A–D (labels, values, notes). */
  columnWidths: [250, 90, 200, 170],
  trade: {
    /** Heading in A1, key figures A2:C7 (header row first). */
    heading: "A1",
    figuresRow: 2,
    chart: { start: "F1", end: "M21" },
    description: "F22",
    /** The chart's data: title O1, note O2, header row O3:Q3, then one row a year. */
    dataColumn: "O",
    dataHeaderRow: 3,
    /** Cleared before each build: the key figures and the data block (1991–2100 fits). */
    clear: ["A1:D22", "F22", "O1:Q120"],
  },
  investment: {
    heading: "A24",
    tableRow: 25,
    chart: { start: "F24", end: "M44" },
    description: "F45",
    clear: ["A24:D600", "F45"],
  },
} as const;

export { officeSupports };

const BILLION = 1_000_000_000;
const MILLION = 1_000_000;
/** How tradeCells (src/data/views) writes a headline row's Headline column. */
const HEADLINE_YES = "yes";

function tradeHeader(key: "year" | "value" | "headline"): string {
  const column = TRADE_COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`no Trade column ${key}`);
  return column.header;
}

/** Characters that need a column name in double brackets ([[...]]) in a structured reference. */
const NEEDS_BRACKETS = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]|^\s|\s$/;

/** table[Column] as a structured reference; [ ] # ' are escaped with ' as Excel requires. */
export function columnRef(table: string, column: string): string {
  const escaped = column.replace(/['#[\]]/g, "'$&");
  return NEEDS_BRACKETS.test(column) ? `${table}[[${escaped}]]` : `${table}[${escaped}]`;
}

/**
 * The reported turnover of the year in `yearCell`, in USD billion, read from the Trade table's
 * headline rows; #N/A (a gap in the chart) when the year has no headline row with an amount (a
 * "not disclosed" text does not match ">0"), so a missing figure is never drawn as 0.
 */
export function reportedFormula(table: string, yearCell: string): string {
  const year = columnRef(table, tradeHeader("year"));
  const headline = columnRef(table, tradeHeader("headline"));
  const value = columnRef(table, tradeHeader("value"));
  const criteria = `${year},${yearCell},${headline},"${HEADLINE_YES}",${value},">0"`;
  return `=IF(COUNTIFS(${criteria})=0,NA(),SUMIFS(${value},${criteria})/${BILLION})`;
}

// ---------------------------------------------------------------------------------------------
// Cells and addresses

interface Cell {
  value: string | number;
  format: string;
}

/** Dataset text, made safe: formula-like text stays text. */
const text = (value: CellValue): Cell => ({ value: safeCell(value), format: "@" });
const blank: Cell = { value: "", format: "General" };
/** A formula built here (never from dataset text). */
const formula = (f: string, format: string): Cell => {
  if (!f.startsWith("=")) throw new Error(`not a formula: ${f}`);
  return { value: f, format };
};
const number = (value: number, format: string): Cell => ({ value, format });

/** Writes a block of cells at `column``row`: number formats first, so text stays text. */
function writeBlock(sheet: Excel.Worksheet, column: string, row: number, rows: Cell[][]): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => [...r, ...Array<Cell>(width - r.length).fill(blank)]);
  const range = sheet.getRange(
    `${column}${row}:${offsetColumn(column, width - 1)}${row + rows.length - 1}`
  );
  range.numberFormat = grid.map((r) => r.map((c) => c.format));
  range.values = grid.map((r) => r.map((c) => c.value));
}

function writeCell(sheet: Excel.Worksheet, address: string, cell: Cell): void {
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  writeBlock(sheet, column, Number(row), [[cell]]);
}

// ---------------------------------------------------------------------------------------------
// Wording

/** 10000000000 → "$10 billion"; 12500000000 → "$12.5 billion". */
function billions(usd: number): string {
  return `$${Number((usd / BILLION).toFixed(2))} billion`;
}

function firstSourceLabel(index: Index, recordId: string): string | null {
  const sources = sourceFor(index, recordId);
  return sources.ok && sources.value.length > 0 ? sourceLabel(sources.value[0]) : null;
}

function sourcesLabel(index: Index, ids: readonly string[]): string | null {
  const byId = new Map(index.dataset.sources.map((s): [string, Source] => [s.id, s]));
  const first = ids.map((id) => byId.get(id)).find((s) => s !== undefined);
  return first ? sourceLabel(first) : null;
}

/** "1 year", "2 years"; a list as "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// Plans: what each chart shows, worked out from the dataset before Excel is touched

interface TradePlan {
  years: number[];
  /** The latest headline year and value, where the path starts. */
  latestYear: number;
  latestUsd: number;
  targetUsd: number;
  targetYear: number;
  /** Required compound growth; undefined when the latest year is not before the target year. */
  cagr?: number;
  /** Years in range without a headline figure (gaps). */
  gaps: number[];
  title: string;
  description: string;
}

function planTrade(index: Index): { ok: true; plan: TradePlan } | { ok: false; message: string } {
  const history = tradeHistory(index);
  if (!history.ok)
    return {
      ok: false,
      message:
        "The dataset has no headline trade figure, so there is no trade chart to draw. Refresh the dataset, then try again.",
    };
  const points = history.value;
  const target = currentTarget(index);
  // Validation gives the current target a year; the type allows none.
  const targetYear = target.targetYear;
  if (targetYear === null)
    return {
      ok: false,
      message: "The current trade target names no year, so there is no path to it to draw.",
    };
  const first = points[0].year;
  const latest = points[points.length - 1];
  const last = Math.max(targetYear, latest.year);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const headline = new Set(points.map((p) => p.year));
  const gaps = years.filter((y) => y <= latest.year && !headline.has(y));
  const growth = requiredGrowth(index);
  const cagr = growth.ok ? growth.value.cagr : undefined;
  const share = ((latest.usd / target.valueUsd) * 100).toFixed(1);
  const description = [
    `Column chart of Kazakhstan–Uzbekistan trade turnover by year, ${first}–${latest.year}, in US dollars billion`,
    ...(gaps.length > 0
      ? [`no headline figure for ${list(gaps.map(String))}, shown as a gap`]
      : []),
    `${latest.year}: ${(latest.usd / BILLION).toFixed(2)} billion, ${share}% of the ${billions(target.valueUsd)} target for ${targetYear}`,
    cagr === undefined
      ? `the latest figure is not before the target year, so no path to the target is drawn`
      : `the dashed line shows the ${(cagr * 100).toFixed(1)}% a year needed to reach it, ending at the target in ${targetYear}`,
  ].join("; ");
  return {
    ok: true,
    plan: {
      years,
      latestYear: latest.year,
      latestUsd: latest.usd,
      targetUsd: target.valueUsd,
      targetYear,
      cagr,
      gaps,
      title: `Kazakhstan–Uzbekistan trade towards the ${billions(target.valueUsd)} target`,
      description: `${description}.`,
    },
  };
}

interface InvestmentRow {
  project: Project;
  label: string;
  usd: number;
}

interface InvestmentPlan {
  charted: InvestmentRow[];
  notDisclosed: Project[];
  description: string;
}

/** "estimate", "at least", "initial stage only": what a reader must know about an amount. */
function amountCaveats(investment: Investment): string[] {
  const caveats: string[] = [];
  if (investment.status === "estimated") caveats.push("estimate");
  if (investment.qualifier === "more than") caveats.push("at least");
  else if (investment.qualifier) caveats.push(investment.qualifier);
  if (investment.scope) caveats.push(`${investment.scope} only`);
  return caveats;
}

function planInvestment(index: Index): InvestmentPlan {
  const charted: InvestmentRow[] = [];
  const notDisclosed: Project[] = [];
  for (const project of index.dataset.projects) {
    const { investment } = project;
    if (investment.status === "not disclosed" || investment.usd === undefined) {
      notDisclosed.push(project);
      continue;
    }
    const caveats = amountCaveats(investment);
    charted.push({
      project,
      label: caveats.length > 0 ? `${project.name.en} (${caveats.join(", ")})` : project.name.en,
      usd: investment.usd,
    });
  }
  charted.sort((a, b) => b.usd - a.usd);
  const bars = charted.map((r) => `${r.label}: ${(r.usd / MILLION).toFixed(1)} million`);
  const parts = [
    `Bar chart of the investment in the Kazakhstan–Uzbekistan joint projects whose amount a source discloses or estimates, in US dollars million, largest first: ${bars.join("; ")}`,
  ];
  if (notDisclosed.length > 0)
    parts.push(`not disclosed, so not drawn: ${list(notDisclosed.map((p) => p.name.en))}`);
  return { charted, notDisclosed, description: `${parts.join(". ")}.` };
}

// ---------------------------------------------------------------------------------------------
// Excel

function unsupported(): ChartResult {
  return {
    ok: false,
    reason: "unsupported",
    message: `This version of Excel cannot build the chart: it needs the Excel JavaScript API ${REQUIRED_SET.version} (Excel 2019 or Microsoft 365 on Windows, Excel on the web, or Excel 2019 or later on Mac). Update Excel, or use Excel on the web.`,
    syncs: 0,
  };
}

/** The Dashboard sheet (a null object until sync if it does not exist). */
function findDashboard(context: Excel.RequestContext): Excel.Worksheet {
  const sheet = context.workbook.worksheets.getItemOrNullObject(DASHBOARD_SHEET);
  sheet.load("name");
  return sheet;
}

/** Queues a load of the Dashboard's chart names, if it exists (after sync 1). */
function loadCharts(sheet: Excel.Worksheet): Excel.ChartCollection | undefined {
  if (sheet.isNullObject) return undefined;
  sheet.charts.load("items/name");
  return sheet.charts;
}

/** The Dashboard, created if missing, with its column widths and `clear` ranges emptied. */
function prepareDashboard(
  context: Excel.RequestContext,
  found: Excel.Worksheet,
  clear: readonly string[]
): Excel.Worksheet {
  const sheet = found.isNullObject ? context.workbook.worksheets.add(DASHBOARD_SHEET) : found;
  for (const address of clear) sheet.getRange(address).clear();
  DASHBOARD_LAYOUT.columnWidths.forEach((width, i) => {
    // A cell's column width is its whole column's.
    sheet.getRange(`${columnLetter(i)}1`).format.columnWidth = width;
  });
  return sheet;
}

/** The table, if it exists (after a sync). */
function existing(table: Excel.Table | undefined): Excel.Table | undefined {
  return table && !table.isNullObject ? table : undefined;
}

/** Deletes every chart of the Dashboard named `name` (a copy the user pasted included). */
function deleteCharts(charts: Excel.ChartCollection | undefined, name: string): void {
  for (const chart of charts?.items ?? []) if (chart.name === name) chart.delete();
}

/** The last step of a build: place the chart, show the Dashboard, write everything (the third sync). */
async function finish(
  chart: Excel.Chart,
  sheet: Excel.Worksheet,
  position: { start: string; end: string },
  options: ChartOptions,
  syncer: Syncer,
  chartName: string,
  description: string,
  skipped: string[]
): Promise<ChartResult> {
  chart.setPosition(position.start, position.end);
  if (options.activate !== false) sheet.activate();
  await syncer.sync();
  return {
    ok: true,
    chartName,
    sheetName: DASHBOARD_SHEET,
    syncs: syncer.count,
    description,
    skipped,
  };
}

/**
 * Builds (or rebuilds) the trade chart on the Dashboard: reported turnover by year from the
 * Trade table, the path to the target, the key figures beside it. Needs the Trade table.
 */
export async function buildTradeChart(
  context: Excel.RequestContext,
  index: Index,
  options: ChartOptions = {}
): Promise<ChartResult> {
  const supports = options.supports ?? officeSupports;
  if (!supports(REQUIRED_SET.set, REQUIRED_SET.version)) return unsupported();
  const planned = planTrade(index);
  if (!planned.ok) return { ok: false, reason: "no-data", message: planned.message, syncs: 0 };
  const { plan } = planned;
  const syncer = new Syncer(context);

  // 1. The Trade table (by remembered id, else by name) and the Dashboard.
  const tables = context.workbook.tables;
  const byId = options.tradeTableId ? tables.getItemOrNullObject(options.tradeTableId) : undefined;
  const byName = tables.getItemOrNullObject(tableOf("trade").tableName);
  byId?.load("name");
  byName.load("name");
  const found = findDashboard(context);
  await syncer.sync();
  const table = existing(byId) ?? existing(byName);
  if (!table)
    return {
      ok: false,
      reason: "needs-trade-table",
      message: `The trade chart reads the Trade table (${tableOf("trade").tableName}), which is not in this workbook. Insert the Trade table from the KZUZ pane first, then build the chart again.`,
      syncs: syncer.count,
    };

  // 2. The table's headers (the formulas name three of its columns) and the Dashboard's charts.
  const header = table.getHeaderRowRange().load("values");
  const charts = loadCharts(found);
  await syncer.sync();
  const headers = (header.values[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const needed = (["year", "value", "headline"] as const).map(tradeHeader);
  const missing = needed.filter((h) => !headers.includes(h.toLowerCase()));
  if (missing.length > 0)
    return {
      ok: false,
      reason: "trade-table-columns",
      message: `The Trade table (${table.name}) has lost its ${list(missing.map((h) => `"${h}"`))} column${missing.length > 1 ? "s" : ""}, which the chart reads. Refresh the tables from the KZUZ pane to restore ${missing.length > 1 ? "them" : "it"}, then build the chart again.`,
      syncs: syncer.count,
    };

  // 3. Write the cells, then the chart.
  const layout = DASHBOARD_LAYOUT.trade;
  const sheet = prepareDashboard(context, found, layout.clear);
  deleteCharts(charts, TRADE_CHART_NAME);
  const skipped: string[] = [];
  const { latestYear: L, targetYear: Y } = plan;
  const target = currentTarget(index);
  const targetSource = sourcesLabel(index, target.sourceIds);
  const latestId = tradeHistory(index, { from: L, to: L });
  const latestSource = latestId.ok
    ? firstSourceLabel(index, latestId.value[0].observation.id)
    : null;
  const targetText = billions(plan.targetUsd);

  writeCell(
    sheet,
    layout.heading,
    text(`Kazakhstan–Uzbekistan trade and the ${targetText} target for ${Y}`)
  );
  writeBlock(sheet, "A", layout.figuresRow, [
    [text("Key figure"), text("Value"), text("Source")],
    [
      text(`Latest trade turnover, ${L} (USD billion)`),
      formula(`=KZUZ.TRADE(${L})/${BILLION}`, "0.00"),
      text(`Headline figure${latestSource ? `: ${latestSource}` : ""}`),
    ],
    [
      text(`Share of the ${targetText} target reached in ${L}`),
      formula(`=KZUZ.PROGRESS(${L})`, "0.0%"),
      text(`${L} turnover divided by the target${targetSource ? `; target: ${targetSource}` : ""}`),
    ],
    [
      text(`Annual growth needed, ${L}–${Y}`),
      formula(`=KZUZ.REQUIREDGROWTH(${L})`, "0.0%"),
      text(`Compound growth from the ${L} figure to the target in ${Y}`),
    ],
    [
      text(`Years left to ${Y}`),
      formula(`=${Y}-${L}`, "0"),
      text(`Target set on ${target.setOn} by ${target.setBy}`),
    ],
    [
      text(`Target for ${Y} (USD billion)`),
      formula(`=KZUZ.TARGET()/${BILLION}`, "0.0"),
      text(targetSource ? `Target: ${targetSource}` : "Target"),
    ],
  ]);

  // The chart's data: Year | Reported | Path, one row a year.
  const col = layout.dataColumn;
  const [yearCol, reportedCol, pathCol] = [0, 1, 2].map((k) => offsetColumn(col, k));
  const firstRow = layout.dataHeaderRow + 1;
  const lastRow = firstRow + plan.years.length - 1;
  const rowOf = (year: number) => firstRow + year - plan.years[0];
  const from = rowOf(L);
  const headers3 = ["Year", "Reported turnover (USD bn)", "Path to target (USD bn)"];
  const targetBn = Number((plan.targetUsd / BILLION).toPrecision(15));
  writeCell(sheet, `${col}1`, text("Chart data: Kazakhstan–Uzbekistan trade, USD billion"));
  writeCell(
    sheet,
    `${col}2`,
    text(
      `Reported: formulas over the ${table.name} table's headline figures; #N/A marks a year without one and is drawn as a gap, not as zero. Path: compound growth from the ${L} figure to the ${targetText} target in ${Y}.`
    )
  );
  writeBlock(sheet, col, layout.dataHeaderRow, [
    headers3.map((h) => text(h)),
    ...plan.years.map((year) => {
      const r = rowOf(year);
      const path =
        plan.cagr === undefined || year < L
          ? formula("=NA()", "0.00")
          : formula(
              `=$${reportedCol}$${from}*(${targetBn}/$${reportedCol}$${from})^((${yearCol}${r}-$${yearCol}$${from})/(${Y}-$${yearCol}$${from}))`,
              "0.00"
            );
      return [
        number(year, "0"),
        formula(reportedFormula(table.name, `${yearCol}${r}`), "0.00"),
        path,
      ];
    }),
  ]);
  writeCell(sheet, layout.description, text(`Chart description: ${plan.description}`));

  const years = sheet.getRange(`${yearCol}${firstRow}:${yearCol}${lastRow}`);
  const reported = sheet.getRange(`${reportedCol}${firstRow}:${reportedCol}${lastRow}`);
  const path = sheet.getRange(`${pathCol}${firstRow}:${pathCol}${lastRow}`);
  const chart = sheet.charts.add("ColumnClustered", reported, "Columns");
  chart.name = TRADE_CHART_NAME;
  chart.title.text = plan.title;
  const columns = chart.series.getItemAt(0);
  columns.name = headers3[1];
  columns.setValues(reported);
  columns.setXAxisValues(years);
  const latest = columns.points.getItemAt(from - firstRow);
  latest.hasDataLabel = true;
  latest.dataLabel.showValue = true;
  latest.dataLabel.showSeriesName = false;
  latest.dataLabel.showCategoryName = false;
  latest.dataLabel.position = "OutsideEnd";
  if (plan.cagr !== undefined) {
    const line = chart.series.add(headers3[2]);
    line.setValues(path);
    line.setXAxisValues(years);
    line.chartType = "Line";
    line.markerStyle = "None";
    line.format.line.lineStyle = "Dash";
    // The target: the path's last point, a diamond with a label.
    const goal = line.points.getItemAt(rowOf(Y) - firstRow);
    goal.markerStyle = "Diamond";
    goal.markerSize = 9;
    goal.hasDataLabel = true;
    goal.dataLabel.showValue = true;
    goal.dataLabel.showSeriesName = false;
    goal.dataLabel.showCategoryName = false;
    goal.dataLabel.position = "Top";
    if (supports(LABEL_TEXT_SET.set, LABEL_TEXT_SET.version))
      goal.dataLabel.text = `Target: ${targetText} in ${Y}`;
    else
      skipped.push(
        `the target's label text (needs ExcelApi ${LABEL_TEXT_SET.version}); it shows the value instead`
      );
  }
  chart.axes.valueAxis.title.text = "USD billion";
  chart.axes.categoryAxis.categoryType = "TextAxis";
  chart.legend.visible = true;
  chart.legend.position = "Bottom";
  return finish(
    chart,
    sheet,
    layout.chart,
    options,
    syncer,
    TRADE_CHART_NAME,
    plan.description,
    skipped
  );
}

/**
 * Builds (or rebuilds) the investment chart on the Dashboard: a bar per project whose amount is
 * disclosed or estimated, in USD million; projects without an amount are listed beside it as
 * "not disclosed", never drawn as zero.
 */
export async function buildInvestmentChart(
  context: Excel.RequestContext,
  index: Index,
  options: ChartOptions = {}
): Promise<ChartResult> {
  const supports = options.supports ?? officeSupports;
  if (!supports(REQUIRED_SET.set, REQUIRED_SET.version)) return unsupported();
  const plan = planInvestment(index);
  const syncer = new Syncer(context);

  // 1. The Dashboard.  2. Its charts, if it exists.
  const found = findDashboard(context);
  await syncer.sync();
  const charts = loadCharts(found);
  await syncer.sync();

  // 3. Write the cells, then the chart.
  const layout = DASHBOARD_LAYOUT.investment;
  const sheet = prepareDashboard(context, found, layout.clear);
  deleteCharts(charts, INVESTMENT_CHART_NAME);
  const { dataset } = index;
  writeCell(sheet, layout.heading, text("Investment in the joint projects (USD million)"));
  const firstRow = layout.tableRow + 1;
  const rows: Cell[][] = [
    [text("Project"), text("Investment (USD million)"), text("Basis"), text("Source")],
    ...plan.charted.map((r) => [
      text(r.label),
      number(r.usd / MILLION, "#,##0.0"),
      text(investmentBasis(r.project.investment)),
      text(sourcesLabel(index, r.project.investment.sourceIds)),
    ]),
  ];
  if (plan.notDisclosed.length > 0)
    rows.push(
      [blank],
      [text("Not disclosed: listed here, not drawn in the chart")],
      [text("Project"), text("Investment"), text("Note"), text("Source")],
      ...plan.notDisclosed.map((p) => [
        text(p.name.en),
        text(NOT_DISCLOSED),
        text(p.investment.note ?? "No source gives an amount."),
        text(
          sourcesLabel(
            index,
            p.investment.sourceIds.length > 0 ? p.investment.sourceIds : p.sourceIds
          )
        ),
      ])
    );
  rows.push(
    [blank],
    [
      text(
        `The chart draws only amounts a source discloses or estimates; a project without one is listed as "${NOT_DISCLOSED}", never drawn as zero. Amounts from the KZUZ dataset ${dataset.version}, as of ${dataset.asOf}: build the chart again after refreshing the dataset.`
      ),
    ]
  );
  writeBlock(sheet, "A", layout.tableRow, rows);
  writeCell(sheet, layout.description, text(`Chart description: ${plan.description}`));

  if (plan.charted.length === 0) {
    await syncer.sync();
    return {
      ok: false,
      reason: "no-data",
      message: `No joint project has a disclosed or estimated amount, so there is no bar to draw. The projects are listed on the ${DASHBOARD_SHEET} sheet as "${NOT_DISCLOSED}".`,
      syncs: syncer.count,
    };
  }
  const lastRow = firstRow + plan.charted.length - 1;
  const names = sheet.getRange(`A${firstRow}:A${lastRow}`);
  const amounts = sheet.getRange(`B${firstRow}:B${lastRow}`);
  const chart = sheet.charts.add("BarClustered", amounts, "Columns");
  chart.name = INVESTMENT_CHART_NAME;
  chart.title.text = "Disclosed investment in the joint projects (USD million)";
  const bars = chart.series.getItemAt(0);
  bars.name = "Investment (USD million)";
  bars.setValues(amounts);
  bars.setXAxisValues(names);
  bars.hasDataLabels = true;
  chart.axes.valueAxis.title.text = "USD million";
  // Bars top to bottom in the order of the list (largest first).
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.legend.visible = false;
  return finish(
    chart,
    sheet,
    layout.chart,
    options,
    syncer,
    INVESTMENT_CHART_NAME,
    plan.description,
    []
  );
}
