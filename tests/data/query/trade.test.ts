import { tradeForYear, tradeHistory, tradeObservations } from "../../../src/data/query";
import { expectDataError, publishedIndex, unwrap } from "../../support/dataset";

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
