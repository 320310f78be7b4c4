import { sourceFor, sourceLabelFor, sourcesOf } from "../../../src/data/query";
import { expectDataError, publishedIndex, unwrap } from "../../support/dataset";

const index = publishedIndex();
const ids = <T extends { id: string }>(list: readonly T[]) => list.map((x) => x.id);

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

describe("sourcesOf and sourceLabelFor", () => {
  it("give the sources of ids in their order, and the first one's label", () => {
    const lab = ["trend-4117911", "no-such-source", "qazinform-2025-11-15-lab"];
    expect(ids(sourcesOf(index, lab))).toEqual(["trend-4117911", "qazinform-2025-11-15-lab"]);
    expect(sourceLabelFor(index, lab)).toBe("Trend, 2025-11-15");
    expect(sourceLabelFor(index, ["qazinform-2025-11-15-lab"])).toBe("Qazinform, 2025-11-15");
  });

  it("give nothing for a record that names no known source", () => {
    expect(sourcesOf(index, [])).toEqual([]);
    expect(sourceLabelFor(index, ["no-such-source"])).toBeUndefined();
  });
});
