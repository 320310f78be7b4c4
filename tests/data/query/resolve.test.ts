import { projects, resolve } from "../../../src/data/query";
import { expectDataError, publishedIndex, unwrap } from "../../support/dataset";
import { english } from "../../support/english";

const index = publishedIndex();
const ids = <T extends { id: string }>(list: readonly T[]) => list.map((x) => x.id);

describe("resolve: every alias of every place", () => {
  const aliases: [string, string][] = [
    ...[
      "Kashka-Daria",
      "Kashkadarya",
      "Kashkadaria",
      "Qashqadaryo",
      "Кашкадарья",
      "Қашқадарё",
      "Kachka-Daria",
      "Kachkadaria",
    ].map((a): [string, string] => [a, "kashkadarya-region"]),
    ...[
      "Kashkadarya region",
      "région de Kashka-Daria",
      "Qashqadaryo viloyati",
      "Кашкадарьинская область",
      "Kashkadarya oblast",
    ].map((a): [string, string] => [a, "kashkadarya-region"]),
    ...[
      "Turkestan",
      "Turkistan",
      "Türkistan",
      "Түркістан",
      "Туркестанская область",
      "Turkestan region",
      "Түркістан облысы",
    ].map((a): [string, string] => [a, "turkestan-region"]),
    ...[
      "Syrdarya",
      "Sirdaryo",
      "Syr Darya",
      "Сырдарья",
      "Сирдарё",
      "Syrdarya region",
      "Sirdaryo viloyati",
      "Сырдарьинская область",
    ].map((a): [string, string] => [a, "syrdarya-region"]),
    ...[
      "Tashkent region",
      "Tashkent oblast",
      "Toshkent viloyati",
      "Ташкентская область",
      "Tashkent province",
      "région de Tachkent",
    ].map((a): [string, string] => [a, "tashkent-region"]),
    ...[
      "Tashkent",
      "Tachkent",
      "Toshkent",
      "Тошкент",
      "Ташкент",
      "Tashkent city",
      "город Ташкент",
      "  tashkent  ",
    ].map((a): [string, string] => [a, "tashkent"]),
    ...["New Tashkent", "Nouveau Tachkent", "Новый Ташкент", "Yangi Toshkent"].map(
      (a): [string, string] => [a, "new-tashkent"]
    ),
    ...["Astana", "Астана", "Nur-Sultan"].map((a): [string, string] => [a, "astana"]),
    ...["Kazakhstan", "KZ", "Qazaqstan", "Казахстан", "Қазақстан", "Republic of Kazakhstan"].map(
      (a): [string, string] => [a, "kazakhstan"]
    ),
    ...[
      "Uzbekistan",
      "UZ",
      "Ouzbékistan",
      "O'zbekiston",
      "Oʻzbekiston",
      "Узбекистан",
      "Ўзбекистон",
    ].map((a): [string, string] => [a, "uzbekistan"]),
  ];
  it.each(aliases)("%s → %s", (alias, id) => {
    expect(unwrap(resolve(index, alias)).id).toBe(id);
  });
});

