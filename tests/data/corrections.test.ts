/**
 * The corrections of dataset 2026.12.0, pinned to the audit of 27 Nov 2026
 * (../shared/sources/audit-2026-11.md): its prioritised patch list (§3) in order, then the
 * trade series rule and the provenance targets of issue 12.
 */
import type { TradeObservation } from "../../src/data/schema";
import { publishedDataset } from "../support/dataset";

const d = publishedDataset();
const bn = (x: number) => Math.round(x * 1e9);

function find<T extends { id: string }>(list: T[], id: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}
const trade = (id: string) => find(d.trade.observations, id);
const source = (id: string) => find(d.sources, id);
const agreement = (id: string) => find(d.agreements, id);
const figure = (id: string) => find(d.otherFigures, id);
const gas = (id: string) => find(d.gasTransit.observations, id);
const project = (id: string) => find(d.projects, id);
const event = (id: string) => find(d.summit.events, id);

describe("audit §3.1 (B1, A1, A2): 6 December 2021 was Mirziyoyev's state visit to Kazakhstan", () => {
  it("retitles the president.uz source and corrects the target's context", () => {
    expect(source("president-uz-4809").title).toMatch(/President of Uzbekistan to Kazakhstan/);
    const target = find(d.targets, "target-10bn-within-5-years-2021");
    expect(target.context).toMatch(/Mirziyoyev's state visit to Kazakhstan \(Nur-Sultan\)/);
    expect(target.context).not.toMatch(/Tokayev's state visit/);
  });

  it("places the three documents of that day in Nur-Sultan, on Kazinform's report", () => {
    for (const id of [
      "declaration-allied-relations-2021",
      "action-plan-trade-10bn-2021",
      "agreement-icic-2021",
    ]) {
      expect(agreement(id).summary).toMatch(/Nur-Sultan .* Mirziyoyev's state visit to Kazakhstan/);
      expect(agreement(id).sourceIds).toContain("kazinform-2021-12-06");
    }
  });
});

describe("audit §3.2 (B2): Silk Way TV's eight months and the Samarkand forum are 2024", () => {
  it("moves the $2.5bn to January–August 2024, the Kazakh prime minister's figure at the forum of 22 Oct 2024", () => {
    expect(d.trade.observations.some((o) => o.id === "trade-2023-8m-silkwaytv")).toBe(false);
    expect(trade("trade-2024-8m-silkwaytv")).toMatchObject({
      year: 2024,
      value: bn(2.5),
      period: { from: "2024-01", to: "2024-08" },
      reporterSide: "KZ",
    });
    expect(trade("trade-2024-8m-silkwaytv").sourceIds).toContain("astanatimes-2024-10-22");
    expect(figure("figure-interregional-forum-projects-usd").date).toBe("2024-10-22");
    expect(source("silkwaytv-2024").date).toBe("2024-10");
  });
});

describe("audit §3.3 (A4): 'closing in on $4bn' is not a January–September 2025 figure", () => {
  it("flags it and says why, without calling it a disagreement with pinkod.uz", () => {
    const o = trade("trade-2025-9m-uz-trade-ministry");
    // 2027.1.0 (audit of December 2026, A4/E5): the period is "not stated", no longer Jan–Sep.
    expect(o).toMatchObject({ reliability: "flagged", period: "not stated" });
    expect(o.periodInferred).toBeUndefined();
    expect(o.flag).toMatch(/cannot be January–September 2025 figures/);
    expect(o.headline).toBeUndefined();
  });
});

describe("audit §3.4 (B3, B4, A3): gas", () => {
  it("scopes Gazprom's +20% to three countries and flags it as not Uzbekistan's alone", () => {
    const o = gas("gas-2025-gazprom-growth");
    expect(o).toMatchObject({ growthPct: 20, reliability: "flagged" });
    expect(o.flag).toMatch(/Kazakhstan, Kyrgyzstan and Uzbekistan together/);
    expect(o.sourceIds).toContain("tass-2025-12-25");
  });

  it("keeps 7.7 bcm for 2025 as the Russian government's, unflagged, without alexa.ng", () => {
    expect(gas("gas-2025-plan-russian-government")).toMatchObject({
      bcm: 7.7,
      kind: "planned",
      reliability: "normal",
      reporter: "Russian government (Deputy Prime Minister Novak)",
    });
    expect(d.sources.some((s) => s.id === "alexa-ng")).toBe(false);
  });

  it("drops the 11 bcm attributed to a page that does not contain it, and dates the launch", () => {
    expect(d.gasTransit.observations.some((o) => o.id === "gas-2026-plan-menafn")).toBe(false);
    expect(
      d.gasTransit.observations.some(
        (o) => o.sourceIds.includes("menafn-trend-2025-12-29") && o.bcm === 11
      )
    ).toBe(false);
    expect(d.gasTransit.note).toMatch(/7 October 2023/);
  });
});

describe("audit §3.5 (A8, A9): the autumn-2025 construction claim belongs to the LAB plant", () => {
  it("takes it off the industrial cooperation centre and notes it, as a conflict, on the LAB complex", () => {
    expect(project("icic-central-asia").note).not.toMatch(/construction began/i);
    const lab = project("lab-complex-kashkadarya");
    expect(lab.note).toMatch(/began in the fall of 2025.*conflicts with the framework agreement/);
    expect(lab.capacity).toBe("Up to 50,000 tonnes of products a year (projected)");
  });
});

describe("audit §3.6 (B10, B11, A7): official statements relayed by the press name their side", () => {
  it.each([
    ["trade-2020-9m-sultanov", "KZ"],
    ["trade-2017-q1-trend", "KZ"],
    ["trade-2018-q1-trend", "KZ"],
    ["trade-2025-ytd-kursiv", "UZ"],
    ["trade-2025-ytd-vestikavkaza", "UZ"],
  ])("%s is reported by %s", (id, side) => {
    expect(trade(id).reporterSide).toBe(side);
  });

  it("dates Vestnik Kavkaza's report to the talks of 15 November and reads News.az's flows as Kazakh", () => {
    expect(trade("trade-2025-ytd-vestikavkaza").period).toEqual({
      from: "2025-01",
      asOf: "2025-11-15",
    });
    expect(source("vestikavkaza-2025-11-15").date).toBe("2025-11-15");
    expect(trade("trade-2023-news-az").flows?.perspective).toBe("KZ");
  });
});

describe("audit §3.7 (A5, A6): who stated the $8bn portfolio, and 'more than' $1.7bn", () => {
  it("attributes the portfolio to the press services and bounds the $1.7bn", () => {
    expect(figure("figure-industrial-portfolio-2025").statedBy).toBe(
      "Presidential press services of Uzbekistan and Kazakhstan"
    );
    expect(figure("figure-joint-projects-2025-usd")).toMatchObject({
      value: bn(1.7),
      qualifier: "more than",
    });
  });
});

describe("audit §3.8 (B5, B6): kknews' total and thecentral.asia's January–July", () => {
  it("gives January–November 2024 as 'more than $3.8bn', from the headline", () => {
    expect(trade("trade-2024-11m-uz-statistics")).toMatchObject({
      value: bn(3.8),
      valueQualifier: "more than",
      period: { from: "2024-01", to: "2024-11" },
    });
  });

  it("reads thecentral.asia's series as January–July with Uzbek flows, period inferred", () => {
    expect(trade("trade-2023-thecentralasia")).toMatchObject({
      period: { from: "2023-01", to: "2023-07" },
      periodInferred: true,
      flows: { uzToKz: { usd: 807_000_000 }, kzToUz: { usd: bn(1.6) }, perspective: "UZ" },
    });
  });
});

describe("audit §3.9 (B7, B8, B9): programme, treaties and the 7th Consultative Meeting", () => {
  it("names the programme for 2024–2034 and records it as adopted", () => {
    expect(agreement("programme-strategic-partnership-2034")).toMatchObject({
      title: { en: "Programme of Strategic Partnership and Alliance for 2024–2034" },
      status: "adopted",
    });
  });

  it("dates both treaties 22 Dec 2022 (the border treaty corrected in 2027.1.0, audit of December 2026, E1)", () => {
    expect(agreement("treaty-allied-relations-2022").date).toBe("2022-12-22");
    expect(agreement("border-demarcation-2022")).toMatchObject({
      date: "2022-12-22",
      kind: "treaty",
    });
  });

  it("places the 7th Consultative Meeting in Tashkent", () => {
    expect(event("event-consultative-meeting-7").place).toEqual({
      country: "UZ",
      city: "tashkent",
    });
  });
});

describe("the trade series rule (issue 12)", () => {
  const fullYearExact = (o: TradeObservation) =>
    o.period === "full year" &&
    o.value !== undefined &&
    o.valueQualifier === undefined &&
    o.reliability === "normal";
  const order = { KZ: 0, joint: 1, UZ: 2, other: 3 } as const;

  it("heads each year with the first reporter in the order Kazakhstan, joint, Uzbekistan, press", () => {
    const years = [...new Set(d.trade.observations.map((o) => o.year))];
    for (const year of years) {
      const eligible = d.trade.observations.filter((o) => o.year === year && fullYearExact(o));
      const headline = eligible.find((o) => o.headline);
      if (eligible.length === 0) continue;
      const best = Math.min(
        ...eligible.filter((o) => !o.preliminary).map((o) => order[o.reporterSide])
      );
      expect({ year, side: headline && order[headline.reporterSide] }).toEqual({
        year,
        side: best,
      });
    }
  });

  it("states, year by year, where the headline switches reporter", () => {
    const headlines = d.trade.observations.filter((o) => o.headline);
    const switches = headlines
      .slice(1)
      .filter((o, i) => o.reporterSide !== headlines[i].reporterSide)
      .map((o) => o.year);
    expect(switches).toEqual([2024, 2025]);
    expect(d.trade.headlineRule).toMatch(/2025 Uzbekistan/);
    expect(d.trade.headlineRule).toMatch(/switches reporter in 2024 and again in 2025/);
    expect(d.trade.headlineRule).toMatch(
      /growth rate is computed only between two figures of the same reporter/
    );
  });

  it("says for every observation whether its period is a full year or which months", () => {
    for (const o of d.trade.observations)
      expect(
        o.period === "full year" ||
          o.period === "not stated" ||
          "to" in o.period ||
          "asOf" in o.period
      ).toBe(true);
  });
});

describe("provenance (issue 12)", () => {
  it("gives an address for at least 80% of sources, http: ones only as text", () => {
    const withAddress = d.sources.filter((s) => s.url !== undefined || s.httpUrl !== undefined);
    expect(withAddress.length / d.sources.length).toBeGreaterThanOrEqual(0.8);
    for (const s of d.sources) {
      if (s.url !== undefined) expect(s.url).toMatch(/^https:\/\//);
      if (s.httpUrl !== undefined) expect(s.httpUrl).toMatch(/^http:\/\//);
    }
  });

  it("gives every source a publisher, a title and a date no later than the dataset's asOf", () => {
    for (const s of d.sources) {
      expect({ id: s.id, dated: s.date !== undefined && s.date <= d.asOf }).toEqual({
        id: s.id,
        dated: true,
      });
      expect(s.publisher.length * s.title.length).toBeGreaterThan(0);
    }
    expect(d.asOf <= new Date().toISOString().slice(0, 10)).toBe(true);
    expect(d.version).toBe("2027.1.0");
  });

  it("keeps the four http:-only pages as text", () => {
    for (const id of [
      "uzinform-2025-11-sic",
      "finprom-2021",
      "today-az-2019-04-15",
      "today-az-2023-08-24",
    ]) {
      expect(source(id).httpUrl).toMatch(/^http:\/\//);
      expect(source(id).url).toBeUndefined();
    }
  });

  it("merges the two records of the same Qazaq TV article", () => {
    expect(d.sources.some((s) => s.id === "qazaqtv-2021-10m")).toBe(false);
    expect(source("qazaqtv-2021-12-29").url).toMatch(/16065-trade-turnover/);
  });
});
