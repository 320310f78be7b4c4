import { agreementsByDomain } from "../../../src/data/query";
import { expectDataError, publishedIndex, unwrap } from "../../support/dataset";

const index = publishedIndex();
const ids = <T extends { id: string }>(list: readonly T[]) => list.map((x) => x.id);

describe("agreementsByDomain", () => {
  it("lists all, or a domain's, matched loosely", () => {
    expect(unwrap(agreementsByDomain(index))).toHaveLength(index.dataset.agreements.length);
    expect(ids(unwrap(agreementsByDomain(index, "water")))).toEqual([
      "working-group-river-forecasting",
      "agreement-cross-border-water-bodies",
      "protocol-water-energy-kz-kg-uz-2025",
      "protocol-syr-darya-2025",
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
