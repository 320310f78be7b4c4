/**
 * The KZUZ load service's answers (src/formulas/linked.ts), against Microsoft's documented shapes:
 * LinkedEntityLoadServiceRequest arrives as JSON text { domainId, entities: [{ entityId, culture }] }
 * (https://learn.microsoft.com/javascript/api/excel/excel.linkedentityloadservicerequest); the
 * result's entities are LinkedEntityCellValue objects "in the same order as the entities property"
 * of the request (https://learn.microsoft.com/javascript/api/excel/excel.linkedentityloadserviceresult),
 * each with serviceId 268436224 and the culture it was asked in; a failure is thrown as a
 * CustomFunctions.Error with ErrorCode.notAvailable ("#N/A"), which Excel shows as #CONNECT!, for a
 * request KZUZ cannot read or a domain not KZUZ's
 * ("Error handling with the linked entity load service",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values).
 */
import { investmentValue } from "../../src/formulas/compute";
import {
  agreementCard,
  placeCard,
  placesCard,
  projectCard,
} from "../../src/data/cards/record-card";
import { loadLinkedEntities } from "../../src/formulas/linked";
import { localName } from "../../src/data/localName";
import {
  ADDIN_SERVICE_ID,
  AGREEMENTS_DOMAIN,
  PLACES_DOMAIN,
  PROJECTS_DOMAIN,
} from "../../src/office/linked";
import { buildIndex } from "../../src/data/query";
import { expectExcelError } from "../support/functions";
import { edited, publishedDataset, rawCopy } from "../support/dataset";
import { parseDataset } from "../../src/data/validate";
import type { Dataset } from "../../src/data/schema";

const dataset = publishedDataset();
const index = buildIndex(dataset);
const [first, second, third] = dataset.projects;

const request = (domainId: string, ...entities: [string, string][]) =>
  JSON.stringify({
    domainId,
    entities: entities.map(([entityId, culture]) => ({ entityId, culture })),
  });

/** What the load service threw for `body`. */
function thrown(body: () => unknown): { code: string; message: string } {
  try {
    body();
  } catch (error) {
    return expectExcelError(error);
  }
  throw new Error("the load service answered instead of failing");
}

test("answers every entity asked for, in the request's order, under the id and culture asked", () => {
  const result = loadLinkedEntities(
    index,
    request(PROJECTS_DOMAIN, [third.id, "en-US"], [first.id, "ru-RU"], [third.id, "fr-FR"])
  );
  expect(result.entities.map((e) => [e.type, e.id])).toEqual([
    [
      "LinkedEntity",
      { entityId: third.id, domainId: PROJECTS_DOMAIN, serviceId: 268436224, culture: "en-US" },
    ],
    [
      "LinkedEntity",
      {
        entityId: first.id,
        domainId: PROJECTS_DOMAIN,
        serviceId: ADDIN_SERVICE_ID,
        culture: "ru-RU",
      },
    ],
    [
      "LinkedEntity",
      { entityId: third.id, domainId: PROJECTS_DOMAIN, serviceId: 268436224, culture: "fr-FR" },
    ],
  ]);
});

test("the cell's text is the project's name in the culture's language (English where the add-in has none)", () => {
  const result = loadLinkedEntities(
    index,
    request(
      PROJECTS_DOMAIN,
      [first.id, "ru-RU"],
      [first.id, "kk-KZ"],
      [first.id, "uz-Latn-UZ"],
      [first.id, "fr-CA"],
      [first.id, "de-DE"]
    )
  );
  expect(result.entities.map((e) => e.text)).toEqual([
    first.name.ru,
    first.name.kk,
    first.name.uz,
    first.name.fr,
    first.name.en,
  ]);
});

test("each entity carries the one card of the record (KZUZ.PROJECT's): properties, layout, provider", () => {
  const [linked] = loadLinkedEntities(
    index,
    request(PROJECTS_DOMAIN, [second.id, "en-US"])
  ).entities;
  const card = projectCard(index, second, "en");
  expect(linked.properties).toEqual(card.properties);
  expect(linked.layouts).toEqual(card.layouts);
  expect(linked.provider).toEqual(card.provider);
  expect(linked.provider?.description).toContain(dataset.version);
});

