/**
 * The trade chart: reported turnover by year (columns) towards the target (a dashed line for
 * the path to it), with the key figures beside it.
 *
 * It reads live formulas over the Trade table, so refreshing the table keeps the chart in step:
 * a year with a headline figure shows it in USD billion, a year without one shows #N/A, which
 * Excel draws as a gap, never as 0. The path is a formula over the same cells, so the chart
 * draws in any Excel that opens the workbook, with or without the add-in; the key figures are
 * KZUZ formulas, for the reader. The years charted and the target are taken from the dataset
 * when the chart is built: build again after a refresh that adds a year.
 *
 * Three syncs: find the Trade table and the Dashboard; read the table's headers and the
 * Dashboard's charts; write. Without the Trade table it stops after the first and writes nothing.
 */
import { formatUsd } from "../../data/format";
import type { Index } from "../../data/query";
import { tableOf } from "../../data/views";
import { offsetColumn } from "../a1";
import { Syncer } from "../batch";
import { LABEL_TEXT_SET, WORKBOOK_SET, isSupported } from "../requirements";
import { formulaCell, listText, numberCell, textCell, writeBlock, writeCell } from "./cells";
import {
  DASHBOARD_LAYOUT,
  addressesWritten,
  cellsToClear,
  dashboardFound,
  findDashboard,
  finishChart,
  prepareDashboard,
  unsupportedResult,
  type ChartOptions,
  type ChartResult,
} from "./dashboard";
import { buildingName, readBefore } from "./replace";
import { BILLION, pathFormula, reportedFormula, sideFormula, tradeHeader } from "./formulas";
import { SIDES } from "./series";
import { keyFigureRows, planTrade, type TradePlan } from "./trade-plan";
import * as W from "./words";
import * as M from "../messages";
import type { Message } from "../../i18n/message";
import { dashboardText } from "../../i18n/dashboard";

export const TRADE_CHART_NAME = dashboardText("dashboard.trade.chartName");

const DATA_HEADERS = {
  year: dashboardText("dashboard.trade.data.year"),
  reported: dashboardText("dashboard.trade.data.reported"),
  path: dashboardText("dashboard.trade.data.path"),
  kz: dashboardText("dashboard.trade.data.kz"),
  uz: dashboardText("dashboard.trade.data.uz"),
} as const;

/** The table, if it exists (known after a sync). */
function existing(table: Excel.Table | undefined): Excel.Table | undefined {
  return table && !table.isNullObject ? table : undefined;
}

/** Where the chart's data sits: one row a year under a header row, three columns. */
interface DataBlock {
  yearColumn: string;
  reportedColumn: string;
  pathColumn: string;
  /** Kazakhstan's and Uzbekistan's own full-year figures, in that order. */
  sideColumns: readonly string[];
  firstRow: number;
  lastRow: number;
  rowOf(year: number): number;
}

function dataBlock(plan: TradePlan): DataBlock {
  const { dataColumn, dataHeaderRow } = DASHBOARD_LAYOUT.trade;
  const firstRow = dataHeaderRow + 1;
  return {
    yearColumn: dataColumn,
    reportedColumn: offsetColumn(dataColumn, 1),
    pathColumn: offsetColumn(dataColumn, 2),
    sideColumns: [offsetColumn(dataColumn, 3), offsetColumn(dataColumn, 4)],
    firstRow,
    lastRow: firstRow + plan.years.length - 1,
    rowOf: (year) => firstRow + year - plan.years[0],
  };
}

/** The chart's data: a title, a note, then Year | Reported | Path, one row a year. */
function writeChartData(
  sheet: Excel.Worksheet,
  plan: TradePlan,
  block: DataBlock,
  tableName: string
): void {
  const { latestYear, targetYear } = plan;
  const { yearColumn, reportedColumn } = block;
  const latestRow = block.rowOf(latestYear);
  const targetBillions = Number((plan.targetUsd / BILLION).toPrecision(15));
  writeCell(sheet, `${yearColumn}1`, textCell(dashboardText("dashboard.trade.data.title")));
  writeCell(
    sheet,
    `${yearColumn}2`,
    textCell(
      dashboardText("dashboard.trade.data.note", {
        table: tableName,
        year: latestYear,
        target: formatUsd(plan.targetUsd),
        targetYear,
      })
    )
  );
  writeBlock(sheet, yearColumn, DASHBOARD_LAYOUT.trade.dataHeaderRow, [
    [
      textCell(DATA_HEADERS.year),
      textCell(DATA_HEADERS.reported),
      textCell(DATA_HEADERS.path),
      textCell(DATA_HEADERS.kz),
      textCell(DATA_HEADERS.uz),
    ],
    ...plan.years.map((year) => {
      const row = block.rowOf(year);
      const path =
        plan.cagr === undefined || year < latestYear
          ? formulaCell("=NA()", "0.00")
          : formulaCell(
              pathFormula({
                yearColumn,
                reportedColumn,
                latestRow,
                row,
                targetBillions,
                targetYear,
              }),
              "0.00"
            );
      return [
        numberCell(year, "0"),
        formulaCell(reportedFormula(tableName, `${yearColumn}${row}`), "0.00"),
        path,
        ...SIDES.map((side) => formulaCell(sideFormula(`${yearColumn}${row}`, side), "0.00")),
      ];
    }),
  ]);
}

/** Shows a point's value as its data label, and nothing else. */
function labelValue(point: Excel.ChartPoint, position: Excel.ChartDataLabel["position"]): void {
  point.hasDataLabel = true;
  point.dataLabel.showValue = true;
  point.dataLabel.showSeriesName = false;
  point.dataLabel.showCategoryName = false;
  point.dataLabel.position = position;
}

