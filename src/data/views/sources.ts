import type { Source } from "../schema";
import type { CellValue, Column } from "./cells";

export const SOURCE_COLUMNS: readonly Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "publisher", header: "Publisher", kind: "text" },
  { key: "title", header: "Title", kind: "text" },
  { key: "date", header: "Date", kind: "date" },
  { key: "language", header: "Language", kind: "text" },
  { key: "url", header: "URL", kind: "url" },
  { key: "note", header: "Note", kind: "text" },
];

/** One source as cells in SOURCE_COLUMNS order. */
export function sourceRowCells(s: Source): CellValue[] {
  return [
    s.id,
    s.publisher,
    s.title,
    s.date ?? null,
    s.language ?? null,
    s.url ?? null,
    s.note ?? null,
  ];
}
