/**
 * What the KZUZ load service answers Excel (linked entity data domains, ExcelApi 1.19): for each
 * entity Excel asks for, the record's card from the dataset in force, as a LinkedEntityCellValue.
 * The request and the answer are Microsoft's documented shapes
 * (https://learn.microsoft.com/javascript/api/excel/excel.linkedentityloadservicerequest,
 * https://learn.microsoft.com/javascript/api/excel/excel.linkedentityloadserviceresult): the
 * request arrives as JSON text, { domainId, entities: [{ entityId, culture }] }; the answer holds
 * the entities "in the same order as the entities property" of the request.
 *
 * A failure is thrown, as "Error handling with the linked entity load service" asks
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values):
 * "it should throw a CustomFunctions.Error with CustomFunctions.ErrorCode.notAvailable. This
 * causes Excel to show #CONNECT! to the user." Excel sends one batch per domain and the answer
 * has no place for one entity's error, so an id the dataset in force does not hold fails the
 * batch; the message names it and says what to do.
 */
import type { Index } from "../data/query";
import type { Project } from "../data/schema";
import { localName } from "../data/localName";
import { ADDIN_SERVICE_ID, PROJECTS_DOMAIN } from "../office/linked";
import { langOf } from "../i18n/locales";
import { projectCard } from "../data/cards/record-card";
import { excelError, type FunctionError } from "./errors";
import { message } from "../i18n/message";

/** One entity Excel asks for. */
interface Wanted {
  readonly entityId: string;
  readonly culture: string;
}

/** Throws the load service's error (#N/A, which Excel shows as #CONNECT!). */
function fail(error: FunctionError): never {
  throw error;
}

/** The request as Excel sends it (JSON text; an object is taken as it is), or the error it is. */
function parseRequest(request: unknown): { domainId: string; entities: Wanted[] } {
  let parsed: unknown = request;
  if (typeof request === "string")
    try {
      parsed = JSON.parse(request);
    } catch {
      parsed = undefined;
    }
  const body = parsed as { domainId?: unknown; entities?: unknown } | null | undefined;
  const entities = body?.entities;
  const wellFormed =
    typeof body?.domainId === "string" &&
    Array.isArray(entities) &&
    entities.every(
      (e: { entityId?: unknown; culture?: unknown } | null) =>
        typeof e?.entityId === "string" &&
        (e.culture === undefined || typeof e.culture === "string")
    );
  if (!wellFormed) fail(excelError("#N/A", message("errors.functions.linked.request")));
  return {
    domainId: body!.domainId as string,
    entities: (entities as Wanted[]).map((e) => ({
      entityId: e.entityId,
      culture: e.culture ?? "en-US",
    })),
  };
}

/** A project's linked entity: its card, under the id Excel asked for, named in the request's culture. */
function projectLinked(
  index: Index,
  project: Project,
  culture: string
): Excel.LinkedEntityCellValue {
  const card = projectCard(index, project, langOf(culture) ?? "en");
  return {
    ...card,
    type: "LinkedEntity",
    id: { entityId: project.id, domainId: PROJECTS_DOMAIN, serviceId: ADDIN_SERVICE_ID, culture },
    text: localName(project.name, langOf(culture) ?? "en"),
  } as Excel.LinkedEntityCellValue;
}

/**
 * The load service's answer to `request` from the dataset `index` holds: every entity asked for,
 * in order. Throws the documented error (CustomFunctions.Error, notAvailable) for a request it
 * cannot read, a domain that is not KZUZ's, or an id the dataset does not hold.
 */
export function loadLinkedEntities(
  index: Index,
  request: unknown
): Excel.LinkedEntityLoadServiceResult {
  const { domainId, entities } = parseRequest(request);
  if (domainId !== PROJECTS_DOMAIN)
    fail(excelError("#N/A", message("errors.functions.linked.domain", { kind: domainId })));
  const byId = new Map(index.dataset.projects.map((p) => [p.id, p]));
  return {
    entities: entities.map(({ entityId, culture }) => {
      const project = byId.get(entityId);
      if (!project)
        fail(
          excelError(
            "#N/A",
            message("errors.functions.linked.unknown", {
              id: entityId,
              version: index.dataset.version,
            })
          )
        );
      return projectLinked(index, project, culture);
    }),
  };
}
