import type { Index } from "../query";
import type { Target } from "../schema";
import { sourceCells, type CellValue, type Column } from "./cells";

export const TARGET_COLUMNS: readonly Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "value", header: "Target (USD)", kind: "usd" },
  { key: "year", header: "By year", kind: "year" },
  { key: "horizon", header: "Horizon", kind: "text" },
  { key: "setOn", header: "Set on", kind: "date" },
  { key: "setBy", header: "Set by", kind: "text" },
  { key: "current", header: "Current", kind: "boolean" },
  { key: "context", header: "Context", kind: "text" },
  { key: "source", header: "Source", kind: "text" },
  { key: "url", header: "Source URL", kind: "url" },
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
