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

export const PROJECT_COLUMNS: readonly Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "name", header: "Name", kind: "text" },
  { key: "sector", header: "Sector", kind: "text" },
  { key: "region", header: "Region", kind: "text" },
  { key: "city", header: "City", kind: "text" },
  { key: "country", header: "Country", kind: "text" },
  { key: "investment", header: "Investment (USD)", kind: "usd" },
  { key: "basis", header: "Investment basis", kind: "text" },
  { key: "status", header: "Status", kind: "text" },
  { key: "partners", header: "Partners", kind: "text" },
  { key: "capacity", header: "Capacity", kind: "text" },
  { key: "jobs", header: "Jobs", kind: "number" },
  { key: "nameFr", header: "Name (French)", kind: "text" },
  { key: "source", header: "Source", kind: "text" },
  { key: "url", header: "Source URL", kind: "url" },
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
