import type { Index } from "../query";
import type { TradeObservation } from "../schema";
import { NOT_DISCLOSED, periodText, sourceCells, type CellValue, type Column } from "./cells";

export const TRADE_COLUMNS: readonly Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "year", header: "Year", kind: "year" },
  { key: "value", header: "Turnover (USD)", kind: "usd" },
  { key: "period", header: "Period", kind: "text" },
  { key: "growth", header: "Growth on a year earlier", kind: "percent" },
  { key: "reporter", header: "Reported by", kind: "text" },
  { key: "side", header: "Side", kind: "text" },
  { key: "headline", header: "Headline", kind: "boolean" },
  { key: "reliability", header: "Reliability", kind: "text" },
  { key: "note", header: "Note", kind: "text" },
  { key: "source", header: "Source", kind: "text" },
  { key: "url", header: "Source URL", kind: "url" },
];

/** What the Headline column holds for a headline figure (the trade chart's formulas match it). */
export const HEADLINE_YES = "yes";

/** One trade figure as cells in TRADE_COLUMNS order. */
export function tradeCells(index: Index, o: TradeObservation): CellValue[] {
  const [source, url] = sourceCells(index, o.sourceIds);
  const note = [
    o.flag,
    o.preliminary ? "preliminary" : undefined,
    o.valueQualifier ? `value: ${o.valueQualifier}` : undefined,
    o.note,
  ]
    .filter(Boolean)
    .join(" ");
  return [
    o.id,
    o.year,
    o.value ?? NOT_DISCLOSED,
    periodText(o.period),
    o.growthPct === undefined ? null : o.growthPct / 100,
    o.reporter,
    o.reporterSide,
    o.headline ? HEADLINE_YES : "no",
    o.reliability,
    note || null,
    source,
    url,
  ];
}
