/**
 * The published dataset against the research (FACTS.md): every disagreement kept with both
 * reporters, nothing undisclosed given a figure, every record sourced.
 */
import type { TradeObservation } from "../../src/data/schema";
import { publishedDataset, rawCopy } from "../support/dataset";

const d = publishedDataset();
/** Billions of dollars as whole dollars, free of floating-point noise. */
const bn = (x: number) => Math.round(x * 1e9);

function obs(id: string): TradeObservation {
  const o = d.trade.observations.find((x) => x.id === id);
  if (!o) throw new Error(`no observation ${id}`);
  return o;
}

/** The full-year observations of a year. */
function fullYear(year: number) {
  return d.trade.observations.filter((o) => o.year === year && o.period === "full year");
}

describe("every record is sourced", () => {
  const sourceIds = new Set(d.sources.map((s) => s.id));
  const records: [string, { id: string; sourceIds: string[] }[]][] = [
    ["projects", d.projects],
    ["agreements", d.agreements],
    ["trade observations", d.trade.observations],
    ["targets", d.targets],
    ["gas observations", d.gasTransit.observations],
    ["summit events", d.summit.events],
    ["summit statements", d.summit.statements],
    ["totals", [d.totals.projectCount, ...d.totals.investment]],
    ["other figures", d.otherFigures],
  ];

  it.each(records)("every one of the %s names at least one existing source", (_, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const record of list) {
      expect({ record: record.id, sourced: record.sourceIds.length > 0 }).toEqual({
        record: record.id,
        sourced: true,
      });
      for (const id of record.sourceIds)
        expect({ record: record.id, source: id, exists: sourceIds.has(id) }).toMatchObject({
          exists: true,
        });
    }
  });

  it("every sourceIds list anywhere in the file names existing sources, and every source is used", () => {
    const used = new Set<string>();
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`));
      if (typeof value !== "object" || value === null) return;
      for (const [key, child] of Object.entries(value)) {
        if (key === "sourceIds") {
          expect({ path, list: Array.isArray(child) && child.length > 0 }).toEqual({
            path,
            list: true,
          });
          for (const id of child as string[]) {
            expect({ path, id, exists: sourceIds.has(id) }).toEqual({ path, id, exists: true });
            used.add(id);
          }
        } else walk(child, `${path}.${key}`);
      }
    };
    walk(rawCopy(), "$");
    expect(d.sources.map((s) => s.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it("every milestone and investment is sourced", () => {
    for (const p of d.projects) {
      expect(p.investment.sourceIds.length).toBeGreaterThan(0);
      for (const m of p.milestones) expect(m.sourceIds.length).toBeGreaterThan(0);
    }
  });

  it("uses the URLs the research gives, https only", () => {
    const url = (id: string) => d.sources.find((s) => s.id === id)?.url;
    // The real pages end in .html (audit 2026-11, §1d).
    expect(url("trend-4117911")).toBe("https://www.trend.az/business/4117911.html");
    expect(url("trend-4160316")).toBe("https://www.trend.az/business/4160316.html");
    expect(url("president-uz-4809")).toBe("https://president.uz/ru/lists/view/4809");
    expect(url("interfax-110917")).toBe("https://interfax.com/newsroom/top-stories/110917/");
    for (const s of d.sources) if (s.url) expect(s.url).toMatch(/^https:\/\//);
  });
});

describe("the summit and its package", () => {
  it("dates the visit 14–15 Nov, the council 15 Nov in Kuksaroy, the regional meeting 16 Nov", () => {
    expect([d.summit.startDate, d.summit.endDate]).toEqual(["2025-11-14", "2025-11-16"]);
    const council = d.summit.events.find((e) => e.id === "event-supreme-interstate-council-2");
    expect(council).toMatchObject({
      date: "2025-11-15",
      place: { country: "UZ", city: "tashkent", venue: "Kuksaroy residence" },
    });
    expect(d.summit.events.find((e) => e.id === "event-consultative-meeting-7")?.date).toBe(
      "2025-11-16"
    );
    expect(
      d.summit.events.find((e) => e.id === "event-supreme-interstate-council-1")
    ).toMatchObject({ date: "2024-08-08", place: { city: "astana" } });
  });

  it("keeps the document count not disclosed", () => {
    expect(d.summit.documentCount).toBeNull();
    expect(d.summit.documentCountNote).toMatch(/^Not disclosed/);
  });

  it("keeps both package totals: $1.2bn (Akorda, first) and about $1.3bn (Mirziyoyev)", () => {
    expect(d.totals.projectCount.value).toBe(7);
    expect(d.projects).toHaveLength(7);
    const [official, mirziyoyev] = d.totals.investment;
    expect(official).toMatchObject({ value: bn(1.2), unit: "USD" });
    expect(official.sourceIds).toEqual(
      expect.arrayContaining(["trend-4117911", "kazinform-ru-2025-11-15-projects"])
    );
    expect(mirziyoyev).toMatchObject({
      value: bn(1.3),
      qualifier: "about",
      sourceIds: ["menafn-trend-2025-11-15"],
    });
    expect(mirziyoyev.statedBy).toMatch(/Mirziyoyev/);
  });

  it("records Tokayev's gas-transit statement", () => {
    expect(d.summit.statements[0]).toMatchObject({
      date: "2025-11-15",
      text: "We intend to increase gas transit volumes.",
    });
    expect(d.summit.statements[0].sourceIds).toContain("tass-2025-11-15");
  });
});

describe("projects", () => {
  const byId = (id: string) => {
    const p = d.projects.find((x) => x.id === id);
    if (!p) throw new Error(`no project ${id}`);
    return p;
  };

  it("has the seven projects with stable ids", () => {
    expect(d.projects.map((p) => p.id).sort()).toEqual(
      [
        "astana-residential-quarter",
        "hotel-astana-new-tashkent",
        "hotel-tashkent-astana",
        "icic-central-asia",
        "lab-complex-kashkadarya",
        "tashkent-logistics-centre",
        "tenge-bank-hq-tashkent",
      ].sort()
    );
  });

  it.each([
    "tenge-bank-hq-tashkent",
    "hotel-astana-new-tashkent",
    "hotel-tashkent-astana",
    "astana-residential-quarter",
  ])("%s is not disclosed and has no amount", (id) => {
    const inv = byId(id).investment;
    expect(inv.status).toBe("not disclosed");
    expect(inv.usd).toBeUndefined();
    expect(inv.original).toBeUndefined();
  });

  it("LAB complex: $250m estimated by Uzbekneftegaz (Sputnik, 25 Feb 2026), up to 50,000 t a year, Kashkadarya", () => {
    const lab = byId("lab-complex-kashkadarya");
    expect(lab.investment).toMatchObject({
      status: "estimated",
      usd: 250_000_000,
      sourceIds: ["sputnik-uz-2026-02-25"],
    });
    expect(lab.capacity).toMatch(/50,000 t/);
    expect(lab.locations).toEqual([{ country: "UZ", region: "kashkadarya-region" }]);
    expect(lab.partners).toEqual(["KazMunayGas", "Uzbekneftegaz"]);
  });

  it("ICIC: 185.1bn tenge ≈ $355.41m, 1,150 jobs, across Turkestan (KZ) and Syrdarya (UZ), the article's error noted", () => {
    const icic = byId("icic-central-asia");
    expect(icic.investment).toMatchObject({
      status: "disclosed",
      usd: 355_410_000,
      original: { amount: 185_100_000_000, currency: "KZT" },
    });
    expect(icic.jobs).toBe(1150);
    expect(icic.locations).toEqual([
      { country: "KZ", region: "turkestan-region" },
      { country: "UZ", region: "syrdarya-region" },
    ]);
    expect(icic.note).toMatch(/French article wrongly puts both regions in Uzbekistan/);
    expect(icic.milestones.map((m) => m.date)).toEqual(
      expect.arrayContaining(["2026-Q4", "2027-H1"])
    );
  });

  it("logistics centre: more than $84m for the initial stage only", () => {
    expect(byId("tashkent-logistics-centre").investment).toMatchObject({
      status: "disclosed",
      usd: 84_000_000,
      qualifier: "more than",
      scope: "initial stage",
      sourceIds: ["trend-4160316"],
    });
  });
});

describe("agreements", () => {
  it("has every document FACTS.md and the article name, each dated 15 Nov 2025", () => {
    const summit = d.agreements.filter((a) => a.date === "2025-11-15");
    const titles = summit.map((a) => a.title.en).join("\n");
    for (const words of [
      /Joint statement/,
      /Council of Heads of Regions/,
      /geology and rare and rare-earth metals/,
      /forecasting water levels of cross-border rivers/,
      /joint management of cross-border water bodies/,
      /customs representative offices/,
      // Titles as Qazinform's list gives them (audit 2026-11, §2.3).
      /radio-frequency assignments used by terrestrial radio services of civil designation/,
      /joint military exercises/,
      /ministries of justice for 2026–2027/,
      /Ministry of Industry and Construction of Kazakhstan and the Ministry of Mining and Geology/,
      /joint investment platform/,
      /action plan on tourism for 2026–2027/,
      /medical insurance/,
      /Memorandum on energy/,
      /Memorandum on tourism/,
    ])
      expect(titles).toMatch(words);
  });

  it("includes the 2025 programme ($10bn by 2030) and the 2021 plan of 41 measures", () => {
    expect(d.agreements.find((a) => a.id === "programme-mutual-trade-2030")).toMatchObject({
      date: "2025-03-15",
      kind: "programme",
    });
    expect(d.agreements.find((a) => a.id === "action-plan-trade-10bn-2021")).toMatchObject({
      date: "2021-12-06",
    });
  });

  it("keeps the tourism memorandum and action plan apart, with a note", () => {
    const tourism = d.agreements.filter((a) => a.domain === "tourism");
    expect(tourism.map((a) => a.kind).sort()).toEqual(["memorandum", "plan"]);
    expect(tourism.every((a) => /told apart|separate document/.test(a.note ?? ""))).toBe(true);
  });
});

describe("trade: every disagreement FACTS.md lists is kept with both reporters", () => {
  it("2015: $3bn flagged as inconsistent with 2017's doubling", () => {
    const o = obs("trade-2015-astanatimes");
    expect(o).toMatchObject({ value: bn(3), reliability: "flagged" });
    expect(o.flag).toMatch(/doubled from \$1bn to \$2bn/);
  });

  it("2016: only January–September, $1.548bn", () => {
    expect(fullYear(2016)).toEqual([]);
    expect(obs("trade-2016-9m-ambassador")).toMatchObject({
      value: 1_548_000_000,
      period: { from: "2016-01", to: "2016-09" },
    });
  });

  it("2017: +31.2% (Kazakh government press service) against +8.6% (turkystan.kz), with Kazakh exports and imports", () => {
    expect(obs("trade-2017-kz-government")).toMatchObject({
      value: bn(2),
      growthPct: 31.2,
      reporter: "Kazakhstan (government press service)",
      flows: { kzToUz: { usd: 1_300_000_000 }, uzToKz: { usd: 735_200_000 }, perspective: "KZ" },
      sourceIds: ["sputnik-uz-2018-03-14"],
    });
    expect(obs("trade-2017-turkystan")).toMatchObject({
      growthPct: 8.6,
      sourceIds: ["turkystan-kz-2018"],
    });
  });

  it("2018: +50% (minister Abayev) against Trend's 'more than 30%'", () => {
    expect(obs("trade-2018-abayev")).toMatchObject({
      value: bn(3),
      growthPct: 50,
      sourceIds: ["kazinform-2019-04-18"],
    });
    expect(obs("trade-2018-trend")).toMatchObject({ growthPct: 30, growthQualifier: "more than" });
    expect(obs("trade-2018-trend")).not.toHaveProperty("value");
  });

  it("2020: no full-year figure, only January–September's −16.5% as growth", () => {
    expect(fullYear(2020)).toEqual([]);
    expect(obs("trade-2020-9m-sultanov")).toMatchObject({
      growthPct: -16.5,
      period: { from: "2020-01", to: "2020-09" },
    });
    expect(obs("trade-2020-9m-sultanov")).not.toHaveProperty("value");
  });

  it.each([
    [2021, 4.3, "trade-2021-kz-pm", 3.9, "trade-2021-trade-ministers"],
    [2022, 5.0, "trade-2022-kz-pm", 4.6, "trade-2022-trade-ministers"],
    [2023, 4.4, "trade-2023-kz-akorda", 4.5, "trade-2023-intergovernmental-commission"],
  ])("%i: $%fbn against $%fbn", (year, headline, headlineId, other, otherId) => {
    const a = obs(headlineId);
    const b = obs(otherId);
    expect([a.year, a.value, b.year, b.value]).toEqual([year, bn(headline), year, bn(other)]);
    expect(a.reporter).not.toBe(b.reporter);
    expect(a.sourceIds).not.toEqual(b.sourceIds);
  });

  it("2022: IntelliNews' Uzbek imports $3.7bn and exports $1.3bn, from Uzbekistan's side", () => {
    expect(obs("trade-2022-intellinews").flows).toMatchObject({
      kzToUz: { usd: bn(3.7) },
      uzToKz: { usd: bn(1.3) },
      perspective: "UZ",
    });
  });

  it("2023: News.az's exports $3.1bn and imports $1.3bn, Kazakhstan's (\"exports of local goods\")", () => {
    expect(obs("trade-2023-news-az").flows).toMatchObject({
      kzToUz: { usd: bn(3.1) },
      uzToKz: { usd: bn(1.3) },
      perspective: "KZ",
    });
  });

  it("2024: Nurtleu's $4bn against the press's $4.3bn (preliminary per uzsushi) and BAQ.kz's 'over $4bn'", () => {
    expect(obs("trade-2024-kz-nurtleu")).toMatchObject({ value: bn(4), reporterSide: "KZ" });
    expect(obs("trade-2024-pinkod")).toMatchObject({ value: bn(4.3) });
    expect(obs("trade-2024-pinkod")).not.toHaveProperty("preliminary");
    expect(obs("trade-2024-uzsushi")).toMatchObject({ value: bn(4.3), preliminary: true });
    expect(obs("trade-2024-baq")).toMatchObject({ value: bn(4), valueQualifier: "more than" });
  });

  it("2025: $4.97bn (+11.4%), Uzbek exports $1.55bn and imports $3.4bn; January–September $3.5bn (+15.5%)", () => {
    expect(obs("trade-2025-uz-trade-ministry")).toMatchObject({
      value: 4_970_000_000,
      growthPct: 11.4,
      reporter: "Uzbekistan (trade ministry)",
      flows: { uzToKz: { usd: 1_550_000_000 }, kzToUz: { usd: 3_400_000_000 }, perspective: "UZ" },
    });
    expect(obs("trade-2025-9m-pinkod")).toMatchObject({
      value: bn(3.5),
      growthPct: 15.5,
      period: { from: "2025-01", to: "2025-09" },
    });
  });

  it("thecentral.asia's $2.5bn / $2.4bn / $2.2bn for 2022–2024 are flagged, read as January–July", () => {
    const central = d.trade.observations.filter((o) => o.sourceIds.includes("thecentral-asia"));
    expect(central.map((o) => [o.year, o.value, o.reliability])).toEqual([
      [2022, bn(2.5), "flagged"],
      [2023, bn(2.4), "flagged"],
      [2024, bn(2.2), "flagged"],
    ]);
    for (const o of central) {
      expect(o.flag).toMatch(/not full years/);
      expect(o).toMatchObject({
        period: { from: `${o.year}-01`, to: `${o.year}-07` },
        periodInferred: true,
      });
    }
  });
});

describe("trade: the headline series follows the rule", () => {
  const government = (o: TradeObservation) => o.reporterSide !== "other";
  const eligible = (o: TradeObservation) =>
    o.period === "full year" &&
    o.value !== undefined &&
    o.valueQualifier === undefined &&
    o.reliability === "normal";

  it("heads 2017–2023 with Kazakhstan's figures, 2024 with the press's and 2025 with Uzbekistan's: 2.0, 3.0, 4.1, 4.3, 5.0, 4.4, 4.3, 4.97", () => {
    const series = d.trade.observations
      .filter((o) => o.headline)
      .map((o) => [o.year, o.value, o.reporterSide]);
    expect(series).toEqual([
      [2017, bn(2.0), "KZ"],
      [2018, bn(3.0), "KZ"],
      [2019, bn(4.1), "KZ"],
      [2021, bn(4.3), "KZ"],
      [2022, bn(5.0), "KZ"],
      [2023, bn(4.4), "KZ"],
      [2024, bn(4.3), "other"],
      [2025, 4_970_000_000, "UZ"],
    ]);
  });

  it("has no headline for 2015 (flagged), 2016 and 2020 (no full year)", () => {
    for (const year of [2015, 2016, 2020])
      expect(d.trade.observations.filter((o) => o.year === year && o.headline)).toEqual([]);
  });

  it("never heads a year with a press figure when a final government figure exists, nor a preliminary over a final one", () => {
    const years = [...new Set(d.trade.observations.map((o) => o.year))];
    for (const year of years) {
      const candidates = fullYear(year).filter(eligible);
      const [headline] = candidates.filter((o) => o.headline);
      if (candidates.length === 0) continue;
      if (candidates.some((o) => !o.preliminary))
        expect({ year, final: !headline.preliminary }).toEqual({ year, final: true });
      if (candidates.some((o) => !o.preliminary && government(o)))
        expect({ year, gov: government(headline) }).toEqual({ year, gov: true });
    }
  });

  it("states the rule in the data", () => {
    expect(d.trade.headlineRule).toMatch(/full calendar year/);
    expect(d.trade.headlineRule).toMatch(/preliminary/);
    expect(d.trade.unit).toBe("USD");
  });
});

describe("targets", () => {
  it("has exactly one current target: $10bn by 2030, set 15 Mar 2025 by the Programme", () => {
    const current = d.targets.filter((t) => t.current);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({
      valueUsd: bn(10),
      targetYear: 2030,
      setOn: "2025-03-15",
      agreementId: "programme-mutual-trade-2030",
    });
  });

  it("has every target of FACTS.md", () => {
    const summary = d.targets.map((t) => [
      t.valueUsd / 1e9,
      t.targetYear ?? t.horizonText,
      t.setOn,
    ]);
    expect(summary).toEqual(
      expect.arrayContaining([
        [5, "medium term", "2016-09"],
        [3, 2018, "2018-03"],
        [5, 2020, "2018-03"],
        [10, "within 5 years", "2021-12-06"],
        [10, 2030, "2025-03-15"],
      ])
    );
  });
});

describe("gas transit", () => {
  const gas = (year: number) => d.gasTransit.observations.filter((o) => o.year === year);

  it("2023: 1.28 bcm in October–December", () => {
    expect(gas(2023).every((o) => o.bcm === 1.28 && o.kind === "actual")).toBe(true);
    expect(gas(2023)[0].period).toEqual({ from: "2023-10", to: "2023-12" });
  });

  it("2024: 5.6 bcm (Interfax) and 5.64 bcm (Gazprom) both kept", () => {
    const actual = gas(2024).filter((o) => o.kind === "actual");
    expect(actual.map((o) => [o.bcm, o.reporter])).toEqual([
      [5.6, "Zhamauov (via Interfax)"],
      [5.64, "Gazprom (Miller)"],
    ]);
  });

  it("2025: about 7.3 bcm planned; 2026: 11 bcm a year planned", () => {
    expect(gas(2025).find((o) => o.id === "gas-2025-plan-interfax")).toMatchObject({
      bcm: 7.3,
      qualifier: "about",
      kind: "planned",
    });
    expect(gas(2026).find((o) => o.id === "gas-2026-plan-interfax")).toMatchObject({
      bcm: 11,
      kind: "planned",
      recurring: true,
    });
  });
});

describe("other figures", () => {
  it("has the 78 joint projects worth $1.7bn and 15,000 jobs, and 876 Kazakh enterprises", () => {
    const value = (id: string) => d.otherFigures.find((f) => f.id === id);
    expect(value("figure-joint-projects-2025-count")).toMatchObject({ value: 78, unit: "count" });
    expect(value("figure-joint-projects-2025-usd")).toMatchObject({ value: bn(1.7), unit: "USD" });
    expect(value("figure-joint-projects-2025-jobs")).toMatchObject({
      value: 15_000,
      qualifier: "more than",
    });
    expect(value("figure-kz-enterprises-in-uz-2025")).toMatchObject({
      value: 876,
      sourceIds: ["baq-2025-11-14"],
    });
  });
});
