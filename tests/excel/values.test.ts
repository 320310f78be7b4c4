import { DatasetStore } from "../../src/data/store";
import { convertToValues, countKzuzFormulas } from "../../src/excel/share";
import { SOURCES_HEADERS, isKzuzFormula } from "../../src/excel/values";
import type { Workbench } from "../../src/excel/workbench";
import { publishedDataset } from "../support/dataset";
import { createFakeExcel, type FakeExcel } from "../support/fake-excel";
import { MemorySettings } from "../support/office";
import { english, withEnglish } from "../support/english";

/**
 * A workbook as Excel shows it after calculation: each formula cell holds its formula and the
 * value it shows (the fake does not calculate). Range.formulas gives a formula cell's formula and
 * a constant's value; Range.values what cells show.
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member
 */
function workbook(): FakeExcel {
  const excel = createFakeExcel();
  const sheet = excel.workbook.addSheet("Report");
  sheet.set(0, 0, { value: "Trade 2024" });
  sheet.set(0, 1, { value: 4_000_000_000, formula: "=KZUZ.TRADE(2024)" });
  sheet.set(1, 1, { value: 0.5, formula: "=kzuz.progress()" });
  sheet.set(2, 1, { value: "#BUSY!", formula: "=KZUZ.TARGET(2030)" });
  sheet.set(3, 1, { value: 3, formula: "=SUM(1,2)" });
  sheet.set(4, 1, { value: "KZUZ.TRADE", formula: '="KZUZ.TRADE"' });
  sheet.set(5, 1, { value: "=not a formula", formula: '=KZUZ.SOURCE("x")' });
  const other = excel.workbook.addSheet("Other sheet");
  other.set(0, 0, { value: 10_000_000_000, formula: "=B1*KZUZ.TARGET(2030)" });
  return excel;
}

function bench(excel: FakeExcel, selection?: string): Workbench {
  const context = selection
    ? ({
        ...excel.context,
        workbook: {
          ...excel.context.workbook,
          getSelectedRange: () =>
            excel.context.workbook.worksheets.getItem("Report").getRange(selection),
        },
        sync: () => excel.context.sync(),
      } as unknown as Excel.RequestContext)
    : excel.context;
  return {
    store: new DatasetStore(publishedDataset()),
    run: (batch) => batch(context),
    settings: new MemorySettings(),
    baseUrl: "https://addin.example.org/taskpane.html",
    // Neither spills (ExcelApi 1.12) nor notes (1.18) are modelled by the fake.
    supports: (_set, version) => version === "1.7",
  };
}

test("KZUZ formulas are told apart from others, text in quotes aside", () => {
  expect(isKzuzFormula("=KZUZ.TRADE(2024)")).toBe(true);
  expect(isKzuzFormula("=B1*kzuz.target(2030)")).toBe(true);
  expect(isKzuzFormula('="KZUZ.TRADE"')).toBe(false);
  expect(isKzuzFormula("=MYKZUZ.TRADE()")).toBe(false);
  expect(isKzuzFormula("KZUZ.TRADE(2024)")).toBe(false);
  expect(isKzuzFormula(42)).toBe(false);
});

test("counts the KZUZ formulas first, changing nothing", async () => {
  const excel = workbook();
  const before = excel.workbook.snapshot();
  expect(await countKzuzFormulas(bench(excel), "workbook")).toEqual({
    ok: true,
    count: 5,
    sheets: 2,
  });
  expect(await countKzuzFormulas(bench(excel, "B1:B2"), "selection")).toEqual({
    ok: true,
    count: 2,
    sheets: 1,
  });
  expect(excel.workbook.snapshot()).toBe(before);
});

