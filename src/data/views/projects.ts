import type { Index } from "../query";
import type { Project } from "../schema";
import {
  investmentBasis,
  investmentCell,
  projectPlaces,
  sectorName,
  sourceCells,
  type CellValue,
  type Column,
} from "./cells";
import { workbookText } from "../../i18n/workbook";

export const PROJECT_COLUMNS: readonly Column[] = [
  { key: "id", header: workbookText("workbook.header.id"), kind: "id" },
  { key: "name", header: workbookText("workbook.header.name"), kind: "text" },
  { key: "sector", header: workbookText("workbook.header.sector"), kind: "text" },
  { key: "region", header: workbookText("workbook.header.region"), kind: "text" },
  { key: "city", header: workbookText("workbook.header.city"), kind: "text" },
  { key: "country", header: workbookText("workbook.header.country"), kind: "text" },
  { key: "investment", header: workbookText("workbook.header.investment"), kind: "usd" },
  { key: "basis", header: workbookText("workbook.header.basis"), kind: "text" },
  { key: "status", header: workbookText("workbook.header.status"), kind: "text" },
  { key: "partners", header: workbookText("workbook.header.partners"), kind: "text" },
  { key: "capacity", header: workbookText("workbook.header.capacity"), kind: "text" },
  { key: "jobs", header: workbookText("workbook.header.jobs"), kind: "number" },
  { key: "nameFr", header: workbookText("workbook.header.nameFr"), kind: "text" },
  { key: "source", header: workbookText("workbook.header.source"), kind: "text" },
  { key: "url", header: workbookText("workbook.header.sourceUrl"), kind: "url" },
];

/** One project as cells in PROJECT_COLUMNS order. */
export function projectCells(index: Index, p: Project): CellValue[] {
  const [source, url] = sourceCells(
    index,
    p.investment.status === "not disclosed" ? p.sourceIds : p.investment.sourceIds
  );
  const partners = [p.investor, ...(p.partners ?? [])].filter(Boolean).join("; ");
  return [
    p.id,
    p.name.en,
    sectorName(index, p.sector),
    projectPlaces(index, p, "region"),
    projectPlaces(index, p, "city"),
    projectPlaces(index, p, "country"),
    investmentCell(p.investment),
    investmentBasis(p.investment),
    p.status,
    partners || null,
    p.capacity ?? null,
    p.jobs ?? null,
    p.name.fr ?? null,
    source,
    url,
  ];
}
