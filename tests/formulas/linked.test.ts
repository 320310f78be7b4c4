/**
 * The KZUZ load service's answers (src/formulas/linked.ts), against Microsoft's documented shapes:
 * LinkedEntityLoadServiceRequest arrives as JSON text { domainId, entities: [{ entityId, culture }] }
 * (https://learn.microsoft.com/javascript/api/excel/excel.linkedentityloadservicerequest); the
 * result's entities are LinkedEntityCellValue objects "in the same order as the entities property"
 * of the request (https://learn.microsoft.com/javascript/api/excel/excel.linkedentityloadserviceresult),
 * each with serviceId 268436224 and the culture it was asked in; a failure is thrown as a
 * CustomFunctions.Error with ErrorCode.notAvailable ("#N/A"), which Excel shows as #CONNECT!
 * ("Error handling with the linked entity load service",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values).
 */
import { investmentValue } from "../../src/formulas/compute";
import { projectCard } from "../../src/data/cards/record-card";
import { loadLinkedEntities } from "../../src/formulas/linked";
import { ADDIN_SERVICE_ID, PROJECTS_DOMAIN } from "../../src/office/linked";
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

test("an id the dataset does not hold fails the batch with #N/A (shown as #CONNECT!), naming the id and what to do", () => {
  const error = thrown(() =>
    loadLinkedEntities(
      index,
      request(PROJECTS_DOMAIN, [first.id, "en-US"], ["withdrawn-project", "en-US"])
    )
  );
  expect(error.code).toBe("#N/A");
  expect(error.message).toBe(
    `"withdrawn-project" is not in the KZUZ dataset in force (version ${dataset.version}). Refresh the data; if the record was withdrawn, delete the card.`
  );
});

test("a record a new dataset withdrew: the same request that worked fails", () => {
  const projects = (rawCopy() as { projects: unknown[] }).projects;
  const without = parseDataset(edited([["projects"], projects.slice(0, -1)]));
  if (!without.ok) throw new Error(JSON.stringify(without.error));
  const body = request(PROJECTS_DOMAIN, [dataset.projects.at(-1)!.id, "en-US"]);
  expect(loadLinkedEntities(index, body).entities).toHaveLength(1);
  expect(thrown(() => loadLinkedEntities(buildIndex(without.value as Dataset), body)).code).toBe(
    "#N/A"
  );
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
