/**
 * Every request the writer sends stays under Excel on the web's 5 MB limit, which the fake workbook
 * enforces (RequestPayloadSizeLimitExceeded; tests/support/fake-excel-fidelity.test.ts).
 */
import type { Column, View } from "../../../src/data/views";
import { writeTables } from "../../../src/excel/tables/write";
import { createFakeExcel } from "../../support/fake-excel";

const COLUMNS: Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "a", header: "A (USD)", kind: "usd" },
  { key: "b", header: "B (USD)", kind: "usd" },
  { key: "c", header: "C (USD)", kind: "usd" },
];

/** A table of numbers: each cell's number format weighs as much as its value in the request. */
function numbers(n: number): View {
  return {
    key: "trade",
    title: "Numbers",
    columns: COLUMNS,
    rows: Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      cells: [`n${i}`, 100_000 + i, 200_000 + i, 300_000 + i],
    })),
  };
}

test("a large insert of numbers (values and number formats) stays under 5 MB per request", async () => {
  const excel = createFakeExcel();
  const result = await writeTables(excel.context, [numbers(80_000)]);
  expect(excel.workbook.tables[0].height).toBe(80_000);
  expect(result.syncs).toBeGreaterThan(2);
});

test("a large table of links (each link an object in the request) stays under 5 MB per request", async () => {
  const url = (i: number) => `https://example.org/a/long/path/to/source/${"x".repeat(60)}/${i}`;
  const view: View = {
    key: "projects",
    title: "Links",
    columns: [
      { key: "id", header: "ID", kind: "id" },
      { key: "url", header: "Source URL", kind: "url" },
    ],
    rows: Array.from({ length: 30_000 }, (_, i) => ({ id: `l${i}`, cells: [`l${i}`, url(i)] })),
  };
  const excel = createFakeExcel();
  await writeTables(excel.context, [view]);
  const table = excel.workbook.tables[0];
  expect(table.height).toBe(30_000);
  expect(table.sheet.get(table.row0 + 30_000, table.col0 + 1)?.hyperlink?.address).toBe(
    url(29_999)
  );
});

test("text of any script is counted at its size in the request (Chinese: 3 bytes a character)", async () => {
  const view: View = {
    key: "projects",
    title: "Text",
    columns: [
      { key: "id", header: "ID", kind: "id" },
      { key: "name", header: "Name", kind: "text" },
    ],
    rows: Array.from({ length: 3_000 }, (_, i) => ({
      id: `t${i}`,
      cells: [`t${i}`, "中".repeat(1_000)],
    })),
  };
  const excel = createFakeExcel();
  await writeTables(excel.context, [view]);
  expect(excel.workbook.tables[0].height).toBe(3_000);
});
