/**
 * KZUZ's linked entity data domains (ExcelApi 1.19) as data: their ids, which record kind each
 * holds, and which KZUZ record a linked cell value names. Here, in src/data, so that the card
 * builder's readers (refresh, share, Explain), the domains' registration (src/excel/linked) and the
 * load service (src/formulas/linked) share one list. As Microsoft's "Create linked entity data
 * types in Excel add-ins" sets them
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values):
 * "You must specify a serviceId of 268436224" for an add-in's linked entities; no "!" in an
 * entityId or domainId; "After publishing your add-in, don't change the linked entity data domain
 * IDs".
 */

/** The service id of every linked entity an Office Add-in defines. */
export const ADDIN_SERVICE_ID = 268436224;

/** The domain of KZUZ's joint projects; an entity's id is the project's id in the dataset. */
export const PROJECTS_DOMAIN = "kzuz-projects";
/** The domain of the summit's agreements; an entity's id is the agreement's id. */
export const AGREEMENTS_DOMAIN = "kzuz-agreements";
/**
 * The domain of places (regions, cities, countries); an entity's id is the place's id, or the
 * ids of several places joined by "+" for a cell listing them (a project in two regions), as the
 * card builder's placesCard names such a card.
 */
export const PLACES_DOMAIN = "kzuz-places";

export type LinkedKind = "project" | "agreement" | "place";

const KINDS: Readonly<Record<string, LinkedKind>> = {
  [PROJECTS_DOMAIN]: "project",
  [AGREEMENTS_DOMAIN]: "agreement",
  [PLACES_DOMAIN]: "place",
};

/** The kind of record a KZUZ domain holds; undefined for a domain that is not KZUZ's. */
export function kindOfDomain(domainId: string): LinkedKind | undefined {
  return Object.prototype.hasOwnProperty.call(KINDS, domainId) ? KINDS[domainId] : undefined;
}

/** The KZUZ domain of a record kind. */
export function domainOfKind(kind: LinkedKind): string {
  return Object.keys(KINDS).find((d) => KINDS[d] === kind)!;
}

/**
 * Which KZUZ record a linked entity cell value (as Range.valuesAsJson reads it) names, by its id
 * alone: a cell Excel has not loaded yet, or cannot (#CONNECT!), is known too.
 */
export function linkedRecordOf(value: unknown): { kind: LinkedKind; id: string } | undefined {
  const cell = value as { type?: unknown; id?: Partial<Record<string, unknown>> } | null;
  if (cell?.type !== "LinkedEntity" || cell.id?.serviceId !== ADDIN_SERVICE_ID) return undefined;
  const kind = typeof cell.id.domainId === "string" ? kindOfDomain(cell.id.domainId) : undefined;
  const id = cell.id.entityId;
  return kind && typeof id === "string" && id !== "" ? { kind, id } : undefined;
}
