import type { Index } from "../query";
import type { Agreement } from "../schema";
import { sourceCells, type CellValue, type Column } from "./cells";

export const AGREEMENT_COLUMNS: readonly Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "title", header: "Title", kind: "text" },
  { key: "domain", header: "Domain", kind: "text" },
  { key: "kind", header: "Kind", kind: "text" },
  { key: "date", header: "Date", kind: "date" },
  { key: "parties", header: "Parties", kind: "text" },
  { key: "status", header: "Status", kind: "text" },
  { key: "summary", header: "What it does", kind: "text" },
  { key: "titleFr", header: "Title (French)", kind: "text" },
  { key: "source", header: "Source", kind: "text" },
  { key: "url", header: "Source URL", kind: "url" },
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