test("=A2.Investment of a linked project is KZUZ.INVESTMENT of its name", () => {
  const withAmount = dataset.projects.filter(
    (p) => typeof investmentValue(index, p.name.en, null) === "number"
  );
  expect(withAmount.length).toBeGreaterThan(2);
  const result = loadLinkedEntities(
    index,
    request(PROJECTS_DOMAIN, ...withAmount.map((p): [string, string] => [p.id, "en-US"]))
  );
  result.entities.forEach((e, i) => {
    const investment = e.properties?.Investment as Excel.FormattedNumberCellValue;
    expect([withAmount[i].id, investment.basicValue]).toEqual([
      withAmount[i].id,
      investmentValue(index, withAmount[i].name.en, null),
    ]);
    expect(investment.numberFormat).toBe("$#,##0");
  });
});

test("answers from the dataset it is given: a corrected amount shows in the next answer", () => {
  const corrected = parseDataset(
    edited([["projects", 0, "investment", "usd"], 123_000_000], [["version"], "2099.1.0"])
  );
  if (!corrected.ok) throw new Error(JSON.stringify(corrected.error));
  const next = buildIndex(corrected.value as Dataset);
  const [before] = loadLinkedEntities(
    index,
    request(PROJECTS_DOMAIN, [first.id, "en-US"])
  ).entities;
  const [after] = loadLinkedEntities(next, request(PROJECTS_DOMAIN, [first.id, "en-US"])).entities;
  expect((after.properties?.Investment as Excel.FormattedNumberCellValue).basicValue).toBe(
    123_000_000
  );
  expect(before.properties).not.toEqual(after.properties);
  expect(after.provider?.description).toContain("2099.1.0");
});

/**
 * Microsoft documents no per-entity error: the result's entities are LinkedEntityCellValue objects,
 * one per entity asked, "in the same order" (LinkedEntityLoadServiceResult), and a thrown
 * notAvailable fails the call, so the whole batch shows #CONNECT!
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values,
 * "Error handling with the linked entity load service"). An id the dataset does not hold is
 * therefore answered on its own, as a LinkedEntityCellValue that says so, and the batch's other
 * cards load.
 */
test("an id the dataset does not hold is answered on its own (its card says so); the batch's other cards load", () => {
  const result = loadLinkedEntities(
    index,
    request(
      PROJECTS_DOMAIN,
      [first.id, "en-US"],
      ["withdrawn-project", "en-US"],
      [second.id, "en-US"]
    )
  );
  expect(result.entities.map((e) => [e.id.entityId, e.text])).toEqual([
    [first.id, first.name.en],
    ["withdrawn-project", `Not in the KZUZ dataset ${dataset.version}: withdrawn-project`],
    [second.id, second.name.en],
  ]);
  const gone = result.entities[1];
  expect(gone).toMatchObject({
    type: "LinkedEntity",
    id: { entityId: "withdrawn-project", domainId: PROJECTS_DOMAIN, serviceId: ADDIN_SERVICE_ID },
  });
  expect((gone.properties?.Note as Excel.StringCellValue).basicValue).toBe(
    `"withdrawn-project" is not in the KZUZ dataset in force (version ${dataset.version}). Refresh the data; if the record was withdrawn, delete the card.`
  );
  // No figure that could be mistaken for the record's: =A2.Investment is Excel's #FIELD!.
  expect(Object.keys(gone.properties ?? {}).sort()).toEqual(["ID", "Name", "Note"]);
  expect(gone.provider?.description).toContain(dataset.version);
});

test("a record a new dataset withdrew: the same request that gave its card now says it is gone", () => {
  const projects = (rawCopy() as { projects: unknown[] }).projects;
  const without = parseDataset(edited([["projects"], projects.slice(0, -1)]));
  if (!without.ok) throw new Error(JSON.stringify(without.error));
  const last = dataset.projects.at(-1)!;
  const body = request(PROJECTS_DOMAIN, [last.id, "en-US"]);
  expect(loadLinkedEntities(index, body).entities[0].properties?.Name).toEqual({
    type: "String",
    basicValue: last.name.en,
  });
  const [after] = loadLinkedEntities(buildIndex(without.value as Dataset), body).entities;
  expect(after.text).toMatch(/^Not in the KZUZ dataset /);
  expect(after.properties?.Investment).toBeUndefined();
});

