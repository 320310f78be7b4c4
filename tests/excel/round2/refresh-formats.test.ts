/**
 * Red team round 2, G8: a table whose formats were cleared (Home › Clear › Clear Formats) is
 * written with its formats again, so "2025-11-15" stays text; a refresh that writes nothing says
 * "no change", and one that says "no change" wrote nothing.
 */
import { insertTables, refreshDataset } from "../../../src/excel/workbench";
import { createFakeExcel, type TableModel } from "../../support/fake-excel";
import { URL_OK, bench, later, serve } from "./bench";
import { english } from "../../support/english";

afterEach(() => jest.restoreAllMocks());

/** Clear Formats over the table's body: every cell back to "General". */
function clearFormats(table: TableModel): void {
  for (let r = 1; r <= table.height; r++)
    for (let c = 0; c < table.width; c++) {
      const cell = table.sheet.get(table.row0 + r, table.col0 + c);
      if (cell) {
        const rest = { ...cell };
        delete rest.format;
        table.sheet.set(table.row0 + r, table.col0 + c, rest);
      }
    }
}

test("G8: after Clear Formats, a refresh puts the formats back and dates stay text; no change means nothing written", async () => {
  const excel = createFakeExcel();
  const b = bench(excel);
  await insertTables(b, ["agreements"]);
  const table = excel.workbook.tables[0];
  clearFormats(table);
  const dateAt = table.headers().indexOf("Date");
  const statement = table.column("ID").indexOf("joint-statement-2025");
  const cell = () => table.sheet.get(table.row0 + 1 + statement, table.col0 + dateAt);
  expect(cell()).toEqual({ value: "2025-11-15" });

  // The same data under a new version: nothing to change, so no value is written, and the
  // cleared formats are set again.
  serve(later());
  const from = excel.log.length;
  const same = await refreshDataset(b, URL_OK);
  expect(same.ok).toBe(true);
  expect(english(same.said)).toMatch(/Agreements: no change/);
  expect(excel.log.slice(from).filter((op) => op === "values")).toEqual([]);
  expect(cell()).toEqual({ value: "2025-11-15", format: "@" });

  // A revised date lands as text, and is reported once.
  jest.restoreAllMocks();
  serve(
    later((d) => {
      d.agreements.find((a) => a.id === "joint-statement-2025")!.date = "2025-11-16";
    })
  );
  const revised = await refreshDataset(b, URL_OK);
  expect(english(revised.said)).toMatch(/Agreements: 1 updated/);
  expect(cell()).toEqual({ value: "2025-11-16", format: "@" });
  jest.restoreAllMocks();
  serve(
    later((d) => {
      d.agreements.find((a) => a.id === "joint-statement-2025")!.date = "2025-11-16";
    })
  );
  expect(english((await refreshDataset(b, URL_OK)).said)).toMatch(/Agreements: no change/);
});
