/**
 * The trade chart's plan, pure: what the chart draws (years, latest figure, path to the target,
 * each side's required growth), its description, and the key figures' cells (KZUZ formulas with
 * where each number comes from). ./trade writes them.
 */
import { FUNCTIONS_NAMESPACE } from "../../office/namespace";
import { formatUsd } from "../../data/format";
import {
  REPORTER_LABELS,
  currentTarget,
  headlineSwitches,
  requiredGrowthByReporter,
  sourceLabelFor,
  tradeHistory,
  type Index,
  type RequiredGrowth,
} from "../../data/query";
import { formulaCell, listText, textCell, type Cell } from "./cells";
import { BILLION } from "./formulas";
import { tradeSeries } from "./series";
import * as M from "../messages";
import type { Message } from "../../i18n/message";
import { dashboardText } from "../../i18n/dashboard";

export interface TradePlan {
  /** Every year charted: the first headline year to the target year. */
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
  /** The latest headline figure's reporter, in words ("Uzbekistan's statistics"). */
  latestReporter: string;
  /** The growth needed from each country's own latest figure (Kazakhstan, Uzbekistan). */
  sides: RequiredGrowth[];
  /** "2024 (to the press), 2025 (to Uzbekistan's statistics)": where the headline changes reporter. */
  switches: string;
  description: string;
}

export function planTrade(
  index: Index
): { ok: true; plan: TradePlan } | { ok: false; said: Message } {
  // The same series the pane's preview draws (./series).
  const found = tradeSeries(index);
  if (!found.ok)
    return {
      ok: false,
      said: found.problem === "no-headline" ? M.chartNoHeadline() : M.chartTargetNoYear(),
    };
  const { years, latest, targetYear, cagr, gaps } = found.series;
  const first = years[0];
  const target = currentTarget(index);
  const share = ((latest.usd / target.valueUsd) * 100).toFixed(1);
  const latestReporter = REPORTER_LABELS[latest.observation.reporterSide];
  const sides = requiredGrowthByReporter(index).filter(
    (g) => g.reporter === "KZ" || g.reporter === "UZ"
  );
  const runs = headlineSwitches(index);
  const switches = runs
    .slice(1)
    .filter((run, i) => run.reporter !== runs[i].reporter)
    .map((run) =>
      dashboardText("dashboard.trade.switch", {
        year: run.from,
        reporter: REPORTER_LABELS[run.reporter],
      })
    )
    .join(", ");
  const rates = sides.map((g) => g.cagr * 100);
  const description = [
    dashboardText("dashboard.trade.description.columns", { from: first, to: latest.year }),
    ...(gaps.length > 0
      ? [dashboardText("dashboard.trade.description.gaps", { years: listText(gaps.map(String)) })]
      : []),
    dashboardText("dashboard.trade.description.latest", {
      year: latest.year,
      billions: (latest.usd / BILLION).toFixed(2),
      reporter: latestReporter,
      share,
      target: formatUsd(target.valueUsd),
      targetYear,
    }),
    cagr === undefined
      ? dashboardText("dashboard.trade.description.noPath")
      : dashboardText("dashboard.trade.description.path", {
          rate: (cagr * 100).toFixed(1),
          targetYear,
        }),
    dashboardText("dashboard.trade.description.sides"),
    ...(switches ? [dashboardText("dashboard.trade.description.switches", { switches })] : []),
    ...(rates.length > 1
      ? [
          dashboardText("dashboard.trade.description.range", {
            low: Math.min(...rates).toFixed(1),
            high: Math.max(...rates).toFixed(1),
          }),
        ]
      : []),
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
      latestReporter,
      sides,
      switches,
      description: `${description}.`,
    },
  };
}

/** The key figures in A2:C7: KZUZ formulas, each with where its number comes from. */
export function keyFigureRows(index: Index, plan: TradePlan): Cell[][] {
  const { latestYear, targetYear } = plan;
  const target = currentTarget(index);
  const targetSource = sourceLabelFor(index, target.sourceIds);
  const latest = tradeHistory(index, { from: latestYear, to: latestYear });
  const latestSource = latest.ok
    ? sourceLabelFor(index, latest.value[0].observation.sourceIds)
    : null;
  const targetText = formatUsd(plan.targetUsd);
  const who = plan.latestReporter;
  return [
    [
      textCell(dashboardText("dashboard.trade.figures.figure")),
      textCell(dashboardText("dashboard.trade.figures.value")),
      textCell(dashboardText("dashboard.trade.figures.source")),
    ],
    [
      textCell(dashboardText("dashboard.trade.figures.latest", { year: latestYear, who })),
      formulaCell(`=${FUNCTIONS_NAMESPACE}.TRADE(${latestYear})/${BILLION}`, "0.00"),
      textCell(
        latestSource
          ? dashboardText("dashboard.trade.figures.latestHowSource", { who, source: latestSource })
          : dashboardText("dashboard.trade.figures.latestHow", { who })
      ),
    ],
    [
      textCell(
        dashboardText("dashboard.trade.figures.share", {
          target: targetText,
          year: latestYear,
          who,
        })
      ),
      formulaCell(`=${FUNCTIONS_NAMESPACE}.PROGRESS(${latestYear})`, "0.0%"),
      textCell(
        targetSource
          ? dashboardText("dashboard.trade.figures.shareHowSource", {
              year: latestYear,
              source: targetSource,
            })
          : dashboardText("dashboard.trade.figures.shareHow", { year: latestYear })
      ),
    ],
    [
      textCell(
        dashboardText("dashboard.trade.figures.growth", { from: latestYear, to: targetYear, who })
      ),
      formulaCell(`=${FUNCTIONS_NAMESPACE}.REQUIREDGROWTH(${latestYear})`, "0.0%"),
      textCell(
        dashboardText("dashboard.trade.figures.growthHow", { from: latestYear, to: targetYear })
      ),
    ],
    ...plan.sides.map((g) => [
      textCell(
        dashboardText("dashboard.trade.figures.sideGrowth", {
          year: g.fromYear,
          reporter: REPORTER_LABELS[g.reporter],
        })
      ),
      formulaCell(`=${FUNCTIONS_NAMESPACE}.REQUIREDGROWTH(${g.fromYear},"${g.reporter}")`, "0.0%"),
      textCell(
        plan.switches
          ? dashboardText("dashboard.trade.figures.sideHowSwitches", { switches: plan.switches })
          : dashboardText("dashboard.trade.figures.sideHow")
      ),
    ]),
    [
      textCell(dashboardText("dashboard.trade.figures.yearsLeft", { year: targetYear })),
      formulaCell(`=${targetYear}-${latestYear}`, "0"),
      textCell(
        dashboardText("dashboard.trade.figures.setOn", { date: target.setOn, who: target.setBy })
      ),
    ],
    [
      textCell(dashboardText("dashboard.trade.figures.target", { year: targetYear })),
      formulaCell(`=${FUNCTIONS_NAMESPACE}.TARGET()/${BILLION}`, "0.0"),
      textCell(
        targetSource
          ? dashboardText("dashboard.trade.figures.targetHowSource", { source: targetSource })
          : dashboardText("dashboard.trade.figures.targetHow")
      ),
    ],
  ];
}