describe("one load service for every KZUZ domain, by the request's domainId", () => {
  const agreement = dataset.agreements[0];
  const withTwo = dataset.projects.find(
    (p) => new Set(p.locations.flatMap((l) => (l.region ? [l.region] : []))).size > 1
  );
  const place = dataset.places.find((p) => p.kind !== "country")!;

  test("kzuz-agreements: the agreement's one card, its title in the culture's language", () => {
    const [en, ru] = loadLinkedEntities(
      index,
      request(AGREEMENTS_DOMAIN, [agreement.id, "en-US"], [agreement.id, "ru-RU"])
    ).entities;
    expect(en.id).toEqual({
      entityId: agreement.id,
      domainId: AGREEMENTS_DOMAIN,
      serviceId: ADDIN_SERVICE_ID,
      culture: "en-US",
    });
    const card = agreementCard(index, agreement, "ru");
    expect([ru.text, ru.properties, ru.layouts, ru.provider]).toEqual([
      localName(agreement.title, "ru"),
      card.properties,
      card.layouts,
      card.provider,
    ]);
    expect(en.text).toBe(agreement.title.en);
  });

  test("kzuz-places: a place's card, and a cell's several places (\"a+b\") as the tables' one card", () => {
    const [one] = loadLinkedEntities(index, request(PLACES_DOMAIN, [place.id, "kk-KZ"])).entities;
    expect([one.text, one.properties]).toEqual([
      placeCard(index, place, "kk").text,
      placeCard(index, place, "kk").properties,
    ]);
    expect((one.properties?.ID as Excel.StringCellValue).basicValue).toBe(place.id);
    if (!withTwo) throw new Error("the published dataset has no project in two regions");
    const ids = [...new Set(withTwo.locations.flatMap((l) => (l.region ? [l.region] : [])))];
    const [both] = loadLinkedEntities(
      index,
      request(PLACES_DOMAIN, [ids.join("+"), "en-US"])
    ).entities;
    expect(both.text).toBe(placesCard(index, ids, "en")!.text);
    expect(both.text).toContain("; ");
    expect(both.id.entityId).toBe(ids.join("+"));
  });

  test("an unknown agreement or place is answered as gone, like a project; a place list with one unknown place too", () => {
    const result = loadLinkedEntities(
      index,
      request(PLACES_DOMAIN, [place.id, "en-US"], [`${place.id}+atlantis`, "en-US"])
    );
    expect(result.entities[0].text).toBe(placeCard(index, place, "en").text);
    expect(result.entities[1].text).toBe(
      `Not in the KZUZ dataset ${dataset.version}: ${place.id}+atlantis`
    );
    const [gone] = loadLinkedEntities(
      index,
      request(AGREEMENTS_DOMAIN, ["AGR-none", "en-US"])
    ).entities;
    expect(gone.text).toMatch(/^Not in the KZUZ dataset .*: AGR-none$/);
  });

  test('the domains\' ids have no "!" and each names one kind of record', () => {
    for (const d of [PROJECTS_DOMAIN, AGREEMENTS_DOMAIN, PLACES_DOMAIN])
      expect(d).not.toContain("!");
    expect(new Set([PROJECTS_DOMAIN, AGREEMENTS_DOMAIN, PLACES_DOMAIN]).size).toBe(3);
    for (const id of [...dataset.places.map((p) => p.id), ...dataset.agreements.map((a) => a.id)])
      expect(id).not.toMatch(/[!+]/);
  });
});

test("a domain that is not KZUZ's, and a request it cannot read, fail with #N/A too", () => {
  expect(thrown(() => loadLinkedEntities(index, request("products", ["P1", "en-US"])))).toEqual({
    code: "#N/A",
    message: 'KZUZ has no cards of the kind "products". Insert the table again from the KZUZ pane.',
  });
  for (const bad of [
    "{",
    "null",
    "[]",
    '{"domainId":"kzuz-projects"}',
    '{"domainId":"kzuz-projects","entities":[{"entityId":7}]}',
    42,
  ])
    expect([bad, thrown(() => loadLinkedEntities(index, bad)).message]).toEqual([
      bad,
      "Excel asked KZUZ for cards in a form KZUZ does not read. Update Excel; if it persists, report it.",
    ]);
});

test("an empty batch is answered with no entities; a parsed object is read like its JSON", () => {
  expect(loadLinkedEntities(index, request(PROJECTS_DOMAIN))).toEqual({ entities: [] });
  const asObject = {
    domainId: PROJECTS_DOMAIN,
    entities: [{ entityId: first.id, culture: "en-US" }],
  };
  expect(loadLinkedEntities(index, asObject)).toEqual(
    loadLinkedEntities(index, JSON.stringify(asObject))
  );
});
