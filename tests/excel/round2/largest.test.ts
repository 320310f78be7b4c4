/**
 * Issue 19, item 9: Excel on the web's 5 MB limit covers responses too ("Excel on the web has a
 * payload size limit for requests and responses of 5MB",
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * which the fake enforces. At the dataset's largest allowed size (2,000 trade rows, the schema's
 * most, each with a 1,150-character Cyrillic note: about 4.6 MB of JSON, under the download's
 * 5 MB), the refresh's reads, its deletes and share as values each stay under it.
 */
import { bytesOf } from "../../../src/excel/tables/chunks";
import { convertToValues } from "../../../src/excel/share";
import { insertTables, refreshDataset } from "../../../src/excel/workbench";
import { parseDataset } from "../../../src/data/validate";
import { createFakeExcel } from "../../support/fake-excel";
import { withEnglish } from "../../support/english";
import { URL_OK, bench, later, serve } from "./bench";

afterEach(() => jest.restoreAllMocks());

const NOTE = "Ж".repeat(1150);

/** The published trade figures plus copies of a part-year one, to 2,000, each with a long note. */
function largest(revision: string) {
  return later((d) => {
    const part = d.trade.observations.find((o) => o.id === "trade-2016-9m-ambassador")!;
    const plain = structuredClone(part);
    delete plain.flag;
    const copies = Array.from({ length: 2000 - d.trade.observations.length }, (_, i) => ({
      ...plain,
      reliability: "normal" as const,
      id: `t-${i}`,
    }));
    d.trade.observations = [...d.trade.observations, ...copies].map((o) => ({
      ...o,
      note: `${revision} ${NOTE}`.slice(0, 1150),
    }));
  });
}

test("the largest allowed dataset is within the download's 5 MB and valid", () => {
  const d = largest("r1");
  const size = Buffer.byteLength(JSON.stringify(d), "utf8");
  expect(size).toBeGreaterThan(4_500_000);
  expect(size).toBeLessThan(5 * 1024 * 1024);
  expect(parseDataset(JSON.parse(JSON.stringify(d))).ok).toBe(true);
});

test("refresh at the largest size: every read and write under the 5 MB limit, rows deleted in runs", async () => {
  const excel = createFakeExcel();
  const b = bench(excel);
  serve(largest("r1"));
  expect((await refreshDataset(b, URL_OK)).ok).toBe(true);
  expect((await insertTables(b, ["trade"])).ok).toBe(true);
  const table = excel.workbook.tables[0];
  expect(table.height).toBe(2000);
  // Every note revised, and the last 1,000 rows leave the dataset.
  jest.restoreAllMocks();
  const next = largest("r2");
  next.trade.observations = next.trade.observations.slice(0, 1000);
  serve(next);
  const from = excel.log.length;
  const outcome = await refreshDataset(b, URL_OK);
  expect(withEnglish(outcome)).toMatchObject({ ok: true });
  expect(table.height).toBe(1000);
  expect(String(table.column("Note")[999])).toMatch(/^r2 Ж/);
  // One run of 1,000 rows: split only where reading its rows back would pass the limit.
  const deletes = excel.log.slice(from).filter((op) => /delete/.test(op));
  expect(deletes.length).toBeGreaterThanOrEqual(1);
  expect(deletes.length).toBeLessThanOrEqual(3);
  expect(deletes.every((op) => op === "range.delete")).toBe(true);
  // A row's note read back alone is over 2 KB: the read could not have been one request.
  expect(bytesOf([[NOTE]])).toBeGreaterThan(2000);
});

test("share as values at the largest size: the sheet is read in parts, every formula converted", async () => {
  const excel = createFakeExcel();
  const sheet = excel.workbook.addSheet("Report");
  // 2,000 rows: a KZUZ formula showing a long text, beside a long note of the user's.
  for (let r = 0; r < 2000; r++) {
    sheet.set(r, 0, { value: NOTE, formula: `=INDEX(KZUZ.TRADEHISTORY(),${r + 2},9)` });
    sheet.set(r, 1, { value: NOTE });
  }
  // Spills (ExcelApi 1.12), notes and cards are not modelled by the fake.
  const outcome = await convertToValues({ ...bench(excel), supports: () => false }, "workbook");
  expect(withEnglish(outcome)).toMatchObject({
    ok: true,
    message: expect.stringMatching(/^2,000 KZUZ formulas/),
  });
  expect(excel.workbook.formulas().filter((f) => f.sheet === "Report")).toEqual([]);
  expect(sheet.get(1999, 0)).toEqual({ value: NOTE, format: "@" });
});
