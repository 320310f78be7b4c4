import type { Source } from "../schema";
import type { CellValue, Column } from "./cells";
import { workbookText } from "../../i18n/workbook";

export const SOURCE_COLUMNS: readonly Column[] = [
  { key: "id", header: workbookText("workbook.header.id"), kind: "id" },
  { key: "publisher", header: workbookText("workbook.header.publisher"), kind: "text" },
  { key: "title", header: workbookText("workbook.header.title"), kind: "text" },
  { key: "date", header: workbookText("workbook.header.date"), kind: "date" },
  { key: "language", header: workbookText("workbook.header.language"), kind: "text" },
  { key: "url", header: workbookText("workbook.header.url"), kind: "url" },
  { key: "note", header: workbookText("workbook.header.note"), kind: "text" },
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
