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
  /** A card with a Double carrying a number format (Excel.DoubleCellValue.numberFormat, 1.19). */
  const withDouble = (): Excel.EntityCellValue => ({
    type: "Entity" as Excel.EntityCellValue["type"],
    text: "x",
    properties: {
      Jobs: { type: "Double", basicValue: 3, numberFormat: "#,##0" } as Excel.DoubleCellValue,
    },
  });

  test("item 8: KZUZ.PROJECT's amounts are FormattedNumber values (ExcelApi 1.16), formats kept before 1.19", () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.formattednumbercellvalue: [ API set: ExcelApi 1.16 ]
    withSets("ExcelApi 1.18", "CustomFunctionsRuntime 1.4");
    const original = card();
    const fitted = fitCard(original);
    expect(fitted.properties?.Investment).toEqual({
      type: "FormattedNumber",
      basicValue: 355_410_000,
      numberFormat: "$#,##0",
      propertyMetadata: { sublabel: "USD" },
    });
    expect(Object.values(fitted.properties ?? {}).some((p) => p.type === "Double")).toBe(false);
  });

  test("item 8: before ExcelApi 1.19 a Double's number format is dropped, its number kept", () => {
    withSets("ExcelApi 1.18", "CustomFunctionsRuntime 1.4");
    const fitted = fitCard(withDouble());
    expect(fitted.properties?.Jobs).toEqual({ type: "Double", basicValue: 3 });
    expect(fitted.text).toBe("x");
  });

  test("item 8: with ExcelApi 1.19 the card is left as it is", () => {
    withSets("ExcelApi 1.19", "CustomFunctionsRuntime 1.4");
    const original = withDouble();
    expect(fitCard(original)).toBe(original);
  });

  test("a value that is not a card passes through", () => {
    withSets("ExcelApi 1.18");
    expect(fitCard("ICIC")).toBe("ICIC");
  });
});
