import { walkSourceIds } from "../../src/data/sourceIds";

describe("walkSourceIds", () => {
  it("visits every sourceIds list, however deep, with its path", () => {
    const record = {
      id: "p",
      sourceIds: ["a"],
      investment: { usd: 1, sourceIds: ["b", "c"] },
      milestones: [{ sourceIds: [] }, { note: "x", sourceIds: ["d"] }],
    };
    const seen: [readonly string[], readonly (string | number)[]][] = [];
    walkSourceIds(record, (ids, path) => seen.push([ids, path]));
    expect(seen).toEqual([
      [["a"], ["sourceIds"]],
      [
        ["b", "c"],
        ["investment", "sourceIds"],
      ],
      [[], ["milestones", 0, "sourceIds"]],
      [["d"], ["milestones", 1, "sourceIds"]],
    ]);
  });
});
