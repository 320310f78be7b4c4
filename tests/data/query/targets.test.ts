import { currentTarget, progress, requiredGrowth, targetForYear } from "../../../src/data/query";
import { expectDataError, publishedIndex, unwrap } from "../../support/dataset";

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
