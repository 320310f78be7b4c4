/**
 * Red team round 2, share as values: text stays text and cards keep the text they show (G5); a
 * protected sheet converts nothing, or every formula replaced is listed (G6).
 */
import { DatasetStore } from "../../src/data/store";
import { convertToValues } from "../../src/excel/share";
import type { Workbench } from "../../src/excel/workbench";
import { publishedDataset } from "../support/dataset";
import { createFakeExcel, type FakeExcel } from "../support/fake-excel";
import { MemorySettings } from "../support/office";
import { english, withEnglish } from "../support/english";

function bench(excel: FakeExcel, supports: Workbench["supports"] = () => false): Workbench {
  return {
    store: new DatasetStore(publishedDataset()),
    run: (batch) => batch(excel.context),
    settings: new MemorySettings(),
    baseUrl: "https://addin.example.org/taskpane.html",
    supports,
  };
}

describe("G5: share as values keeps what each cell shows", () => {
  test("G5: text Excel would read as a date or a number stays text", async () => {
    const excel = createFakeExcel();
    const sheet = excel.workbook.addSheet("Report");
    sheet.set(0, 0, { value: "2021-12-06", formula: "=INDEX(KZUZ.AGREEMENTS(),2,5)" });
    sheet.set(1, 0, { value: "2016-09", formula: "=INDEX(KZUZ.AGREEMENTS(),3,5)" });
    sheet.set(2, 0, { value: "0012", formula: '=KZUZ.SOURCE("x")' });
    sheet.set(3, 0, { value: 4.3e9, formula: "=KZUZ.TRADE(2024)", format: '"$"#,##0' });
    const outcome = await convertToValues(bench(excel), "workbook");
    expect(outcome.ok).toBe(true);
    expect(sheet.get(0, 0)).toEqual({ value: "2021-12-06", format: "@" });
    expect(sheet.get(1, 0)).toEqual({ value: "2016-09", format: "@" });
    expect(sheet.get(2, 0)).toEqual({ value: "0012", format: "@" });
    // A number keeps its own format.
    expect(sheet.get(3, 0)).toEqual({ value: 4.3e9, format: '"$"#,##0' });
    // And the list of sources says the same.
    const sources = excel.workbook.sheet("KZUZ Formula Sources")!;
    expect(sources.value(1, 2)).toBe("2021-12-06");
  });

  test("G5: a card keeps the text it shows (Range.valuesAsJson), not #VALUE!", async () => {
    const excel = createFakeExcel();
    const sheet = excel.workbook.addSheet("Report");
    sheet.set(0, 0, {
      value: "#VALUE!",
      formula: '=KZUZ.PROJECT("lab-complex-kashkadarya")',
      entity: { text: "Laboratory complex, Kashkadarya" },
    });
    // Cards need ExcelApi 1.16; spills (1.12) and notes (1.18) are not modelled by the fake.
    const cards: Workbench["supports"] = (_set, version) => version === "1.16";
    const outcome = await convertToValues(bench(excel, cards), "workbook");
    expect(outcome.ok).toBe(true);
    expect(sheet.get(0, 0)).toEqual({ value: "Laboratory complex, Kashkadarya", format: "@" });
    expect(excel.workbook.formulas()).toEqual([]);
  });
});

describe("G6: a protected sheet never leaves a silent partial conversion", () => {
  function twoSheets() {
    const excel = createFakeExcel();
    const first = excel.workbook.addSheet("First");
    first.set(0, 0, { value: 4e9, formula: "=KZUZ.TRADE(2024)" });
    const locked = excel.workbook.addSheet("Locked");
    locked.set(0, 0, { value: 1e10, formula: "=KZUZ.TARGET(2030)" });
    locked.protected = true;
    return { excel, first, locked };
  }

  test("G6: one sheet protected: nothing is converted, and the message names the sheet and what to do", async () => {
    const { excel } = twoSheets();
    const before = excel.workbook.snapshot();
    const outcome = await convertToValues(bench(excel), "workbook");
    expect(withEnglish(outcome)).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^Nothing was converted: some sheets with KZUZ formulas are protected \(Locked\).*Unprotect them/
      ),
    });
    expect(excel.workbook.snapshot()).toBe(before);
  });

  test("G6: Excel stopping part-way: every formula replaced is on the list, and the message says where", async () => {
    // How many syncs a conversion takes; the last one writes.
    const dry = twoSheets();
    dry.locked.protected = false;
    await convertToValues(bench(dry.excel), "workbook");
    const last = dry.excel.syncs;
    let failures = 0;
    for (let after = 0; after < 12; after++) {
      const { excel, first, locked } = twoSheets();
      locked.protected = false;
      const sync = excel.context.sync.bind(excel.context);
      let n = 0;
      (excel.context as { sync: () => Promise<void> }).sync = async () => {
        if (++n === last) excel.failNextSyncAfter(after);
        return sync();
      };
      const outcome = await convertToValues(bench(excel), "workbook");
      if (outcome.ok) break;
      failures++;
      const gone = [first, locked].filter((s) => !s.get(0, 0)?.formula).map((s) => s.name);
      const sources = excel.workbook.sheet("KZUZ Formula Sources");
      const listed = sources ? [1, 2].map((r) => String(sources.value(r, 0)).split("!")[0]) : [];
      for (const name of gone) expect(listed).toContain(name);
      if (gone.length > 0)
        expect(english(outcome.said)).toMatch(
          /The sheet KZUZ Formula Sources was written first and lists every formula that was to be converted/
        );
    }
    expect(failures).toBeGreaterThan(2);
  });
});
