import type { Index } from "../query";
import type { Agreement } from "../schema";
import { sourceCells, type CellValue, type Column } from "./cells";
import { workbookText } from "../../i18n/workbook";

export const AGREEMENT_COLUMNS: readonly Column[] = [
  { key: "id", header: workbookText("workbook.header.id"), kind: "id" },
  { key: "title", header: workbookText("workbook.header.title"), kind: "text" },
  { key: "domain", header: workbookText("workbook.header.domain"), kind: "text" },
  { key: "kind", header: workbookText("workbook.header.kind"), kind: "text" },
  { key: "date", header: workbookText("workbook.header.date"), kind: "date" },
  { key: "parties", header: workbookText("workbook.header.parties"), kind: "text" },
  { key: "status", header: workbookText("workbook.header.status"), kind: "text" },
  { key: "summary", header: workbookText("workbook.header.summary"), kind: "text" },
  { key: "titleFr", header: workbookText("workbook.header.titleFr"), kind: "text" },
  { key: "source", header: workbookText("workbook.header.source"), kind: "text" },
  { key: "url", header: workbookText("workbook.header.sourceUrl"), kind: "url" },
];

/** One agreement as cells in AGREEMENT_COLUMNS order. */
export function agreementCells(index: Index, a: Agreement): CellValue[] {
  const [source, url] = sourceCells(index, a.sourceIds);
  return [
    a.id,
    a.title.en,
    a.domain,
    a.kind,
    a.date,
    a.parties.join("; "),
    a.status,
    a.summary,
    a.title.fr ?? null,
    source,
    url,
  ];
}