test("converts every KZUZ formula to its value, lists each source, leaves errors and other formulas", async () => {
  const excel = workbook();
  const outcome = await convertToValues(
    bench(excel),
    "workbook",
    () => new Date("2026-12-01T09:30:00Z")
  );
  expect(outcome.ok).toBe(true);
  expect(english(outcome.said)).toMatch(
    /^4 KZUZ formulas in this workbook were replaced by their values\. Each one's formula and dataset \(2027\.1\.0, as of 2026-12-07\) is listed on the sheet KZUZ Formula Sources\. 1 formula showing an error \(#BUSY!\) was left as a formula: Report!B3\./
  );
  const report = excel.workbook.sheet("Report")!;
  expect(report.get(0, 1)).toEqual({ value: 4_000_000_000 });
  expect(report.get(1, 1)).toEqual({ value: 0.5 });
  // A text value that looks like a formula stays text.
  expect(report.get(5, 1)).toEqual({ value: "=not a formula", format: "@" });
  expect(
    excel.workbook
      .formulas()
      .map((f) => f.formula)
      .sort()
  ).toEqual(['="KZUZ.TRADE"', "=KZUZ.TARGET(2030)", "=SUM(1,2)"]);
  const sources = excel.workbook.sheet("KZUZ Formula Sources")!;
  const row = (r: number) => [0, 1, 2, 3, 4].map((c) => sources.value(r, c));
  expect(row(0)).toEqual([...SOURCES_HEADERS]);
  expect(row(1)).toEqual([
    "Report!B1",
    "=KZUZ.TRADE(2024)",
    4_000_000_000,
    "KZUZ dataset 2027.1.0 (as of 2026-12-07)",
    "2026-12-01 09:30",
  ]);
  expect(row(4)[0]).toBe("Other sheet!A1");
  expect(sources.get(5, 0)).toBeUndefined();
  // Converting again finds nothing left to convert, not even the list's formulas kept as text.
  const again = await convertToValues(bench(excel), "workbook");
  expect(english(again.said)).toMatch(/^0 KZUZ formulas .* 1 formula showing an error/);
  expect(excel.workbook.sheet("KZUZ Formula Sources (2)")).toBeUndefined();
});

test("the selection's formulas only, and a clear answer when there are none", async () => {
  const excel = workbook();
  const outcome = await convertToValues(bench(excel, "B1:B1"), "selection");
  expect(outcome.ok).toBe(true);
  expect(english(outcome.said)).toMatch(
    /^1 KZUZ formula in the selected cells was replaced by its value\./
  );
  expect(excel.workbook.sheet("Report")!.get(1, 1)?.formula).toBe("=kzuz.progress()");
  const none = await convertToValues(bench(excel, "A1:A1"), "selection");
  expect(withEnglish(none)).toMatchObject({
    ok: false,
    message: "There are no KZUZ formulas in the selected cells. Nothing was changed.",
  });
});

test("a formula that spills is replaced by the whole array it shows; each converted cell gets a note where Excel has notes", async () => {
  const excel = createFakeExcel();
  const report = excel.workbook.addSheet("Report");
  // =KZUZ.TRADEHISTORY() in A1 spills over A1:B2; =KZUZ.TARGET(2030) in A4 does not spill.
  report.set(0, 0, { value: "Year", formula: "=KZUZ.TRADEHISTORY()" });
  report.set(0, 1, { value: "Turnover (USD)" });
  report.set(1, 0, { value: 2024 });
  report.set(1, 1, { value: 4e9 });
  report.set(3, 0, { value: 1e10, formula: "=KZUZ.TARGET(2030)" });
  // The fake models neither spills nor notes: Range.getSpillingToRangeOrNullObject (ExcelApi
  // 1.12) and Workbook.notes.add (1.18) are added here as Microsoft documents them.
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspillingtorangeornullobject-member(1)
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-notes
  const worksheets = excel.context.workbook.worksheets as unknown as {
    getItem: (name: string) => Excel.Worksheet;
  };
  const getItem = worksheets.getItem;
  worksheets.getItem = (name) => {
    const sheet = getItem(name);
    const getRange = sheet.getRange.bind(sheet);
    (sheet as { getRange: (a: string) => Excel.Range }).getRange = (address: string) => {
      const range = getRange(address);
      (
        range as { getSpillingToRangeOrNullObject: () => Excel.Range }
      ).getSpillingToRangeOrNullObject = () => {
        const spill = getRange(address === "A1" ? "A1:B2" : address);
        Object.defineProperty(spill, "isNullObject", { get: () => address !== "A1" });
        return spill;
      };
      return range;
    };
    return sheet;
  };
  const notes: string[] = [];
  (excel.context.workbook as unknown as { notes: unknown }).notes = {
    add: (_cell: Excel.Range, content: string) => notes.push(content),
  };
  const b = { ...bench(excel), supports: () => true };
  const outcome = await convertToValues(b, "workbook");
  expect(english(outcome.said)).toMatch(
    /^2 KZUZ formulas .* is in a note on its cell and is listed on the sheet KZUZ Formula Sources\.$/
  );
  expect(excel.workbook.formulas()).toEqual([]);
  expect([0, 1].map((r) => [0, 1].map((c) => report.value(r, c)))).toEqual([
    ["Year", "Turnover (USD)"],
    [2024, 4e9],
  ]);
  expect(report.value(3, 0)).toBe(1e10);
  expect(notes).toEqual([
    "Was =KZUZ.TRADEHISTORY(), from the KZUZ dataset 2027.1.0 (as of 2026-12-07). Listed on the sheet KZUZ Formula Sources.",
    "Was =KZUZ.TARGET(2030), from the KZUZ dataset 2027.1.0 (as of 2026-12-07). Listed on the sheet KZUZ Formula Sources.",
  ]);
});
