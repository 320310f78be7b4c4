import { tableOf } from "../../../src/data/views";
import { columnRef } from "../../../src/excel/charts/formulas";
import { header } from "./helpers";

describe("formulas", () => {
  test("structured references escape what Excel requires", () => {
    expect(columnRef("T", "Turnover (USD)")).toBe("T[Turnover (USD)]");
    expect(columnRef("T", "Value [USD]")).toBe("T[[Value '[USD']]]");
    expect(columnRef("T", "#Items")).toBe("T[['#Items]]");
    expect(columnRef("T", "Year's value")).toBe("T[[Year''s value]]");
    expect(columnRef(tableOf("trade").tableName, header("value"))).toBe(
      "KZUZ_Trade[Turnover (USD)]"
    );
  });
});
