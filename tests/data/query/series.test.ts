import {
  REPORTERS,
  achievedGrowth,
  buildIndex,
  isSeriesFigure,
  seriesPoints,
  tradeHistory,
} from "../../../src/data/query";
import { headlineSwitches } from "../../../src/data/query/headline";
import { parseDataset } from "../../../src/data/validate";
import { expectDataError, publishedIndex, rawCopy, unwrap } from "../../support/dataset";
import { english } from "../../support/english";

const index = publishedIndex();

/** The published dataset with one observation's reported growth rate removed. */
function withoutGrowth(id: string, drop: readonly string[] = []) {
  const dataset = rawCopy() as { trade: { observations: Record<string, unknown>[] } };
  delete dataset.trade.observations.find((o) => o.id === id)!.growthPct;
  dataset.trade.observations = dataset.trade.observations.filter(
    (o) => !drop.includes(String(o.id))
  );
  const parsed = parseDataset(dataset);
  if (!parsed.ok) throw new Error(english(parsed.error));
  return buildIndex(parsed.value);
}
const observations = index.dataset.trade.observations;

describe("the headline series rule (assets/data/README.md, rules 3–5)", () => {
  it("3: each headline year's reporter is the first in the fixed order with an eligible figure", () => {
    const years = [...new Set(observations.filter(isSeriesFigure).map((o) => o.year))].sort();
    for (const year of years) {
      const eligible = observations.filter((o) => o.year === year && isSeriesFigure(o));
      const expected = ["KZ", "joint", "UZ", "other"].find((side) =>
        eligible.some((o) => o.reporterSide === side)
      );
      const headline = observations.find((o) => o.year === year && o.headline);
      expect([year, headline?.reporterSide]).toEqual([year, expected]);
    }
    expect(REPORTERS).toEqual(["KZ", "joint", "UZ", "other"]);
  });

  it("4: the reporter is stated year by year, and the switches to the press (2024) and Uzbekistan (2025) show", () => {
    expect(headlineSwitches(index)).toEqual([
      { from: 2017, to: 2019, reporter: "KZ" },
      { from: 2021, to: 2023, reporter: "KZ" },
      { from: 2024, to: 2024, reporter: "other" },
      { from: 2025, to: 2025, reporter: "UZ" },
    ]);
    const history = unwrap(tradeHistory(index));
    expect(history.map((p) => [p.year, p.observation.reporterSide])).toEqual([
      [2017, "KZ"],
      [2018, "KZ"],
      [2019, "KZ"],
      [2021, "KZ"],
      [2022, "KZ"],
      [2023, "KZ"],
      [2024, "other"],
      [2025, "UZ"],
    ]);
    expect(index.dataset.trade.headlineRule).toMatch(/2024 the press .*2025 Uzbekistan/s);
  });

  it("each reporter's series holds only its own exact, reliable full-year figures", () => {
    for (const reporter of REPORTERS)
      for (const p of seriesPoints(index, reporter)) {
        expect(p.observation.reporterSide).toBe(reporter);
        expect(isSeriesFigure(p.observation)).toBe(true);
      }
    expect(seriesPoints(index, "UZ").map((p) => p.year)).toEqual([2022, 2023, 2025]);
  });

  describe("5: growth only within one reporter", () => {
    it("2024 (Kazakhstan, $4bn) to 2025 (Uzbekistan, $4.97bn) is not +24%: Uzbekistan's own +11.4%", () => {
      const g = unwrap(achievedGrowth(index));
      expect(g).toMatchObject({
        reporter: "UZ",
        fromYear: 2024,
        toYear: 2025,
        toUsd: 4_970_000_000,
        basis: "reported",
        observationIds: ["trade-2025-uz-trade-ministry"],
      });
      expect(g.rate).toBeCloseTo(0.114, 10);
      expect(g.fromUsd).toBeUndefined();
    });

    it("computes from two figures of the same reporter", () => {
      const kz = unwrap(achievedGrowth(index, { reporter: "KZ" }));
      expect(kz).toMatchObject({ fromYear: 2022, toYear: 2023, basis: "computed" });
      expect(kz.rate).toBeCloseTo(4.4 / 5 - 1, 12);
      // Uzbekistan's 2022 to 2023, from its own two figures.
      const uz = unwrap(achievedGrowth(index, { reporter: "UZ", year: 2023 }));
      expect(uz).toMatchObject({ fromYear: 2022, fromUsd: 4.6e9, toUsd: 4.4e9, basis: "computed" });
      const y2022 = unwrap(achievedGrowth(index, { year: 2022 }));
      expect(y2022).toMatchObject({ reporter: "KZ", fromUsd: 4_300_000_000, toUsd: 5e9 });
      // No 2020 figure: Kazakhstan's own reported +33% for 2021, not a rate from 2019...
      const y2021 = unwrap(achievedGrowth(index, { year: 2021, reporter: "KZ" }));
      expect(y2021).toMatchObject({ fromYear: 2020, basis: "reported", rate: 0.33 });
      // ...and without it, the compound yearly rate from 2019 over the gap.
      const gap = unwrap(
        achievedGrowth(withoutGrowth("trade-2021-kz-pm"), { year: 2021, reporter: "KZ" })
      );
      expect(gap).toMatchObject({ fromYear: 2019, years: 2, basis: "computed" });
      expect(gap.rate).toBeCloseTo(Math.sqrt(4.3 / 4.1) - 1, 12);
    });

    it("never reaches across to another reporter's figure", () => {
      for (const reporter of REPORTERS)
        for (const p of seriesPoints(index, reporter)) {
          const g = achievedGrowth(index, { reporter, year: p.year });
          if (!g.ok) continue;
          for (const id of g.value.observationIds)
            expect(observations.find((o) => o.id === id)?.reporterSide).toBe(reporter);
        }
    });

    it("without a same-reporter base or a reported rate, there is no growth", () => {
      expect(
        english(
          expectDataError(
            achievedGrowth(
              withoutGrowth("trade-2025-uz-trade-ministry", [
                "trade-2022-uz-statistics",
                "trade-2023-uz-prime-minister",
              ])
            )
          )
        )
      ).toBe(
        "No full-year trade figure before 2025 comes from Uzbekistan's statistics, nor a growth rate with its 2025 figure, so no growth can be computed without mixing reporters."
      );
      expect(expectDataError(achievedGrowth(index, { year: 2020 })).kind).toBe("no-data");
      expect(english(expectDataError(achievedGrowth(index, { reporter: "KZ", year: 2025 })))).toBe(
        "No full-year trade figure for 2025 comes from Kazakhstan's statistics, so there is no growth into it."
      );
    });
  });
});