/** Adds the chart over the data block; returns the optional touches the host could not do. */
function addChart(
  sheet: Excel.Worksheet,
  plan: TradePlan,
  block: DataBlock,
  options: ChartOptions
): { chart: Excel.Chart; skipped: Message[] } {
  const { say } = options;
  const skipped: Message[] = [];
  const column = (letters: string) =>
    sheet.getRange(`${letters}${block.firstRow}:${letters}${block.lastRow}`);
  const years = column(block.yearColumn);
  const reported = column(block.reportedColumn);
  const chart = sheet.charts.add("ColumnClustered", reported, "Columns");
  // Its own name once complete, replacing the old chart (./replace). The name stays English;
  // what a reader reads is in the pane's language (./words).
  chart.name = buildingName(TRADE_CHART_NAME);
  chart.title.text = say(W.tradeTitle(plan.targetUsd));
  const columns = chart.series.getItemAt(0);
  columns.name = say(W.tradeReported());
  columns.setValues(reported);
  columns.setXAxisValues(years);
  labelValue(columns.points.getItemAt(block.rowOf(plan.latestYear) - block.firstRow), "OutsideEnd");
  if (plan.cagr !== undefined) {
    const line = chart.series.add(say(W.tradePath()));
    line.setValues(column(block.pathColumn));
    line.setXAxisValues(years);
    line.chartType = "Line";
    line.markerStyle = "None";
    line.format.line.lineStyle = "Dash";
    const goal = line.points.getItemAt(block.rowOf(plan.targetYear) - block.firstRow);
    goal.markerStyle = "Diamond";
    goal.markerSize = 9;
    labelValue(goal, "Top");
    if (isSupported(LABEL_TEXT_SET, options.supports))
      goal.dataLabel.text = say(W.tradeTargetLabel(plan.targetUsd, plan.targetYear));
    else skipped.push(M.chartSkippedLabelText(LABEL_TEXT_SET.version));
  }
  SIDES.forEach((side, i) => {
    const own = chart.series.add(say(W.tradeSide(side)));
    own.setValues(column(block.sideColumns[i]));
    own.setXAxisValues(years);
  });
  chart.axes.valueAxis.title.text = say(W.tradeAxis());
  chart.axes.categoryAxis.categoryType = "TextAxis";
  chart.legend.visible = true;
  chart.legend.position = "Bottom";
  return { chart, skipped };
}

/** Builds (or rebuilds) the trade chart and its key figures on the Dashboard. Needs the Trade table. */
export async function buildTradeChart(
  context: Excel.RequestContext,
  index: Index,
  options: ChartOptions
): Promise<ChartResult> {
  if (!isSupported(WORKBOOK_SET, options.supports)) return unsupportedResult();
  const planned = planTrade(index);
  if (!planned.ok) {
    const told = planned.said;
    return { ok: false, reason: "no-data", said: told, syncs: 0 };
  }
  const { plan } = planned;
  const syncer = new Syncer(context);

  const tables = context.workbook.tables;
  const tradeTableName = tableOf("trade").tableName;
  const byId = options.tradeTableId ? tables.getItemOrNullObject(options.tradeTableId) : undefined;
  const byName = tables.getItemOrNullObject(tradeTableName);
  byId?.load("name");
  byName.load("name");
  const search = findDashboard(context, options.dashboard);
  await syncer.sync();
  const found = dashboardFound(search);
  const table = existing(byId) ?? existing(byName);
  if (!table) {
    const told = M.chartNeedsTradeTable(tradeTableName);
    return {
      ok: false,
      reason: "needs-trade-table",
      said: told,
      syncs: syncer.count,
    };
  }

  const layout = DASHBOARD_LAYOUT.trade;
  const block = dataBlock(plan);
  // Every cell this build writes, in one place: run on a recorder first, to know what to clear.
  const writeCells = (sheet: Excel.Worksheet) => {
    writeCell(
      sheet,
      layout.heading,
      textCell(
        dashboardText("dashboard.trade.heading", {
          target: formatUsd(plan.targetUsd),
          year: plan.targetYear,
        })
      )
    );
    writeBlock(sheet, "A", layout.figuresRow, keyFigureRows(index, plan));
    writeChartData(sheet, plan, block, table.name);
    writeCell(
      sheet,
      layout.description,
      textCell(dashboardText("dashboard.chart.description", { description: plan.description }))
    );
  };
  const written = addressesWritten(writeCells);
  const clear = cellsToClear(options.dashboard, "trade", written);
  const header = table.getHeaderRowRange().load("values");
  const before = readBefore(found, clear);
  await syncer.sync();
  const headers = (header.values[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const needed = (["year", "value", "headline"] as const).map(tradeHeader);
  const missing = needed.filter((h) => !headers.includes(h.toLowerCase()));
  if (missing.length > 0) {
    // Column headers are Excel's names: quoted as they are, in every language.
    const columns = listText(missing.map((h) => `"${h}"`));
    const told = M.chartTradeColumns(table.name, columns, missing.length);
    return {
      ok: false,
      reason: "trade-table-columns",
      said: told,
      syncs: syncer.count,
    };
  }

  const sheet = prepareDashboard(context, found, clear);
  writeCells(sheet);
  const { chart, skipped } = addChart(sheet, plan, block, options);
  return finishChart({
    context,
    before,
    clear,
    chart,
    chartName: TRADE_CHART_NAME,
    sheet,
    position: layout.chart,
    activate: options.activate !== false,
    syncer,
    description: plan.description,
    skipped,
    written,
  });
}
