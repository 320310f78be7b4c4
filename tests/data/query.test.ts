import {
  agreementsByDomain,
  buildIndex,
  currentTarget,
  investment,
  progress,
  projects,
  requiredGrowth,
  resolve,
  sourceFor,
  targetForYear,
  tradeForYear,
  tradeHistory,
  tradeObservations,
} from "../../src/data/query";
import { edited, expectDataError, publishedIndex, unwrap } from "../support/dataset";
import { parseDataset } from "../../src/data/validate";

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
    expect(error.message).toMatch(/Type more of the name/);
  });

  it("suggests up to three near names for an unknown one", () => {
    const error = expectDataError(resolve(index, "Tashkemt"));
    expect(error).toMatchObject({
      kind: "not-found",
      query: "Tashkemt",
      what: "project, place or sector",
    });
    if (error.kind !== "not-found") return;
    expect(error.suggestions[0]).toBe("Tashkent");
    expect(error.suggestions.length).toBeLessThanOrEqual(3);
    expect(error.message).toBe(
      `No project, place or sector matches "Tashkemt". Did you mean ${error.suggestions.map((s) => `"${s}"`).join(", ")}?`
    );
  });

  it("gives a hint when nothing is near", () => {
    const error = expectDataError(resolve(index, "Samarkand"));
    expect(error).toMatchObject({ kind: "not-found", suggestions: [] });
    expect(error.message).toMatch(/Try a project/);
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

describe("investment", () => {
  it('sums Kashka-Daria to the $250m estimate: investment(index, "Kashka-Daria").value.usd === 250_000_000', () => {
    const inv = unwrap(investment(index, "Kashka-Daria"));
    expect(inv.usd).toBe(250_000_000);
    expect(inv).toMatchObject({
      disclosedCount: 0,
      estimatedCount: 1,
      notDisclosedCount: 0,
      lowerBound: false,
      sourceIds: ["sputnik-uz-2026-02-25"],
    });
  });

  it("gives the ICIC's $355.41m", () => {
    expect(unwrap(investment(index, "ICIC"))).toMatchObject({
      usd: 355_410_000,
      disclosedCount: 1,
      lowerBound: false,
    });
  });

  it("marks the logistics centre's 'more than $84m, initial stage' as a lower bound", () => {
    const inv = unwrap(investment(index, "Tashkent region"));
    expect(inv).toMatchObject({ usd: 84_000_000, lowerBound: true });
    expect(inv.projects[0]).toMatchObject({ qualifier: "more than", scope: "initial stage" });
  });

  it("sums a country, counting the undisclosed and marking the sum a floor", () => {
    expect(unwrap(investment(index, "Uzbekistan"))).toMatchObject({
      usd: 250_000_000 + 355_410_000 + 84_000_000,
      disclosedCount: 2,
      estimatedCount: 1,
      notDisclosedCount: 3,
      lowerBound: true,
    });
    expect(unwrap(investment(index, "Kazakhstan"))).toMatchObject({
      usd: 355_410_000,
      notDisclosedCount: 1,
      lowerBound: true,
    });
  });

  it.each([
    ["Tenge Bank", ["tenge-bank-hq-tashkent"]],
    ["Tashkent", ["tenge-bank-hq-tashkent"]],
    ["hotels", ["hotel-astana-new-tashkent", "hotel-tashkent-astana"]],
    ["New Tashkent", ["hotel-astana-new-tashkent", "astana-residential-quarter"]],
    ["Astana residential quarter", ["astana-residential-quarter"]],
  ])("%s: not disclosed, never 0", (text, projectIds) => {
    const error = expectDataError(investment(index, text));
    expect(error.kind).toBe("not-disclosed");
    if (error.kind !== "not-disclosed") return;
    expect(error.projects.map((p) => p.id)).toEqual(projectIds);
    expect(error.message).toMatch(/No investment amount has been disclosed/);
  });

  it("has no data for a place without projects", () => {
    expect(expectDataError(investment(index, "Almaty"))).toMatchObject({ kind: "no-data" });
  });

  it("passes resolution errors through", () => {
    expect(expectDataError(investment(index, "Kashkadarua region of Mars")).kind).toBe("not-found");
    expect(expectDataError(investment(index, "")).kind).toBe("invalid-argument");
  });
});

describe("trade", () => {
  it("gives each year's headline", () => {
    expect(unwrap(tradeForYear(index, 2025))).toMatchObject({
      year: 2025,
      usd: 4_970_000_000,
      observation: { id: "trade-2025-uz-trade-ministry" },
    });
    expect(unwrap(tradeForYear(index, 2022)).observation.id).toBe("trade-2022-kz-pm");
  });

  it("explains a year without a headline", () => {
    expect(expectDataError(tradeForYear(index, 2020)).message).toMatch(
      /2020: the sources give only partial-year or growth-only figures/
    );
    expect(expectDataError(tradeForYear(index, 2015)).message).toMatch(
      /2015: its full-year figure is flagged as unreliable/
    );
    expect(expectDataError(tradeForYear(index, 1995))).toMatchObject({
      kind: "no-data",
      message: expect.stringMatching(/cover 2015–2025/),
    });
  });

  it("gives a reporter's figure, matched by side or by name", () => {
    expect(unwrap(tradeForYear(index, 2021, "joint")).usd).toBe(3_900_000_000);
    expect(unwrap(tradeForYear(index, 2021, "Kazakhstan")).usd).toBe(4_300_000_000);
    expect(unwrap(tradeForYear(index, 2022, "KZ")).observation.id).toBe("trade-2022-kz-pm");
    expect(unwrap(tradeForYear(index, 2023, "news.az")).usd).toBe(4_400_000_000);
    expect(unwrap(tradeForYear(index, 2022, "intellinews")).observation.id).toBe(
      "trade-2022-intellinews"
    );
    expect(unwrap(tradeForYear(index, 2025, "Uzbekistan")).observation.id).toBe(
      "trade-2025-uz-trade-ministry"
    );
  });

  it("prefers a reporter's reliable figure, then the full year, then the longest period", () => {
    expect(unwrap(tradeForYear(index, 2024, "statistics")).observation.id).toBe(
      "trade-2024-10m-uz-statistics"
    );
    expect(unwrap(tradeForYear(index, 2023, "UZ")).observation.period).toEqual({
      from: "2023-01",
      to: "2023-07",
    });
  });

  it("says when a reporter gave only growth, or nothing that year", () => {
    expect(expectDataError(tradeForYear(index, 2018, "today.az")).message).toMatch(
      /only a growth rate for 2018 \(more than \+30%\)/
    );
    expect(expectDataError(tradeForYear(index, 2019, "UZ")).message).toMatch(
      /No trade figure for 2019 comes from "UZ"\. Reporters for 2019: /
    );
  });

  it("rejects an unknown reporter", () => {
    expect(expectDataError(tradeForYear(index, 2024, "Kazakh govt"))).toMatchObject({
      kind: "not-found",
      what: "reporter",
    });
  });

  it.each([[2024.5], [1990], [2101], [Number.NaN]])("rejects the year %p", (year) => {
    expect(expectDataError(tradeForYear(index, year))).toMatchObject({
      kind: "invalid-argument",
      message: expect.stringMatching(/whole year from 1991 to 2100/),
    });
  });

  it("gives the headline history, optionally by range", () => {
    const all = unwrap(tradeHistory(index));
    expect(all.map((p) => p.year)).toEqual([2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025]);
    expect(unwrap(tradeHistory(index, { from: 2022, to: 2023 })).map((p) => p.usd)).toEqual([
      5_000_000_000, 4_400_000_000,
    ]);
    expect(expectDataError(tradeHistory(index, { from: 2024, to: 2022 })).kind).toBe(
      "invalid-argument"
    );
    expect(expectDataError(tradeHistory(index, { from: 1995, to: 2000 })).kind).toBe("no-data");
  });

  it("lists every observation of a year so disagreements show", () => {
    const y2022 = unwrap(tradeObservations(index, 2022));
    expect(new Set(y2022.filter((o) => o.period === "full year").map((o) => o.value))).toEqual(
      new Set([5_000_000_000, 4_600_000_000])
    );
    expect(unwrap(tradeObservations(index))).toHaveLength(index.dataset.trade.observations.length);
    expect(expectDataError(tradeObservations(index, 2005)).kind).toBe("no-data");
  });
});

describe("targets, progress and required growth", () => {
  it("gives the current target", () => {
    expect(currentTarget(index)).toMatchObject({
      id: "target-10bn-2030",
      valueUsd: 10_000_000_000,
      targetYear: 2030,
    });
  });

  it("gives a year's target, the latest set when several", () => {
    expect(unwrap(targetForYear(index, 2018))).toMatchObject({ valueUsd: 3_000_000_000 });
    expect(unwrap(targetForYear(index, 2030)).id).toBe("target-10bn-2030");
    expect(expectDataError(targetForYear(index, 2025)).message).toMatch(/2018, 2020, 2022, 2030/);
  });

  it("measures the latest year against the target", () => {
    expect(unwrap(progress(index))).toEqual({
      year: 2025,
      valueUsd: 4_970_000_000,
      targetUsd: 10_000_000_000,
      targetYear: 2030,
      ratio: 0.497,
      observationId: "trade-2025-uz-trade-ministry",
      targetId: "target-10bn-2030",
    });
    expect(unwrap(progress(index, 2022)).ratio).toBe(0.5);
    expect(expectDataError(progress(index, 2020)).kind).toBe("no-data");
  });

  it("computes the growth needed: (10 / 4.97)^(1/5) − 1 ≈ 15.0% a year from 2025", () => {
    const g = unwrap(requiredGrowth(index));
    expect(g).toMatchObject({
      fromYear: 2025,
      years: 5,
      valueUsd: 4_970_000_000,
      targetUsd: 10_000_000_000,
    });
    expect(g.cagr).toBeCloseTo(Math.pow(10 / 4.97, 1 / 5) - 1, 12);
    expect(g.cagr).toBeCloseTo(0.15, 3);
    expect(unwrap(requiredGrowth(index, 2019)).years).toBe(11);
  });

  it("refuses a start at or after the target year, or without data", () => {
    expect(expectDataError(requiredGrowth(index, 2030)).kind).toBe("invalid-argument");
    expect(expectDataError(requiredGrowth(index, 2031)).kind).toBe("invalid-argument");
    expect(expectDataError(requiredGrowth(index, 2016)).kind).toBe("no-data");
    expect(expectDataError(requiredGrowth(index, 1.5)).kind).toBe("invalid-argument");
  });
});

describe("agreementsByDomain", () => {
  it("lists all, or a domain's, matched loosely", () => {
    expect(unwrap(agreementsByDomain(index))).toHaveLength(index.dataset.agreements.length);
    expect(ids(unwrap(agreementsByDomain(index, "water")))).toEqual([
      "working-group-river-forecasting",
      "agreement-cross-border-water-bodies",
    ]);
    expect(ids(unwrap(agreementsByDomain(index, "mining")))).toEqual([
      "working-group-geology-rare-metals",
      "memorandum-mining",
    ]);
    expect(ids(unwrap(agreementsByDomain(index, "Defense")))).toEqual([
      "agreement-joint-military-exercises",
    ]);
    expect(
      unwrap(agreementsByDomain(index, "customs & trade")).every(
        (a) => a.domain === "customs & trade"
      )
    ).toBe(true);
  });

  it("suggests domains for an unknown one", () => {
    const error = expectDataError(agreementsByDomain(index, "tourisme de luxe"));
    expect(error.kind).toBe("not-found");
    const near = expectDataError(agreementsByDomain(index, "tourizm"));
    expect(near).toMatchObject({ kind: "not-found", suggestions: ["tourism"] });
    expect(unwrap(agreementsByDomain(index, "justise")).map((a) => a.domain)).toEqual(["justice"]);
    expect(expectDataError(agreementsByDomain(index, " ")).kind).toBe("invalid-argument");
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

describe("sourceFor", () => {
  it("gives the sources behind a record id, nested ones included", () => {
    const lab = ids(unwrap(sourceFor(index, "lab-complex-kashkadarya")));
    expect(lab).toEqual(
      expect.arrayContaining(["trend-4117911", "sputnik-uz-2026-02-25", "qazinform-2025-11-15-lab"])
    );
    expect(ids(unwrap(sourceFor(index, "trade-2017-turkystan")))).toEqual(["turkystan-kz-2018"]);
    expect(ids(unwrap(sourceFor(index, "target-10bn-2030")))).toContain(
      "qazinform-2025-11-15-unlock-potential"
    );
    expect(ids(unwrap(sourceFor(index, "gas-2024-gazprom")))).toEqual(["menafn-trend-2025-12-29"]);
    expect(ids(unwrap(sourceFor(index, "package-usd-mirziyoyev")))).toEqual([
      "menafn-trend-2025-11-15",
    ]);
    expect(ids(unwrap(sourceFor(index, "interfax-110917")))).toEqual(["interfax-110917"]);
  });

  it("gives the sources behind a resolved name", () => {
    const kashkadarya = ids(unwrap(sourceFor(index, "Қашқадарё")));
    expect(kashkadarya).toEqual(expect.arrayContaining(["sputnik-uz-2026-02-25", "fr-article"]));
    expect(expectDataError(sourceFor(index, "nothing-like-this")).kind).toBe("not-found");
  });
});

describe("buildIndex", () => {
  it("indexes any valid dataset, not just the published one", () => {
    const renamed = unwrap(parseDataset(edited([["places", 2, "aliases", 0], "Kashqadaryo-test"])));
    const other = buildIndex(renamed);
    expect(unwrap(resolve(other, "Kashqadaryo-test")).id).toBe("kashkadarya-region");
    expect(resolve(index, "Kashqadaryo-test").ok).toBe(false);
  });
});
