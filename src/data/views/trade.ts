import type { Index } from "../query";
import type { TradeObservation } from "../schema";
import { NOT_DISCLOSED, periodText, sourceCells, type CellValue, type Column } from "./cells";
import { workbookText } from "../../i18n/workbook";

export const TRADE_COLUMNS: readonly Column[] = [
  { key: "id", header: workbookText("workbook.header.id"), kind: "id" },
  { key: "year", header: workbookText("workbook.header.year"), kind: "year" },
  { key: "value", header: workbookText("workbook.header.turnover"), kind: "usd" },
  { key: "period", header: workbookText("workbook.header.period"), kind: "text" },
  { key: "growth", header: workbookText("workbook.header.growth"), kind: "percent" },
  { key: "reporter", header: workbookText("workbook.header.reporter"), kind: "text" },
  { key: "side", header: workbookText("workbook.header.side"), kind: "text" },
  { key: "headline", header: workbookText("workbook.header.headline"), kind: "boolean" },
  { key: "reliability", header: workbookText("workbook.header.reliability"), kind: "text" },
  { key: "note", header: workbookText("workbook.header.note"), kind: "text" },
  { key: "source", header: workbookText("workbook.header.source"), kind: "text" },
  { key: "url", header: workbookText("workbook.header.sourceUrl"), kind: "url" },
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
