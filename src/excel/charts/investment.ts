/**
 * The investment chart: a bar per joint project whose amount a source discloses or estimates,
 * in USD million; projects without an amount are listed beside it as "not disclosed", never
 * drawn as zero. The amounts are plain numbers from the dataset, so the chart is built again
 * after a refresh. Three syncs: find the Dashboard, read its charts, write.
 */
import { sourceLabelFor, type Index } from "../../data/query";
import type { Project } from "../../data/schema";
import { NOT_DISCLOSED, investmentBasis } from "../../data/views";
import { Syncer } from "../batch";
import { WORKBOOK_SET, isSupported } from "../requirements";
import {
  BLANK_CELL,
  listText,
  numberCell,
  textCell,
  writeBlock,
  writeCell,
  type Cell,
} from "./cells";
import {
  DASHBOARD_LAYOUT,
  addressesWritten,
  cellsToClear,
  dashboardFound,
  dashboardName,
  findDashboard,
  finishChart,
  prepareDashboard,
  unsupportedResult,
  type ChartOptions,
  type ChartResult,
} from "./dashboard";
import { buildingName, deleteOld, readBefore } from "./replace";
import * as M from "../messages";
import { investmentBars } from "./series";
import * as W from "./words";
import { dashboardText } from "../../i18n/dashboard";

export const INVESTMENT_CHART_NAME = dashboardText("dashboard.investment.chartName");

const MILLION = 1_000_000;

interface ChartedProject {
  project: Project;
  /** The project's name with what a reader must know of the amount: "X (estimate)". */
  label: string;
  usd: number;
}

interface InvestmentPlan {
  /** Largest first. */
  charted: ChartedProject[];
  notDisclosed: Project[];
  description: string;
}

function planInvestment(index: Index): InvestmentPlan {
  // The same bars the pane's preview draws (./series).
  const { bars: drawn, notDisclosed } = investmentBars(index);
  const charted = drawn.map(({ project, caveats, usd }) => ({
    project,
    label: caveats.length > 0 ? `${project.name.en} (${caveats.join(", ")})` : project.name.en,
    usd,
  }));
  const bars = charted.map((r) =>
    dashboardText("dashboard.investment.bar", {
      label: r.label,
      amount: (r.usd / MILLION).toFixed(1),
    })
  );
  const parts = [dashboardText("dashboard.investment.description.bars", { bars: bars.join("; ") })];
  if (notDisclosed.length > 0)
    parts.push(
      dashboardText("dashboard.investment.description.notDisclosed", {
        names: listText(notDisclosed.map((p) => p.name.en)),
      })
    );
  return { charted, notDisclosed, description: `${parts.join(". ")}.` };
}

/** The list beside the chart: charted amounts, then the projects without one, then a note. */
function listRows(index: Index, plan: InvestmentPlan): Cell[][] {
  const { dataset } = index;
  const rows: Cell[][] = [
    [
      textCell(dashboardText("dashboard.investment.list.project")),
      textCell(dashboardText("dashboard.investment.list.amount")),
      textCell(dashboardText("dashboard.investment.list.basis")),
      textCell(dashboardText("dashboard.investment.list.source")),
    ],
    ...plan.charted.map((r) => [
      textCell(r.label),
      numberCell(r.usd / MILLION, "#,##0.0"),
      textCell(investmentBasis(r.project.investment)),
      textCell(sourceLabelFor(index, r.project.investment.sourceIds) ?? null),
    ]),
  ];
  if (plan.notDisclosed.length > 0)
    rows.push(
      [BLANK_CELL],
      [textCell(dashboardText("dashboard.investment.notDisclosed.title"))],
      [
        textCell(dashboardText("dashboard.investment.notDisclosed.project")),
        textCell(dashboardText("dashboard.investment.notDisclosed.amount")),
        textCell(dashboardText("dashboard.investment.notDisclosed.note")),
        textCell(dashboardText("dashboard.investment.notDisclosed.source")),
      ],
      ...plan.notDisclosed.map((p) => [
        textCell(p.name.en),
        textCell(NOT_DISCLOSED),
        textCell(p.investment.note ?? dashboardText("dashboard.investment.notDisclosed.noAmount")),
        textCell(
          sourceLabelFor(
            index,
            p.investment.sourceIds.length > 0 ? p.investment.sourceIds : p.sourceIds
          ) ?? null
        ),
      ])
    );
  rows.push(
    [BLANK_CELL],
    [
      textCell(
        dashboardText("dashboard.investment.note", {
          notDisclosed: NOT_DISCLOSED,
          version: dataset.version,
          asOf: dataset.asOf,
        })
      ),
    ]
  );
  return rows;
}

/** Builds (or rebuilds) the investment chart and its list on the Dashboard. */
export async function buildInvestmentChart(
  context: Excel.RequestContext,
  index: Index,
  options: ChartOptions
): Promise<ChartResult> {
  if (!isSupported(WORKBOOK_SET, options.supports)) return unsupportedResult();
  const plan = planInvestment(index);
  const syncer = new Syncer(context);

  const search = findDashboard(context, options.dashboard);
  await syncer.sync();
  const found = dashboardFound(search);
  const layout = DASHBOARD_LAYOUT.investment;
  // Every cell this build writes, in one place: run on a recorder first, to know what to clear.
  const writeCells = (target: Excel.Worksheet) => {
    writeCell(target, layout.heading, textCell(dashboardText("dashboard.investment.heading")));
    writeBlock(target, "A", layout.tableRow, listRows(index, plan));
    writeCell(
      target,
      layout.description,
      textCell(dashboardText("dashboard.chart.description", { description: plan.description }))
    );
  };
  const written = addressesWritten(writeCells);
  const clear = cellsToClear(options.dashboard, "investment", written);
  const before = readBefore(found, clear);
  await syncer.sync();

  const sheet = prepareDashboard(context, found, clear);
  writeCells(sheet);

  if (plan.charted.length === 0) {
    // No bar to draw: the old chart, drawn from amounts no longer in force, goes.
    deleteOld(before, INVESTMENT_CHART_NAME);
    await syncer.sync();
    const told = M.chartNoAmounts(dashboardName(found), NOT_DISCLOSED);
    return { ok: false, reason: "no-data", said: told, syncs: syncer.count };
  }
  const firstRow = layout.tableRow + 1;
  const lastRow = firstRow + plan.charted.length - 1;
  const names = sheet.getRange(`A${firstRow}:A${lastRow}`);
  const amounts = sheet.getRange(`B${firstRow}:B${lastRow}`);
  const chart = sheet.charts.add("BarClustered", amounts, "Columns");
  // Its own name once complete, replacing the old chart (./replace).
  chart.name = buildingName(INVESTMENT_CHART_NAME);
  // What a reader reads is in the pane's language (./words); the name stays English.
  const { say } = options;
  chart.title.text = say(W.investmentTitle());
  const bars = chart.series.getItemAt(0);
  bars.name = say(W.investmentSeries());
  bars.setValues(amounts);
  bars.setXAxisValues(names);
  bars.hasDataLabels = true;
  chart.axes.valueAxis.title.text = say(W.investmentAxis());
  // Excel draws the first category at the bottom; reversed, the bars read largest first.
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.legend.visible = false;
  return finishChart({
    context,
    before,
    clear,
    chart,
    chartName: INVESTMENT_CHART_NAME,
    sheet,
    position: layout.chart,
    activate: options.activate !== false,
    syncer,
    description: plan.description,
    skipped: [],
    written,
  });
}
