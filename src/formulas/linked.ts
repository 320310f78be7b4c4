/**
 * What the KZUZ load service answers Excel (linked entity data domains, ExcelApi 1.19): for each
 * entity Excel asks for, the record's card from the dataset in force, as a LinkedEntityCellValue.
 * One function answers for every KZUZ domain (projects, agreements, places: src/data/cards/
 * linked-ids), by the domainId of each request, as Microsoft recommends ("It's recommended to
 * create just one load service function for best performance"). The request and the answer are
 * Microsoft's documented shapes
 * (https://learn.microsoft.com/javascript/api/excel/excel.linkedentityloadservicerequest,
 * https://learn.microsoft.com/javascript/api/excel/excel.linkedentityloadserviceresult): the
 * request arrives as JSON text, { domainId, entities: [{ entityId, culture }] }; the answer holds
 * the entities "in the same order as the entities property" of the request.
 *
 * Errors, as "Error handling with the linked entity load service" asks
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values):
 * "it should throw a CustomFunctions.Error with CustomFunctions.ErrorCode.notAvailable. This
 * causes Excel to show #CONNECT! to the user." A throw fails the whole batch: the documented
 * result has no place for one entity's error (its entities are LinkedEntityCellValue objects,
 * one per entity asked). So a request KZUZ cannot read, or a domain that is not KZUZ's, is thrown;
 * an id the dataset in force does not hold (a withdrawn project, an agreement renumbered) is
 * answered on its own, with a LinkedEntityCellValue under that id whose text and card say it is
 * not in the dataset and what to do, so the other cards of the batch load.
 */
import type { Index } from "../data/query";
import { kindOfDomain, ADDIN_SERVICE_ID, type LinkedKind } from "../data/cards/linked-ids";
import { langOf } from "../i18n/locales";
import { placesCard, recordCard } from "../data/cards/record-card";
import type { EntityCard } from "../data/cards/types";
import { excelError, say, type FunctionError } from "./errors";
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

/** The card of one entity of a KZUZ domain, in `lang`; undefined when the dataset lacks it. */
function cardOf(index: Index, kind: LinkedKind, entityId: string, lang: string) {
  if (kind !== "place") return recordCard(index, { kind, id: entityId }, lang);
  // A place, or a cell's several places ("a+b", as placesCard names them): all must exist.
  const ids = entityId.split("+");
  const known = ids.every((id) => index.dataset.places.some((p) => p.id === id));
  return known ? placesCard(index, ids, lang) : undefined;
}

/**
 * The answer for an id the dataset in force does not hold: a linked entity under that id whose
 * text (what the cell shows) says so, with the sentence saying what to do on its card. It has no
 * other property, so `=A2.Investment` on it is Excel's #FIELD!, not a stale figure.
 */
function missing(index: Index, entityId: string): EntityCard {
  const { version, asOf } = index.dataset;
  const note = say(message("errors.functions.linked.unknown", { id: entityId, version }));
  const name = say(message("errors.functions.linked.gone", { id: entityId, version }));
  return {
    type: "Entity",
    text: name,
    properties: {
      Name: { type: "String", basicValue: name },
      ID: { type: "String", basicValue: entityId },
      Note: { type: "String", basicValue: note },
    },
    provider: { description: `KZUZ dataset ${version} (as of ${asOf})` },
  };
}

/**
 * The load service's answer to `request` from the dataset `index` holds: every entity asked for,
 * in order, each under the id and culture asked, its text the record's name in the culture's
 * language (English where KZUZ has no such language). Throws the documented error
 * (CustomFunctions.Error, notAvailable) for a request it cannot read or a domain not KZUZ's.
 */
export function loadLinkedEntities(
  index: Index,
  request: unknown
): Excel.LinkedEntityLoadServiceResult {
  const { domainId, entities } = parseRequest(request);
  const kind = kindOfDomain(domainId);
  if (!kind)
    fail(excelError("#N/A", message("errors.functions.linked.domain", { kind: domainId })));
  return {
    entities: entities.map(({ entityId, culture }) => {
      const lang = langOf(culture) ?? "en";
      const card = cardOf(index, kind, entityId, lang) ?? missing(index, entityId);
      return {
        ...card,
        type: "LinkedEntity",
        id: { entityId, domainId, serviceId: ADDIN_SERVICE_ID, culture },
      } as unknown as Excel.LinkedEntityCellValue;
    }),
  };
}
