/**
 * Growth achieved, set against the growth the target needs. A growth rate is only meaningful
 * between figures of the same reporter: the headline series switches from Kazakhstan's figures
 * (to 2024) to Uzbekistan's (2025), and the two countries count trade differently. The data
 * layer has no same-reporter growth query yet, so this groups the headline series
 * (`tradeHistory`) by the reporting side and compares each side's first and last figure.
 */
import { tradeForYear, tradeHistory, type Index, type TradePoint } from "../../data/query";
import type { TradeObservation } from "../../data/schema";

export type Side = TradeObservation["reporterSide"];

/** Growth between the first and last headline figures that one side reported. */
export interface AchievedGrowth {
  side: Side;
  from: TradePoint;
  to: TradePoint;
  /** Compound growth a year, as a fraction: 0.104 is 10.4% a year. */
  cagr: number;
}

/** Whose figures: "Kazakhstan's figures", "joint figures". */
export function figuresOf(side: Side): string {
  switch (side) {
    case "KZ":
      return "Kazakhstan's figures";
    case "UZ":
      return "Uzbekistan's figures";
    case "joint":
      return "the two governments' joint figures";
    default:
      return "press figures";
  }
}

/** A country's name for a side that is one country. */
export function countryName(side: "KZ" | "UZ"): string {
  return side === "KZ" ? "Kazakhstan" : "Uzbekistan";
}

/**
 * For each side with two or more headline figures, the compound yearly growth from its first to
 * its last; the side of the latest headline figure first.
 */
export function achievedGrowth(index: Index): AchievedGrowth[] {
  const history = tradeHistory(index);
  if (!history.ok) return [];
  const bySide = new Map<Side, TradePoint[]>();
  for (const p of history.value) {
    const list = bySide.get(p.observation.reporterSide) ?? [];
    list.push(p);
    bySide.set(p.observation.reporterSide, list);
  }
  const latestSide = history.value[history.value.length - 1].observation.reporterSide;
  const result: AchievedGrowth[] = [];
  for (const [side, points] of bySide) {
    if (points.length < 2) continue;
    const from = points[0];
    const to = points[points.length - 1];
    const cagr = Math.pow(to.usd / from.usd, 1 / (to.year - from.year)) - 1;
    result.push({ side, from, to, cagr });
  }
  return result.sort((a, b) => Number(b.side === latestSide) - Number(a.side === latestSide));
}

/** The sides whose headline series has a single figure, so no growth can be computed for them. */
export function sidesWithOneFigure(index: Index): Side[] {
  const history = tradeHistory(index);
  if (!history.ok) return [];
  const counts = new Map<Side, number>();
  for (const p of history.value)
    counts.set(p.observation.reporterSide, (counts.get(p.observation.reporterSide) ?? 0) + 1);
  return [...counts].filter(([, n]) => n === 1).map(([side]) => side);
}

/** Kazakhstan's and Uzbekistan's own best figure for a year (possibly part of the year), or none. */
export interface SideFigure {
  side: "KZ" | "UZ";
  point?: TradePoint;
}

/** Each country's figure for `year`, or undefined when both agree (same value, both full year). */
export function sidesIfTheyDiffer(index: Index, year: number): SideFigure[] | undefined {
  const figures: SideFigure[] = (["KZ", "UZ"] as const).map((side) => {
    const found = tradeForYear(index, year, side);
    return found.ok ? { side, point: found.value } : { side };
  });
  const [kz, uz] = figures;
  const same =
    kz.point !== undefined &&
    uz.point !== undefined &&
    kz.point.usd === uz.point.usd &&
    kz.point.observation.period === "full year" &&
    uz.point.observation.period === "full year";
  return same ? undefined : figures;
}
