/**
 * The one card builder (src/data/cards/record-card.ts), checked against Microsoft's documented
 * shapes: every property has a type and a basicValue (or elements / text for arrays and entities)
 * and every property a card section names exists ("After defining a nested data type in
 * properties, it must be assigned ... in the card layout",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-entity-card); a formatted
 * number is {type: "FormattedNumber", basicValue, numberFormat} (ExcelApi 1.16,
 * https://learn.microsoft.com/javascript/api/excel/excel.formattednumbercellvalue); an array's
 * elements are a grid (https://learn.microsoft.com/javascript/api/excel/excel.arraycellvalue).
 */
import {
  agreementCard,
  cardRecordOf,
  changedFields,
  placeCard,
  placesCard,
  projectCard,
  recordCard,
} from "../../../src/data/cards/record-card";
import type { CardProperty, EntityCard } from "../../../src/data/cards/types";
import { investmentValue } from "../../../src/formulas/compute";
import { publishedIndex } from "../../support/dataset";

const index = publishedIndex();
const { projects, agreements, places } = index.dataset;

/** Checks one value's documented shape, recursively; returns the problems found. */
function shapeProblems(value: CardProperty, path: string): string[] {
  switch (value.type) {
    case "String":
      return typeof value.basicValue === "string" ? [] : [`${path}: String without text`];
    case "FormattedNumber":
      return typeof value.basicValue === "number" &&
        Number.isFinite(value.basicValue) &&
        value.numberFormat.length > 0
        ? []
        : [`${path}: FormattedNumber without a number or format`];
    case "Array":
      return value.elements.length > 0 && value.elements.every((row) => row.length > 0)
        ? value.elements.flatMap((row, i) =>
            row.flatMap((v, j) => shapeProblems(v, `${path}[${i}][${j}]`))
          )
        : [`${path}: empty array`];
    case "Entity": {
      const problems = typeof value.text === "string" && value.text ? [] : [`${path}: no text`];
      const names = Object.keys(value.properties);
      for (const section of value.layouts?.card?.sections ?? [])
        for (const p of section.properties)
          if (!names.includes(p)) problems.push(`${path}: section names missing ${p}`);
      const title = value.layouts?.card?.title?.property;
      if (title && !names.includes(title)) problems.push(`${path}: title ${title} missing`);
      for (const n of names) {
        if (/[\s']/.test(n)) problems.push(`${path}.${n}: not usable as =A1.${n}`);
        problems.push(...shapeProblems(value.properties[n], `${path}.${n}`));
      }
      return problems;
    }
  }
}

describe("the card of every record follows Microsoft's entity shapes", () => {
  test.each(["en", "fr", "ru", "kk", "uz"])("in %s", (lang) => {
    const cards = [
      ...projects.map((p) => projectCard(index, p, lang)),
      ...agreements.map((a) => agreementCard(index, a, lang)),
      ...places.map((p) => placeCard(index, p, lang)),
    ];
    expect(cards.flatMap((c) => shapeProblems(c, c.text))).toEqual([]);
    for (const card of cards) {
      expect(card.provider?.description).toBe(
        `KZUZ dataset ${index.dataset.version} (as of ${index.dataset.asOf})`
      );
      expect(card.layouts?.card?.sections?.length).toBeGreaterThan(0);
    }
  });
});

describe("a project's card", () => {
  test("each project's Investment property equals KZUZ.INVESTMENT(name) (=[@Name].Investment)", () => {
    for (const project of projects) {
      const card = projectCard(index, project, "en");
      const formula = investmentValue(index, project.name.en, null);
      const property = card.properties.Investment;
      if (typeof formula === "number") {
        expect(property).toEqual({
          type: "FormattedNumber",
          basicValue: formula,
          numberFormat: "$#,##0",
          propertyMetadata: { sublabel: "USD" },
        });
      } else {
        // KZUZ.INVESTMENT says #N/A "Not disclosed…"; the card says so in words, never 0.
        expect((formula as { code?: string }).code ?? String(formula)).toMatch(/#N\/A/);
        expect(property).toEqual({ type: "String", basicValue: "not disclosed" });
      }
    }
    expect(projects.some((p) => p.investment.usd !== undefined)).toBe(true);
    expect(projects.some((p) => p.investment.usd === undefined)).toBe(true);
  });

  test("text is the name in the reader's language; the English name stays a property", () => {
    const lab = projects.find((p) => p.id === "lab-complex-kashkadarya")!;
    const ru = projectCard(index, lab, "ru");
    expect(ru.text).toBe(lab.name.ru ?? lab.name.en);
    expect(ru.properties.Name).toEqual({ type: "String", basicValue: ru.text });
    expect(ru.properties.EnglishName).toEqual({ type: "String", basicValue: lab.name.en });
    expect(projectCard(index, lab, "en").properties.EnglishName).toBeUndefined();
  });

  test("Region is the place's card (=B2.Region), sources are cards with their address", () => {
    const lab = projectCard(
      index,
      projects.find((p) => p.id === "lab-complex-kashkadarya")!,
      "en"
    );
    const region = lab.properties.Region as EntityCard;
    expect(region.type).toBe("Entity");
    expect(region.text).toBe("Kashkadarya region");
    expect(cardRecordOf(region)).toEqual({ kind: "place", id: "kashkadarya-region" });
    const sources = lab.properties.Sources;
    expect(sources.type).toBe("Array");
    const first = (sources as { elements: CardProperty[][] }).elements[0][0] as EntityCard;
    expect(first.properties.Address).toMatchObject({ type: "String" });
    expect(String((first.properties.Address as { basicValue: string }).basicValue)).toMatch(
      /^https?:\/\//
    );
    const icic = projectCard(
      index,
      projects.find((p) => p.id === "icic-central-asia")!,
      "en"
    );
    expect(icic.properties.Region.type).toBe("Array");
  });

  test("which record a card is: read back from its hidden property, not its text", () => {
    const card = recordCard(index, { kind: "agreement", id: agreements[0].id }, "fr")!;
    expect(cardRecordOf(card)).toEqual({ kind: "agreement", id: agreements[0].id });
    expect(card.properties.KzuzRecord.propertyMetadata?.excludeFrom?.cardView).toBe(true);
    expect(cardRecordOf({ ...card, provider: { description: "Contoso" } })).toBeUndefined();
    expect(cardRecordOf({ type: "String", basicValue: "x" })).toBeUndefined();
    expect(recordCard(index, { kind: "project", id: "no-such" }, "en")).toBeUndefined();
  });
});

describe("a place's card", () => {
  test("its Investment equals KZUZ.INVESTMENT(place) where it has projects", () => {
    let checked = 0;
    for (const place of places) {
      const card = placeCard(index, place, "en");
      const formula = investmentValue(index, place.name, null);
      const property = card.properties.Investment as { basicValue?: unknown } | undefined;
      if (typeof formula === "number") expect(property?.basicValue).toBe(formula);
      else if (property) expect(property.basicValue).toBe("not disclosed");
      checked += typeof formula === "number" ? 1 : 0;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  test("several places in one cell: their names joined, each place a card", () => {
    const card = placesCard(index, ["turkestan-region", "syrdarya-region"], "en")!;
    expect(card.text).toBe("Turkestan region; Syrdarya region");
    expect(card.properties.Places.type).toBe("Array");
    expect(placesCard(index, ["turkestan-region"], "en")).toEqual(
      placeCard(
        index,
        places.find((p) => p.id === "turkestan-region")!,
        "en"
      )
    );
    expect(placesCard(index, [], "en")).toBeUndefined();
  });
});

describe("changedFields: what a refresh reports of a card", () => {
  const project = projects[0];
  const before = projectCard(index, project, "en");

  test("nothing for the same card; the fields whose values differ otherwise", () => {
    expect(changedFields(before, projectCard(index, project, "en"))).toEqual([]);
    const after: EntityCard = {
      ...before,
      properties: {
        ...before.properties,
        Status: { type: "String", basicValue: "completed" },
        Jobs: { type: "FormattedNumber", basicValue: 1, numberFormat: "#,##0" },
      },
    };
    expect(changedFields(before, after)).toEqual(["Status", "Jobs"]);
  });

  test("a new text is reported as Name", () => {
    expect(changedFields(before, { ...before, text: "Other" })).toEqual(["Name"]);
  });
});
