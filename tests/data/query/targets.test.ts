import {
  currentTarget,
  progress,
  requiredGrowth,
  requiredGrowthByReporter,
  seriesUsedSaid,
  targetForYear,
} from "../../../src/data/query";
import { loadTranslator } from "../../../src/i18n/translator";
import { expectDataError, publishedIndex, unwrap } from "../../support/dataset";
import { english, withEnglish } from "../../support/english";

const index = publishedIndex();

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
    expect(english(expectDataError(targetForYear(index, 2025)))).toMatch(/2018, 2020, 2022, 2030/);
  });

  it("measures the latest year against the target", () => {
    expect(unwrap(progress(index))).toEqual({
      year: 2025,
      reporter: "UZ",
      series: "headline",
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

describe("progress and required growth name their reporter and series (issue 20)", () => {
  it("without a reporter: the headline series, whose reporter changes with the year", () => {
    expect(unwrap(progress(index, 2024))).toMatchObject({
      reporter: "other",
      series: "headline",
      valueUsd: 4_300_000_000,
    });
    expect(unwrap(progress(index, 2023))).toMatchObject({ reporter: "KZ", series: "headline" });
  });

  it("with a reporter: that reporter's own latest figure, or its figure for the year", () => {
    expect(unwrap(progress(index, undefined, "KZ"))).toMatchObject({
      year: 2023,
      reporter: "KZ",
      series: "reporter",
      observationId: "trade-2023-kz-akorda",
    });
    expect(unwrap(requiredGrowth(index, 2022, "Uzbekistan"))).toMatchObject({
      fromYear: 2022,
      reporter: "UZ",
      series: "reporter",
      valueUsd: 4_600_000_000,
    });
    expect(english(expectDataError(progress(index, 2024, "KZ")))).toMatch(/more than \$4 billion/);
    expect(expectDataError(progress(index, undefined, "nobody")).kind).toBe("not-found");
  });

  it("gives the growth needed from each government's own latest figure: Kazakhstan, joint, Uzbekistan", () => {
    const by = requiredGrowthByReporter(index);
    expect(by.map((g) => [g.reporter, g.fromYear, g.valueUsd])).toEqual([
      ["KZ", 2023, 4_400_000_000],
      ["joint", 2023, 4_500_000_000],
      ["UZ", 2025, 4_970_000_000],
    ]);
    expect(Math.min(...by.map((g) => g.cagr))).toBeCloseTo(Math.pow(10 / 4.5, 1 / 7) - 1, 12);
    expect(Math.max(...by.map((g) => g.cagr))).toBeCloseTo(Math.pow(10 / 4.97, 1 / 5) - 1, 12);
  });

  it("says in words whose series and which year, in every language's catalogue", () => {
    expect(withEnglish(seriesUsedSaid(unwrap(progress(index))))).toMatchObject({
      message: "Uses the headline series, 2025: Uzbekistan's statistics, $4.97 billion.",
      id: "explain.series.headline",
    });
    expect(
      withEnglish(seriesUsedSaid(unwrap(requiredGrowth(index, undefined, "KZ"))))
    ).toMatchObject({
      message: "Uses Kazakhstan's statistics only, 2023: $4.4 billion.",
      id: "explain.series.reporter",
    });
  });

  it("renders the same English from the catalogue, and no English words in Russian or Kazakh", async () => {
    const saids = [
      seriesUsedSaid(unwrap(progress(index))),
      seriesUsedSaid(unwrap(requiredGrowth(index, undefined, "press"))),
      seriesUsedSaid(unwrap(progress(index, 2023, "joint"))),
    ];
    const [ru, kk] = await Promise.all([loadTranslator("ru"), loadTranslator("kk")]);
    expect(ru.text(saids[0])).toMatch(
      /^Используется основной ряд, 2025 год: статистика Узбекистана, /
    );
    expect(kk.text(saids[1])).not.toMatch(/[A-Za-z]{3,}/);
  });
});
