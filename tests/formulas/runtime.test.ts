/**
 * Requirement sets (conformance review §3): cards need CustomFunctionsRuntime 1.4 as well as
 * ExcelApi 1.16 (learn.microsoft.com/office/dev/add-ins/reference/requirement-sets/custom-functions-requirement-sets:
 * "Requirement set 1.4 includes custom functions integration with data types"); number formats
 * on Double properties are ExcelApi 1.19 (Excel.DoubleCellValue.numberFormat, [Api set: ExcelApi 1.19]).
 */
import { projectValue } from "../../src/formulas/compute";
import { entityValuesSupported, fitCard } from "../../src/formulas/runtime";
import { publishedIndex } from "../support/dataset";

type Holder = { Office?: unknown };

/** Office with the given requirement sets (as "Set version" strings), like isSetSupported. */
function withSets(...sets: string[]) {
  (globalThis as Holder).Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          sets.some((s) => {
            const [n, v] = s.split(" ");
            return n === name && Number(v) >= Number(version);
          }),
      },
    },
  };
}

afterEach(() => {
  delete (globalThis as Holder).Office;
});

describe("item 8: cards only where custom functions can return data types", () => {
  test("item 8: ExcelApi 1.16 without CustomFunctionsRuntime 1.4 (retail perpetual Office) gives no card", () => {
    withSets("ExcelApi 1.17", "CustomFunctionsRuntime 1.3");
    expect(entityValuesSupported()).toBe(false);
    const value = projectValue(publishedIndex(), "ICIC", null, entityValuesSupported());
    expect(typeof value).toBe("string");
  });

  test("item 8: CustomFunctionsRuntime 1.4 and ExcelApi 1.16 give cards", () => {
    withSets("ExcelApi 1.16", "CustomFunctionsRuntime 1.4");
    expect(entityValuesSupported()).toBe(true);
  });

  test("item 8: outside Office, no cards", () => {
    expect(entityValuesSupported()).toBe(false);
  });
});

describe("item 8: number formats on a card's numbers need ExcelApi 1.19", () => {
  const card = () => projectValue(publishedIndex(), "ICIC", null, true) as Excel.EntityCellValue;
  const formats = (entity: Excel.EntityCellValue) =>
    Object.values(entity.properties ?? {}).flatMap((p) =>
      p.type === "Double" ? [(p as Excel.DoubleCellValue).numberFormat ?? null] : []
    );

  test("item 8: before ExcelApi 1.19 the numbers stay, without formats", () => {
    withSets("ExcelApi 1.18", "CustomFunctionsRuntime 1.4");
    const original = card();
    const fitted = fitCard(original);
    expect(formats(original).some((f) => f !== null)).toBe(true);
    expect(formats(fitted).length).toBe(formats(original).length);
    expect(formats(fitted).every((f) => f === null)).toBe(true);
    expect(fitted.text).toBe(original.text);
  });

  test("item 8: with ExcelApi 1.19 the card is left as it is", () => {
    withSets("ExcelApi 1.19", "CustomFunctionsRuntime 1.4");
    const original = card();
    expect(fitCard(original)).toBe(original);
  });

  test("a value that is not a card passes through", () => {
    withSets("ExcelApi 1.18");
    expect(fitCard("ICIC")).toBe("ICIC");
  });
});
