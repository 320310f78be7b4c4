import type { Index } from "../query";
import type { Target } from "../schema";
import { sourceCells, type CellValue, type Column } from "./cells";
import { workbookText } from "../../i18n/workbook";

export const TARGET_COLUMNS: readonly Column[] = [
  { key: "id", header: workbookText("workbook.header.id"), kind: "id" },
  { key: "value", header: workbookText("workbook.header.target"), kind: "usd" },
  { key: "year", header: workbookText("workbook.header.byYear"), kind: "year" },
  { key: "horizon", header: workbookText("workbook.header.horizon"), kind: "text" },
  { key: "setOn", header: workbookText("workbook.header.setOn"), kind: "date" },
  { key: "setBy", header: workbookText("workbook.header.setBy"), kind: "text" },
  { key: "current", header: workbookText("workbook.header.current"), kind: "boolean" },
  { key: "context", header: workbookText("workbook.header.context"), kind: "text" },
  { key: "source", header: workbookText("workbook.header.source"), kind: "text" },
  { key: "url", header: workbookText("workbook.header.sourceUrl"), kind: "url" },
];

/** One trade target as cells in TARGET_COLUMNS order. */
export function targetCells(index: Index, t: Target): CellValue[] {
  const [source, url] = sourceCells(index, t.sourceIds);
  return [
    t.id,
    t.valueUsd,
    t.targetYear,
    t.horizonText ?? null,
    t.setOn,
    t.setBy,
    t.current ? "yes" : "no",
    t.context,
    source,
    url,
  ];
}
