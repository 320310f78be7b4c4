/**
 * The registry lists each dataset table once; everything else reads it. Walking it here means a
 * new table cannot be half-added: it needs a view whose rows have exactly its columns, and
 * names Excel accepts.
 */
import { buildIndex } from "../../../src/data/query";
import { TABLES, VIEW_KEYS, datasetViews, tableOf } from "../../../src/data/views";
import { publishedDataset } from "../../support/dataset";

const index = buildIndex(publishedDataset());
const views = datasetViews(index);

/**
 * A defined name, which a table name is: MS-XLSB 2.5.166 XLNameWideString
 * (https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/9456f961-5069-4e5f-989d-44bdc56d031e):
 * at most 255 characters, starting with a letter, "_" or "\", then letters, digits, "_", "." or
 * "?"; not TRUE or FALSE; not an A1 reference and not starting with an R1C1 one.
 */
function isExcelName(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[A-Za-z_\\][A-Za-z0-9_.?\\]*$/.test(name) &&
    !/^(true|false)$/i.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^([rc][0-9]*)+$/i.test(name.replace(/[^A-Za-z0-9].*$/, ""))
  );
}

/**
 * A sheet name Excel accepts (Microsoft Support, "Rename a worksheet"): not blank, at most 31
 * characters, none of / \ ? * : [ ], not starting or ending with an apostrophe, not "History".
 */
function isSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[/\\?*:[\]]/.test(name) &&
    !/^'|'$/.test(name) &&
    name.toLowerCase() !== "history"
  );
}

const lower = (names: string[]) => names.map((n) => n.toLowerCase());

describe("the table registry", () => {
  test("the name checks reject what Excel rejects", () => {
    for (const bad of ["", "1x", "A1", "xfd10", "R1C1", "r", "C", "TRUE", "a b", "x-y"])
      expect(isExcelName(bad)).toBe(false);
    for (const good of ["KZUZ_Trade", "_x", "Sales.2024", "Results"])
      expect(isExcelName(good)).toBe(true);
    for (const bad of ["", "a/b", "a:b", "[x]", "'x", "x'", "History", "x".repeat(32)])
      expect(isSheetName(bad)).toBe(false);
    expect(isSheetName("KZUZ Projects")).toBe(true);
  });

  test("keys, table names and sheet names are unique (Excel compares names without case)", () => {
    const keys = TABLES.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    const tableNames = lower(TABLES.map((t) => t.tableName));
    expect(new Set(tableNames).size).toBe(tableNames.length);
    const sheetNames = lower(TABLES.map((t) => t.sheetName));
    expect(new Set(sheetNames).size).toBe(sheetNames.length);
    expect(VIEW_KEYS).toEqual(keys);
  });

  test.each(TABLES.map((t) => [t.key, t] as const))(
    "%s: a valid Excel table name and sheet name, with room for a (99) suffix",
    (_key, entry) => {
      expect(isExcelName(entry.tableName)).toBe(true);
      expect(isSheetName(entry.sheetName)).toBe(true);
      expect(isSheetName(`${entry.sheetName} (99)`)).toBe(true);
    }
  );

  test.each(TABLES.map((t) => [t.key, t] as const))(
    "%s: its view has exactly the registry's columns, and every row fits them",
    (key, entry) => {
      const view = views.find((v) => v.key === key);
      expect(view).toBeDefined();
      if (!view) return;
      expect(view.columns).toBe(entry.columns);
      expect(view.title).toBe(entry.title);
      const columnKeys = entry.columns.map((c) => c.key);
      expect(new Set(columnKeys).size).toBe(columnKeys.length);
      const headers = lower(entry.columns.map((c) => c.header));
      expect(new Set(headers).size).toBe(headers.length);
      // Refreshes match rows by the one ID column.
      expect(entry.columns.filter((c) => c.kind === "id").map((c) => c.key)).toEqual(["id"]);
      expect(view.rows.length).toBeGreaterThan(0);
      for (const row of view.rows) {
        expect(row.cells).toHaveLength(entry.columns.length);
        expect(row.cells[columnKeys.indexOf("id")]).toBe(row.id);
      }
      expect(new Set(view.rows.map((r) => r.id)).size).toBe(view.rows.length);
    }
  );

  test("one view per entry, in the registry's order", () => {
    expect(views.map((v) => v.key)).toEqual(TABLES.map((t) => t.key));
  });

  test.each(TABLES.map((t) => [t.key, t] as const))(
    "%s: labels for panes and summaries, and a readable name for every row",
    (key, entry) => {
      expect(tableOf(key)).toBe(entry);
      for (const text of [entry.label, entry.title, entry.rowNoun.one, entry.rowNoun.many])
        expect(text.trim()).not.toBe("");
      expect(entry.rowNoun.many).not.toBe(entry.rowNoun.one);
      const view = views.find((v) => v.key === key);
      for (const row of view?.rows ?? []) {
        const cell = (columnKey: string) =>
          row.cells[entry.columns.findIndex((c) => c.key === columnKey)];
        const name = entry.rowName(cell, row.id);
        expect(name).not.toMatch(/undefined|null|^\s*$/);
      }
    }
  );
});