describe("resolve", () => {
  it("resolves projects by name, alias, French name and id", () => {
    for (const [text, id] of [
      ["ICIC", "icic-central-asia"],
      ["Centre de coopération industrielle « Asie centrale »", "icic-central-asia"],
      ["LAB complex", "lab-complex-kashkadarya"],
      ["Tenge Bank", "tenge-bank-hq-tashkent"],
      ['Hotel "Tashkent"', "hotel-tashkent-astana"],
      ["Hôtel « Astana »", "hotel-astana-new-tashkent"],
      ["Жилой квартал «Астана»", "astana-residential-quarter"],
      ["tashkent-logistics-centre", "tashkent-logistics-centre"],
    ])
      expect(resolve(index, text)).toMatchObject({
        ok: true,
        value: { kind: "project", id, projects: [{ id }] },
      });
  });

  it("resolves sectors, covering their projects", () => {
    const hotels = unwrap(resolve(index, "hotels"));
    expect(hotels).toMatchObject({ kind: "sector", id: "hospitality" });
    expect(ids(hotels.projects)).toEqual(["hotel-astana-new-tashkent", "hotel-tashkent-astana"]);
    expect(unwrap(resolve(index, "pétrochimie")).id).toBe("petrochemicals");
  });

  it("a region or city covers the projects located there", () => {
    expect(ids(unwrap(resolve(index, "Kashka-Daria")).projects)).toEqual([
      "lab-complex-kashkadarya",
    ]);
    expect(ids(unwrap(resolve(index, "New Tashkent")).projects)).toEqual([
      "hotel-astana-new-tashkent",
      "astana-residential-quarter",
    ]);
    expect(ids(unwrap(resolve(index, "Syrdarya")).projects)).toEqual(["icic-central-asia"]);
  });

  it("a country covers its projects, cross-border ones in both countries", () => {
    expect(ids(unwrap(resolve(index, "Kazakhstan")).projects)).toEqual([
      "icic-central-asia",
      "hotel-tashkent-astana",
    ]);
    expect(ids(unwrap(resolve(index, "Uzbekistan")).projects)).toEqual([
      "lab-complex-kashkadarya",
      "icic-central-asia",
      "tashkent-logistics-centre",
      "tenge-bank-hq-tashkent",
      "hotel-astana-new-tashkent",
      "astana-residential-quarter",
    ]);
  });

  it("matches a unique prefix or substring", () => {
    expect(unwrap(resolve(index, "Tenge")).id).toBe("tenge-bank-hq-tashkent");
    expect(unwrap(resolve(index, "alkylbenz")).id).toBe("lab-complex-kashkadarya");
  });

  it("says which names an ambiguous prefix could mean", () => {
    const error = expectDataError(resolve(index, "tash"));
    expect(error.kind).toBe("ambiguous");
    if (error.kind !== "ambiguous") return;
    expect(error.candidates).toEqual(expect.arrayContaining(["Tashkent", "Tashkent region"]));
    expect(english(error)).toMatch(/Type more of the name/);
  });

  it("suggests up to three near names for an unknown one", () => {
    const error = expectDataError(resolve(index, "Tashkemt"));
    expect(error).toMatchObject({
      kind: "not-found",
      query: "Tashkemt",
      what: "place",
    });
    if (error.kind !== "not-found") return;
    expect(error.suggestions[0]).toBe("Tashkent");
    expect(error.suggestions.length).toBeLessThanOrEqual(3);
    expect(english(error)).toBe(
      `No project, place or sector matches "Tashkemt". Did you mean ${error.suggestions.map((s) => `"${s}"`).join(", ")}?`
    );
  });

  it("gives a hint when nothing is near", () => {
    const error = expectDataError(resolve(index, "Samarkand"));
    expect(error).toMatchObject({ kind: "not-found", suggestions: [] });
    expect(english(error)).toMatch(/Try a project/);
  });

  it.each([[""], ["   "], ["!!!"], ["x".repeat(201)]])(
    "rejects %j as an invalid argument",
    (text) => {
      expect(expectDataError(resolve(index, text)).kind).toBe("invalid-argument");
    }
  );

  it("rejects a non-string at run time (Excel can pass anything)", () => {
    expect(expectDataError(resolve(index, 42 as unknown as string)).kind).toBe("invalid-argument");
  });

  it("caches answers per index and freezes them", () => {
    const a = resolve(index, "Qashqadaryo");
    expect(resolve(index, "Qashqadaryo")).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(unwrap(a).projects)).toBe(true);
    expect(Object.isFrozen(index.dataset.projects[0].investment)).toBe(true);
  });
});

describe("projects", () => {
  it("lists all, or those a name covers", () => {
    expect(unwrap(projects(index))).toHaveLength(7);
    expect(ids(unwrap(projects(index, "Тошкент")))).toEqual(["tenge-bank-hq-tashkent"]);
    expect(expectDataError(projects(index, "Almaty")).kind).toBe("no-data");
    expect(expectDataError(projects(index, "Samarkand")).kind).toBe("not-found");
  });
});
