/**
 * The series each chart shows, as numbers: what the chart builders lay out on the Dashboard and
 * what the pane's preview draws (src/taskpane/charts), so the two never differ. Pure: no Office.
 *
 * Trade, one value a year from the first headline year to the target year, in USD billion:
 * the headline figure (null: no headline figure, a gap), the path to the target (compound growth
 * from the latest headline figure; null before it), and each country's own full-year figure
 * (null where it gave none). In Excel the same numbers come from formulas over the Trade table
 * (./formulas), so the workbook's chart follows a refresh.
 *
 * Investment: one bar per joint project whose amount a source discloses or estimates, largest
 * first; the others are "not disclosed", listed, never drawn as zero.
 */
import {
  currentTarget,
  requiredGrowth,
  tradeForYear,
  tradeHistory,
  type Index,
  type TradePoint,
} from "../../data/query";
import type { Investment, Project } from "../../data/schema";
import { BILLION } from "./formulas";

export const SIDES = ["KZ", "UZ"] as const;
type ChartSide = (typeof SIDES)[number];

export interface TradeSeries {
  years: number[];
  /** USD billion a year; null: a gap. */
  reported: (number | null)[];
  path: (number | null)[];
  sides: Record<ChartSide, (number | null)[]>;
  latest: TradePoint;
  targetUsd: number;
  targetYear: number;
  /** Required compound growth; undefined when the latest year is not before the target year. */
  cagr?: number;
  /** Years up to the latest without a headline figure. */
  gaps: number[];
}

type TradeSeriesResult =
  { ok: true; series: TradeSeries } | { ok: false; problem: "no-headline" | "target-no-year" };

const billions = (usd: number | undefined) =>
  usd === undefined ? null : Number((usd / BILLION).toPrecision(15));

/** The trade chart's series, from the dataset in force. */
export function tradeSeries(index: Index): TradeSeriesResult {
  const history = tradeHistory(index);
  if (!history.ok) return { ok: false, problem: "no-headline" };
  const points = history.value;
  const target = currentTarget(index);
  // Validation gives the current target a year; the type allows none.
  const targetYear = target.targetYear;
  if (targetYear === null) return { ok: false, problem: "target-no-year" };
  const first = points[0].year;
  const latest = points[points.length - 1];
  const last = Math.max(targetYear, latest.year);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const byYear = new Map(points.map((p) => [p.year, p.usd]));
  const growth = requiredGrowth(index);
  const cagr = growth.ok ? growth.value.cagr : undefined;
  const latestBn = latest.usd / BILLION;
  const targetBn = target.valueUsd / BILLION;
  const span = targetYear - latest.year;
  const path = years.map((year) =>
    cagr === undefined || year < latest.year
      ? null
      : latestBn * (targetBn / latestBn) ** ((year - latest.year) / span)
  );
  const side = (who: ChartSide) =>
    years.map((year) => {
      // What KZUZ.TRADE(year, "KZ") gives, the formula the chart's cells hold.
      const figure = tradeForYear(index, year, who);
      return figure.ok ? billions(figure.value.usd) : null;
    });
  return {
    ok: true,
    series: {
      years,
      reported: years.map((y) => billions(byYear.get(y))),
      path,
      sides: { KZ: side("KZ"), UZ: side("UZ") },
      latest,
      targetUsd: target.valueUsd,
      targetYear,
      cagr,
      gaps: years.filter((y) => y <= latest.year && !byYear.has(y)),
    },
  };
}

export interface InvestmentBar {
  project: Project;
  /** What a reader must know of the amount, in English: "estimate", "at least", "initial stage only". */
  caveats: string[];
  usd: number;
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

/** The investment chart's bars (largest first) and the projects it does not draw. */
export function investmentBars(index: Index): { bars: InvestmentBar[]; notDisclosed: Project[] } {
  const bars: InvestmentBar[] = [];
  const notDisclosed: Project[] = [];
  for (const project of index.dataset.projects) {
    const { investment } = project;
    if (investment.status === "not disclosed" || investment.usd === undefined)
      notDisclosed.push(project);
    else bars.push({ project, caveats: amountCaveats(investment), usd: investment.usd });
  }
  bars.sort((a, b) => b.usd - a.usd);
  return { bars, notDisclosed };
}
