import { tradeForYear, tradeHistory, tradeObservations } from "../../../src/data/query";
import { expectDataError, publishedIndex, unwrap } from "../../support/dataset";
import { english, withEnglish } from "../../support/english";

const index = publishedIndex();

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
    expect(english(expectDataError(tradeForYear(index, 2020)))).toMatch(
      /2020: the sources give only partial-year or growth-only figures/
    );
    expect(english(expectDataError(tradeForYear(index, 2015)))).toMatch(
      /2015: its full-year figure is flagged as unreliable/
    );
    expect(withEnglish(expectDataError(tradeForYear(index, 1995)))).toMatchObject({
      kind: "no-data",
      message: expect.stringMatching(/cover 2015–2025/),
    });
  });

  it("gives a reporter's full-year figure, the reporter named by code, country or words", () => {
    expect(unwrap(tradeForYear(index, 2021, "joint")).usd).toBe(3_900_000_000);
    expect(unwrap(tradeForYear(index, 2021, "trade ministers")).usd).toBe(3_900_000_000);
    expect(unwrap(tradeForYear(index, 2021, "Kazakhstan")).usd).toBe(4_300_000_000);
    expect(unwrap(tradeForYear(index, 2022, "KZ")).observation.id).toBe("trade-2022-kz-pm");
    expect(unwrap(tradeForYear(index, 2023, "Қазақстан")).observation.id).toBe(
      "trade-2023-kz-akorda"
    );
    expect(unwrap(tradeForYear(index, 2022, "press")).observation.id).toBe(
      "trade-2022-intellinews"
    );
    expect(unwrap(tradeForYear(index, 2025, "Uzbekistan")).observation.id).toBe(
      "trade-2025-uz-trade-ministry"
    );
  });

  it("prefers a reporter's headline figure, then an exact one, over its approximate figures", () => {
    // Kazakhstan gave $4.4bn (Akorda, the headline) and "nearly $4.5bn" for 2023.
    expect(unwrap(tradeForYear(index, 2023, "KZ")).usd).toBe(4_400_000_000);
    // ...and "more than $5bn" beside an exact $5bn for 2022.
    expect(unwrap(tradeForYear(index, 2022, "Kazakh")).usd).toBe(5_000_000_000);
  });

  describe("F11: never a part of a year as the year's figure", () => {
    it("Kazakhstan's 2024 is no figure: its full-year \"more than $4bn\" is a bound, and January–April's $1.2bn is a part", () => {
      expect(english(expectDataError(tradeForYear(index, 2024, "KZ")))).toBe(
        "No full-year figure for 2024 comes from Kazakhstan's statistics. The full-year figure is approximate: more than $4 billion."
      );
    });
    it.each([
      [
        2024,
        "Uzbekistan",
        /^No full-year figure for 2024 comes from Uzbekistan's statistics\. Only January–November 2024 was reported: more than \$3\.8 billion\.$/,
      ],
      [
        2016,
        "Kazakhstan",
        /Only January–September 2016 was reported: \$1\.548 billion \(flagged as doubtful\)\./,
      ],
      [2021, "UZ", /Only January–November 2021 was reported: more than \$3\.53 billion\./],
      [2022, "UZ", undefined],
      [2023, "UZ", undefined],
      [2025, "UZ ", undefined],
    ])("%p %p", (year, reporter, message) => {
      const result = tradeForYear(index, year, reporter);
      if (message === undefined) {
        expect(unwrap(result).observation.period).toBe("full year");
        return;
      }
      expect(withEnglish(expectDataError(result))).toMatchObject({ kind: "no-data", message });
    });
    it("says when a reporter gave only a growth rate, or a doubtful full-year figure", () => {
      expect(english(expectDataError(tradeForYear(index, 2020, "KZ")))).toBe(
        "No full-year figure for 2020 comes from Kazakhstan's statistics. Only a growth rate was reported for January–September 2020: -16.5% on a year earlier."
      );
      expect(english(expectDataError(tradeForYear(index, 2015, "press")))).toMatch(
        /The full-year figure is flagged as doubtful: \$3 billion\./
      );
    });
    it("says who did give a full-year figure when the reporter gave nothing", () => {
      expect(english(expectDataError(tradeForYear(index, 2019, "UZ")))).toBe(
        "No trade figure for 2019 comes from Uzbekistan's statistics. Full-year figures for 2019: Kazakhstan's statistics $4.1 billion."
      );
      expect(english(expectDataError(tradeForYear(index, 2025, "KZ")))).toMatch(
        /Full-year figures for 2025: Uzbekistan's statistics \$4\.97 billion\./
      );
    });
    it("a year without a headline says what was reported, and by whom", () => {
      expect(english(expectDataError(tradeForYear(index, 2016)))).toMatch(
        /Only January–September 2016 was reported by Kazakhstan's statistics: \$1\.548 billion \(flagged as doubtful\)\./
      );
    });
  });

  describe("F12: a reporter must name one reporter", () => {
    const list =
      'A reporter is one of "KZ" (Kazakhstan\'s statistics), "UZ" (Uzbekistan\'s statistics), "joint" (joint statements) or "press" (the press).';
    it.each(["a", "an", "k", "Kazakh govt"])("%p names no reporter", (text) => {
      expect(withEnglish(expectDataError(tradeForYear(index, 2024, text)))).toMatchObject({
        kind: "not-found",
        what: "reporter",
        message: `No reporter matches "${text}". ${list}`,
      });
    });
    it.each(["stan", "statistics"])("%p could mean either country", (text) => {
      expect(withEnglish(expectDataError(tradeForYear(index, 2024, text)))).toMatchObject({
        kind: "ambiguous",
        candidates: ["Kazakhstan's statistics", "Uzbekistan's statistics"],
        message: `"${text}" could mean Kazakhstan's statistics or Uzbekistan's statistics. ${list}`,
      });
    });
    it("a long text is quoted shortened", () => {
      const text = "x".repeat(150);
      expect(english(expectDataError(tradeForYear(index, 2024, text)))).toMatch(
        /^No reporter matches "x{39}…"\./
      );
    });
  });

  it.each([[2024.5], [1990], [2101], [Number.NaN]])("rejects the year %p", (year) => {
    expect(withEnglish(expectDataError(tradeForYear(index, year)))).toMatchObject({
      kind: "invalid-argument",
      message: expect.stringMatching(/whole year from 1991 to 2100/),
    });
  });

  it("gives a reporter's own series, which never mixes", () => {
    const kz = unwrap(tradeHistory(index, { reporter: "KZ" }));
    expect(kz.map((p) => [p.year, p.usd / 1e9])).toEqual([
      [2017, 2],
      [2018, 3],
      [2019, 4.1],
      [2021, 4.3],
      [2022, 5],
      [2023, 4.4],
    ]);
    expect(kz.every((p) => p.observation.reporterSide === "KZ")).toBe(true);
    expect(kz.every((p) => p.observation.period === "full year")).toBe(true);
    expect(unwrap(tradeHistory(index, { reporter: "joint" })).map((p) => p.usd / 1e9)).toEqual([
      3.9, 4.6, 4.5,
    ]);
    expect(unwrap(tradeHistory(index, { reporter: "UZ" })).map((p) => p.usd / 1e9)).toEqual([
      4.6, 4.4, 4.97,
    ]);
    expect(english(expectDataError(tradeHistory(index, { reporter: "UZ", to: 2021 })))).toBe(
      "No full-year trade figure from Uzbekistan's statistics falls in 1991–2021. Its figures cover 2022, 2023, 2025."
    );
    expect(expectDataError(tradeHistory(index, { reporter: "stan" })).kind).toBe("ambiguous");
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
