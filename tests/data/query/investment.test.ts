import { investment } from "../../../src/data/query";
import { expectDataError, publishedIndex, unwrap } from "../../support/dataset";
import { english } from "../../support/english";

const index = publishedIndex();

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
    expect(english(error)).toMatch(/No investment amount has been disclosed/);
  });

  it("has no data for a place without projects", () => {
    expect(expectDataError(investment(index, "Almaty"))).toMatchObject({ kind: "no-data" });
  });

  it("passes resolution errors through", () => {
    expect(expectDataError(investment(index, "Kashkadarua region of Mars")).kind).toBe("not-found");
    expect(expectDataError(investment(index, "")).kind).toBe("invalid-argument");
  });
});
