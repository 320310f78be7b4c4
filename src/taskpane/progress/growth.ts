/**
 * Growth achieved, set against the growth the target needs. A growth rate is only meaningful
 * within one reporter's figures: the headline series switches from Kazakhstan's figures (to
 * 2024) to Uzbekistan's (2025), and the two countries count trade differently. The rates come
 * from the data layer's `achievedGrowth` (the same as the KZUZ functions use): each country's
 * growth into its latest full-year figure, from its own figure for the year before (or the rate
 * it reported with its figure, or its latest earlier figure). The year-on-year rate, not a rate
 * over a decade, is what compares with the growth a year the target still needs.
 */
import {
  achievedGrowth,
  tradeHistory,
  tradeForYear,
  type AchievedGrowth,
  type Index,
  type TradePoint,
} from "../../data/query";

/** The countries whose figures make up the headline series, the latest year's first. */
function headlineSides(index: Index): ("KZ" | "UZ")[] {
  const history = tradeHistory(index);
  if (!history.ok) return [];
  const sides = history.value
    .map((p) => p.observation.reporterSide)
    .reverse()
    .filter((s): s is "KZ" | "UZ" => s === "KZ" || s === "UZ");
  return [...new Set(sides)];
}

/** Each headline country's growth into its latest figure, from its own figures; the latest first. */
export function achievedBySide(index: Index): AchievedGrowth[] {
  return headlineSides(index).flatMap((reporter) => {
    const g = achievedGrowth(index, { reporter });
    return g.ok ? [g.value] : [];
  });
}

/** The headline countries for which no growth can be computed without mixing reporters. */
export function sidesWithoutGrowth(index: Index): ("KZ" | "UZ")[] {
  return headlineSides(index).filter((reporter) => !achievedGrowth(index, { reporter }).ok);
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
