import { buildIndex, resolve } from "../../../src/data/query";
import { edited, publishedIndex, unwrap } from "../../support/dataset";
import { parseDataset } from "../../../src/data/validate";

const index = publishedIndex();

describe("buildIndex", () => {
  it("indexes any valid dataset, not just the published one", () => {
    const renamed = unwrap(parseDataset(edited([["places", 2, "aliases", 0], "Kashqadaryo-test"])));
    const other = buildIndex(renamed);
    expect(unwrap(resolve(other, "Kashqadaryo-test")).id).toBe("kashkadarya-region");
    expect(resolve(index, "Kashqadaryo-test").ok).toBe(false);
  });
});
