import { buildIndex } from "../../../src/data/query";
import {
  datasetViews,
  tableOf as registryEntry,
  type Column,
  type View,
} from "../../../src/data/views";
import { NUMBER_FORMATS } from "../../../src/excel/tables/formats";
import { safeCell } from "../../../src/excel/tables/safe-cell";
import { TableStructureError, TableWriteError, writeTables } from "../../../src/excel/tables/write";
import { publishedDataset } from "../../support/dataset";
import { TableModel, createFakeExcel, type WorkbookModel } from "../../support/fake-excel";
import { english } from "../../support/english";

const views = datasetViews(buildIndex(publishedDataset()));
const projects = views.find((v) => v.key === "projects") as View;

const COLUMNS: Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "name", header: "Name", kind: "text" },
  { key: "value", header: "Value (USD)", kind: "usd" },
  { key: "url", header: "Source URL", kind: "url" },
];

/** A small view standing in for a dataset part, with rows named by id. */
function viewOf(
  rows: [string, string, number | string | null, string | null][],
  key: View["key"] = "projects"
): View {
  return {
    key,
    title: "Test",
    columns: COLUMNS,
    rows: rows.map(([id, ...rest]) => ({ id, cells: [id, ...rest] })),
  };
}

function tableOf(workbook: WorkbookModel, key: View["key"] = "projects"): TableModel {
  const matches = workbook.tables.filter((t) => t.name === registryEntry(key).tableName);
  expect(matches).toHaveLength(1);
  return matches[0];
}

/** The table's rows as objects by header, for readable assertions. */
function records(table: TableModel): Record<string, unknown>[] {
  const headers = table.headers();
  return table.rows().map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i]])));
}

const A = "https://example.org/a";
const B = "https://example.org/b";

describe("inserting tables", () => {
  test("every dataset part becomes a named table on its own sheet, in two syncs", async () => {
    const excel = createFakeExcel();
    const result = await writeTables(excel.context, views);
    expect(result.syncs).toBe(2);
    expect(excel.syncs).toBe(2);
    for (const view of views) {
      const table = tableOf(excel.workbook, view.key);
      expect(table.sheet.name).toBe(registryEntry(view.key).sheetName);
      expect(table.headers()).toEqual(view.columns.map((c) => c.header));
      expect(table.height).toBe(view.rows.length);
      expect(table.style).toBe("TableStyleMedium2");
      expect(table.sheet.frozenRows).toBe(1);
      expect(result.tableIds[view.key]).toBe(table.id);
    }
    expect(result.changes.every((c) => c.created)).toBe(true);
    expect(excel.workbook.formulas()).toEqual([]);
  });

  test("values, number formats and hyperlinks are written per column kind", async () => {
    const excel = createFakeExcel();
    await writeTables(excel.context, [projects]);
    const table = tableOf(excel.workbook);
    const lab = records(table).find((r) => r.ID === "lab-complex-kashkadarya")!;
    expect(lab["Investment (USD)"]).toBe(250_000_000);
    expect(lab["Region"]).toBe("Kashkadarya region");
    const bank = records(table).find((r) => r.ID === "tenge-bank-hq-tashkent")!;
    expect(bank["Investment (USD)"]).toBe("not disclosed");
    const usdCol = table.headers().indexOf("Investment (USD)");
    const urlCol = table.headers().indexOf("Source URL");
    const nameCol = table.headers().indexOf("Name");
    expect(table.sheet.get(table.row0 + 1, table.col0 + usdCol)?.format).toBe(NUMBER_FORMATS.usd);
    expect(table.sheet.get(table.row0 + 1, table.col0 + nameCol)?.format).toBe("@");
    const withUrl = table.rows().findIndex((r) => String(r[urlCol]).startsWith("https://"));
    const cell = table.sheet.get(table.row0 + 1 + withUrl, table.col0 + urlCol)!;
    expect(cell.hyperlink?.address).toBe(cell.value);
  });

  test("a table's sheet that holds other data is left alone: the table goes on a new sheet", async () => {
    const excel = createFakeExcel();
    const mine = excel.workbook.addSheet("KZUZ Projects");
    mine.set(0, 0, { value: "my own notes" });
    await writeTables(excel.context, [projects]);
    expect(tableOf(excel.workbook).sheet.name).toBe("KZUZ Projects (2)");
    expect(mine.value(0, 0)).toBe("my own notes");
  });
});

async function inserted(view: View) {
  const excel = createFakeExcel();
  const first = await writeTables(excel.context, [view]);
  return { excel, ids: first.tableIds };
}

describe("refreshing tables", () => {
  test("the same data again changes nothing, in three syncs", async () => {
    const { excel, ids } = await inserted(projects);
    const before = excel.workbook.snapshot();
    const result = await writeTables(excel.context, [projects], { knownTableIds: ids });
    expect(result.syncs).toBe(3);
    expect(result.changes[0]).toMatchObject({
      created: false,
      added: [],
      removed: [],
      updated: [],
    });
    expect(excel.workbook.snapshot()).toBe(before);
  });

  test("values change, rows are added and removed, matched by ID, and the changes are reported", async () => {
    const { excel, ids } = await inserted(
      viewOf([
        ["a", "Alpha", 1, A],
        ["b", "Beta", 2, B],
        ["c", "Gamma", null, null],
      ])
    );
    const result = await writeTables(
      excel.context,
      [
        viewOf([
          ["a", "Alpha", 1.5, A],
          ["c", "Gamma", "not disclosed", null],
          ["d", "Delta", 4, B],
        ]),
      ],
      { knownTableIds: ids }
    );
    expect(records(tableOf(excel.workbook))).toEqual([
      { ID: "a", Name: "Alpha", "Value (USD)": 1.5, "Source URL": A },
      { ID: "c", Name: "Gamma", "Value (USD)": "not disclosed", "Source URL": "" },
      { ID: "d", Name: "Delta", "Value (USD)": 4, "Source URL": B },
    ]);
    const change = result.changes[0];
    expect(change.added).toEqual(["d"]);
    expect(change.removed).toEqual(["b"]);
    expect(change.updated).toEqual([
      { id: "a", changes: [{ header: "Value (USD)", before: 1, after: 1.5 }] },
      { id: "c", changes: [{ header: "Value (USD)", before: "", after: "not disclosed" }] },
    ]);
  });

  test("a column the user added keeps its values on the same rows; rows the user added stay", async () => {
    const { excel, ids } = await inserted(
      viewOf([
        ["a", "Alpha", 1, A],
        ["b", "Beta", 2, B],
        ["c", "Gamma", 3, null],
      ])
    );
    const table = tableOf(excel.workbook);
    // The user adds a column "My note" and a row of their own (no ID).
    table.sheet.set(table.row0, table.col0 + table.width, { value: "My note" });
    table.width += 1;
    table.sheet.set(table.row0 + 1, table.col0 + 4, { value: "note on a" });
    table.sheet.set(table.row0 + 3, table.col0 + 4, { value: "note on c" });
    table.sheet.set(table.row0 + 4, table.col0 + 1, { value: "my row" });
    table.sheet.set(table.row0 + 4, table.col0 + 4, { value: "note on my row" });
    table.height += 1;

    await writeTables(
      excel.context,
      [
        viewOf([
          ["c", "Gamma!", 30, null],
          ["a", "Alpha", 1, A],
          ["e", "Epsilon", 5, null],
        ]),
      ],
      { knownTableIds: ids }
    );
    expect(records(tableOf(excel.workbook))).toEqual([
      { ID: "a", Name: "Alpha", "Value (USD)": 1, "Source URL": A, "My note": "note on a" },
      { ID: "c", Name: "Gamma!", "Value (USD)": 30, "Source URL": "", "My note": "note on c" },
      { ID: "", Name: "my row", "Value (USD)": "", "Source URL": "", "My note": "note on my row" },
      { ID: "e", Name: "Epsilon", "Value (USD)": 5, "Source URL": "", "My note": "" },
    ]);
  });

  test("the user's number formats are left alone on refresh", async () => {
    const { excel, ids } = await inserted(viewOf([["a", "Alpha", 1_000_000, A]]));
    const table = tableOf(excel.workbook);
    const cell = table.sheet.get(table.row0 + 1, table.col0 + 2)!;
    cell.format = '0.0,,"m"';
    await writeTables(excel.context, [viewOf([["a", "Alpha", 2_000_000, A]])], {
      knownTableIds: ids,
    });
    expect(table.sheet.get(table.row0 + 1, table.col0 + 2)).toMatchObject({
      value: 2_000_000,
      format: '0.0,,"m"',
    });
  });

  test("a renamed table is found by its id and kept, never duplicated", async () => {
    const { excel, ids } = await inserted(viewOf([["a", "Alpha", 1, A]]));
    excel.workbook.tables[0].name = "MyProjects";
    await writeTables(excel.context, [viewOf([["a", "Alpha", 2, A]])], { knownTableIds: ids });
    expect(excel.workbook.tables).toHaveLength(1);
    expect(excel.workbook.tables[0].name).toBe("MyProjects");
    expect(excel.workbook.tables[0].column("Value (USD)")).toEqual([2]);
  });

  test("without a remembered id, the table is found by its name", async () => {
    const { excel } = await inserted(viewOf([["a", "Alpha", 1, A]]));
    const result = await writeTables(excel.context, [viewOf([["a", "Alpha", 2, A]])]);
    expect(excel.workbook.tables).toHaveLength(1);
    expect(result.changes[0].created).toBe(false);
  });

  test("a deleted table is recreated on its (now empty) sheet, once", async () => {
    const { excel, ids } = await inserted(viewOf([["a", "Alpha", 1, A]]));
    excel.workbook.deleteTable(excel.workbook.tables[0]);
    const result = await writeTables(excel.context, [viewOf([["a", "Alpha", 2, A]])], {
      knownTableIds: ids,
    });
    expect(result.changes[0].created).toBe(true);
    expect(excel.workbook.tables).toHaveLength(1);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["KZUZ Projects"]);
    expect(result.tableIds.projects).not.toBe(ids.projects);
  });

  test("a column of ours the user deleted is added back with its values", async () => {
    const { excel, ids } = await inserted(viewOf([["a", "Alpha", 1, A]]));
    const table = tableOf(excel.workbook);
    // Delete the Name column: shift the cells to its right one column left.
    for (let r = 0; r <= table.height; r++) {
      for (let c = 1; c < table.width - 1; c++)
        table.sheet.set(
          table.row0 + r,
          table.col0 + c,
          table.sheet.get(table.row0 + r, table.col0 + c + 1)
        );
      table.sheet.set(table.row0 + r, table.col0 + table.width - 1, undefined);
    }
    table.width -= 1;
    const result = await writeTables(excel.context, [viewOf([["a", "Alpha", 1, A]])], {
      knownTableIds: ids,
    });
    expect(result.changes[0].restoredColumns).toEqual(["Name"]);
    expect(records(table)).toEqual([{ ID: "a", "Value (USD)": 1, "Source URL": A, Name: "Alpha" }]);
  });

  test("F2: a table whose ID header was renamed stops the write before anything is written", async () => {
    const { excel, ids } = await inserted(viewOf([["a", "Alpha", 1, A]]));
    const table = tableOf(excel.workbook);
    table.sheet.set(table.row0 + 1, table.col0 + table.width, { value: "my note" });
    table.sheet.set(table.row0, table.col0 + table.width, { value: "My note" });
    table.width += 1;
    table.sheet.set(table.row0, table.col0, { value: "Row ID" });
    const before = excel.workbook.snapshot();
    const syncs = excel.syncs;
    const write = writeTables(excel.context, [viewOf([["b", "Beta", 2, B]])], {
      knownTableIds: ids,
    });
    await expect(write).rejects.toThrow(TableStructureError);
    expect(english(((await write.catch((e: unknown) => e)) as TableStructureError).said)).toMatch(
      /Projects table \(KZUZ_Projects\) has no column headed "ID" any more.*Rename that column back to "ID" \(or undo the change\).*Nothing was changed\./
    );
    expect(excel.workbook.snapshot()).toBe(before);
    // Find, read, and one more that only removes the edit watch's handlers (./verify).
    expect(excel.syncs - syncs).toBe(3);
  });

  test("F2b: a user's own table that carries our name is never touched", async () => {
    const excel = createFakeExcel();
    const sheet = excel.workbook.addSheet("Budget");
    sheet.set(0, 0, { value: "Item" });
    sheet.set(0, 1, { value: "Amount" });
    sheet.set(1, 0, { value: "Rent" });
    sheet.set(1, 1, { value: 1200 });
    excel.workbook.tables.push(new TableModel("KZUZ_Projects", sheet, 0, 0, 2, 1));
    const before = excel.workbook.snapshot();
    // Insert: refused, with what to do.
    const refused = await writeTables(excel.context, [projects]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TableStructureError);
    expect(english((refused as TableStructureError).said)).toMatch(
      /A table named KZUZ_Projects is already in this workbook but is not one the add-in wrote.*If it is yours, rename it; if it is the add-in.s, rename its ID column back to "ID"/
    );
    expect(excel.workbook.snapshot()).toBe(before);
    // A refresh that looks tables up by name leaves it alone, and says so.
    const result = await writeTables(excel.context, [projects], { onlyIfFound: ["projects"] });
    expect(result.changes).toEqual([]);
    expect(result.ignored).toEqual(["KZUZ_Projects"]);
    expect(excel.workbook.snapshot()).toBe(before);
  });

  test("F22: found by name and signature without any remembered id; not created if missing", async () => {
    const { excel } = await inserted(viewOf([["a", "Alpha", 1, A]]));
    const result = await writeTables(
      excel.context,
      [viewOf([["a", "Alpha", 2, A]]), viewOf([["t", "T", 1, null]], "trade")],
      { onlyIfFound: ["projects", "trade"] }
    );
    expect(result.changes.map((c) => [c.key, c.created])).toEqual([["projects", false]]);
    expect(tableOf(excel.workbook).column("Value (USD)")).toEqual([2]);
    expect(excel.workbook.tables).toHaveLength(1);
  });

  test("the IDs of the rows now ours are returned, to be remembered", async () => {
    const { excel, ids } = await inserted(viewOf([["a", "Alpha", 1, A]]));
    const table = tableOf(excel.workbook);
    table.sheet.set(table.row0, table.col0 + 4, { value: "My note" });
    table.sheet.set(table.row0 + 1, table.col0 + 4, { value: "keep me" });
    table.width += 1;
    const result = await writeTables(excel.context, [viewOf([["b", "Beta", 2, B]])], {
      knownTableIds: ids,
      ownedRowIds: { projects: ["a"] },
      version: "9.9.9",
    });
    expect(result.rowIds).toEqual({ projects: ["b", "a"] });
    expect(records(table)).toEqual([
      {
        ID: "a",
        Name: "Alpha",
        "Value (USD)": 1,
        "Source URL": A,
        "My note": "keep me",
        "KZUZ status": "not in dataset 9.9.9",
      },
      {
        ID: "b",
        Name: "Beta",
        "Value (USD)": 2,
        "Source URL": B,
        "My note": "",
        "KZUZ status": "",
      },
    ]);
  });
});

describe("what real Excel needs", () => {
  test("no method is called on a worksheet before a sync has shown it exists", async () => {
    const excel = createFakeExcel();
    const sheets = excel.context.workbook.worksheets;
    const getItemOrNullObject = sheets.getItemOrNullObject.bind(sheets);
    let syncs = 0;
    const sync = excel.context.sync.bind(excel.context);
    (excel.context as { sync: () => Promise<void> }).sync = () => (syncs++, sync());
    const early: string[] = [];
    sheets.getItemOrNullObject = (name: string) => {
      const sheet = getItemOrNullObject(name);
      const asked = syncs;
      const used = sheet.getUsedRangeOrNullObject.bind(sheet);
      sheet.getUsedRangeOrNullObject = (valuesOnly?: boolean) => {
        if (syncs === asked) early.push(name);
        return used(valuesOnly);
      };
      return sheet;
    };
    excel.workbook.addSheet("KZUZ Projects");
    await writeTables(excel.context, [projects, views.find((v) => v.key === "trade") as View]);
    expect(early).toEqual([]);
    expect(tableOf(excel.workbook).sheet.name).toBe("KZUZ Projects");
  });

  test("rows.add gets text or numbers, never null, even beside a user's column", async () => {
    const { excel, ids } = await inserted(viewOf([["a", "Alpha", 1, A]]));
    const table = tableOf(excel.workbook);
    table.sheet.set(table.row0, table.col0 + 4, { value: "My note" });
    table.width += 1;
    const tables = excel.context.workbook.tables;
    const getItem = tables.getItemOrNullObject.bind(tables);
    const added: unknown[][][] = [];
    tables.getItemOrNullObject = (key: string) => {
      const t = getItem(key);
      const add = t.rows.add.bind(t.rows);
      t.rows.add = ((index: number | undefined, values: unknown[][]) => {
        added.push(values);
        return add(index, values as (string | number)[][]);
      }) as typeof t.rows.add;
      return t;
    };
    await writeTables(
      excel.context,
      [
        viewOf([
          ["a", "Alpha", 1, A],
          ["b", "Beta", 2, null],
        ]),
      ],
      {
        knownTableIds: ids,
      }
    );
    // Added blank, so every value is written after the cells' formats; then the values land.
    expect(added).toEqual([[["", "", "", "", ""]]]);
    expect(tableOf(excel.workbook).rows()[1].slice(0, 3)).toEqual(["b", "Beta", 2]);
  });

  test("a column added back is formatted before its values are written (ISO dates stay text)", async () => {
    const { excel, ids } = await inserted(viewOf([["a", "Alpha", 1, A]]));
    const table = tableOf(excel.workbook);
    // The user deletes the last column, Source URL.
    table.sheet.set(table.row0, table.col0 + 3, undefined);
    table.sheet.set(table.row0 + 1, table.col0 + 3, undefined);
    table.width -= 1;
    const from = excel.log.length;
    await writeTables(
      excel.context,
      [
        viewOf([
          ["a", "Alpha", 1, A],
          ["b", "Beta", 2, B],
        ]),
      ],
      {
        knownTableIds: ids,
      }
    );
    const log = excel.log.slice(from);
    expect(log.indexOf("numberFormat")).toBeGreaterThan(log.indexOf("rows.add"));
    expect(log.indexOf("numberFormat")).toBeLessThan(log.lastIndexOf("values"));
    expect(log.lastIndexOf("numberFormat")).toBeLessThan(log.indexOf("values"));
    expect(table.sheet.get(table.row0 + 2, table.col0 + 3)).toMatchObject({
      value: B,
      format: "@",
    });
  });
});

describe("number formats before values on every write path (conformance review 4.6)", () => {
  const DATED: Column[] = [
    { key: "id", header: "ID", kind: "id" },
    { key: "date", header: "Date", kind: "date" },
    { key: "name", header: "Name", kind: "text" },
  ];
  const dated = (rows: [string, string, string][]): View => ({
    key: "agreements",
    title: "Test",
    columns: DATED,
    rows: rows.map(([id, ...rest]) => ({ id, cells: [id, ...rest] })),
  });

  test("a deleted Date column restored on refresh keeps ISO dates as text, old rows and new", async () => {
    const excel = createFakeExcel();
    const first = await writeTables(excel.context, [dated([["a", "2025-11-12", "Alpha"]])]);
    const table = tableOf(excel.workbook, "agreements");
    // The user deletes the Date column (the cells to its right move left).
    table.sheet.set(table.row0, table.col0 + 1, undefined);
    table.sheet.set(table.row0 + 1, table.col0 + 1, undefined);
    table.sheet.shiftColumns(table.col0 + 2, table.row0, 2, -1);
    table.width -= 1;
    await writeTables(
      excel.context,
      [
        dated([
          ["a", "2025-11-12", "Alpha"],
          ["b", "2016-09", "Beta"],
        ]),
      ],
      { knownTableIds: first.tableIds }
    );
    expect(table.headers()).toEqual(["ID", "Name", "Date"]);
    expect(table.column("Date")).toEqual(["2025-11-12", "2016-09"]);
  });

  test("a row added below a row whose Date the user formatted as a date still gets text", async () => {
    const excel = createFakeExcel();
    const first = await writeTables(excel.context, [dated([["a", "2025-11-12", "Alpha"]])]);
    const table = tableOf(excel.workbook, "agreements");
    // The user gives the last row's Date cell a date format (a new row would take it).
    table.sheet.get(table.row0 + 1, table.col0 + 1)!.format = "yyyy-mm-dd";
    await writeTables(
      excel.context,
      [
        dated([
          ["a", "2025-11-12", "Alpha"],
          ["b", "2025-12-01", "Beta"],
        ]),
      ],
      { knownTableIds: first.tableIds }
    );
    expect(table.column("Date")[1]).toBe("2025-12-01");
    expect(table.sheet.get(table.row0 + 2, table.col0 + 1)?.format).toBe("@");
    // The user's own format stays on their cell.
    expect(table.sheet.get(table.row0 + 1, table.col0 + 1)?.format).toBe("yyyy-mm-dd");
  });

  test("a Date column half restored by a failed refresh is removed again, and the next refresh writes it as text", async () => {
    const excel = createFakeExcel();
    const old = dated([["a", "2025-11-12", "Alpha"]]);
    const first = await writeTables(excel.context, [old]);
    const table = tableOf(excel.workbook, "agreements");
    table.sheet.set(table.row0, table.col0 + 1, undefined);
    table.sheet.set(table.row0 + 1, table.col0 + 1, undefined);
    table.sheet.shiftColumns(table.col0 + 2, table.row0, 2, -1);
    table.width -= 1;
    // The refresh's write request fails right after Excel added the Date column back.
    const sync = excel.context.sync.bind(excel.context);
    let n = 0;
    (excel.context as { sync: () => Promise<void> }).sync = async () => {
      // Applied: the edit watch removed, calculation suspended, the column added; then it fails.
      if (++n === 3) excel.failNextSyncAfter(3);
      return sync();
    };
    const next = dated([["a", "2025-11-13", "Alpha"]]);
    const options = { knownTableIds: first.tableIds };
    await expect(writeTables(excel.context, [next], options)).rejects.toThrow(TableWriteError);
    // The failed write is undone: the column Excel had added goes again (G1).
    expect(table.headers()).toEqual(["ID", "Name"]);
    await writeTables(excel.context, [next], options);
    expect(table.column("Date")).toEqual(["2025-11-13"]);
  });
});

describe("F6: an insert that fails part-way leaves no half-written sheet", () => {
  test.each([2, 4, 6])(
    "failure after %i operations, then a retry: one sheet, one table, all rows",
    async (after) => {
      const excel = createFakeExcel();
      // A workbook always has a sheet: the user's.
      excel.workbook.addSheet("Sheet1");
      const sync = excel.context.sync.bind(excel.context);
      let n = 0;
      (excel.context as { sync: () => Promise<void> }).sync = async () => {
        if (++n === 2) excel.failNextSyncAfter(after);
        return sync();
      };
      await expect(writeTables(excel.context, [projects])).rejects.toThrow(TableWriteError);
      expect(excel.workbook.tables).toEqual([]);
      // The sheet the insert created is gone, not left empty.
      expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
      (excel.context as { sync: () => Promise<void> }).sync = sync;
      await writeTables(excel.context, [projects]);
      expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "KZUZ Projects"]);
      expect(tableOf(excel.workbook).height).toBe(projects.rows.length);
    }
  );

  test("an empty KZUZ sheet the insert reused is kept, emptied again", async () => {
    const excel = createFakeExcel();
    excel.workbook.addSheet("KZUZ Projects");
    const sync = excel.context.sync.bind(excel.context);
    let n = 0;
    (excel.context as { sync: () => Promise<void> }).sync = async () => {
      if (++n === 3) excel.failNextSyncAfter(4);
      return sync();
    };
    await expect(writeTables(excel.context, [projects])).rejects.toThrow(TableWriteError);
    expect(excel.workbook.tables).toEqual([]);
    expect(excel.workbook.sheets.map((s) => [s.name, s.usedBounds()])).toEqual([
      ["KZUZ Projects", undefined],
    ]);
  });
});

describe("no text from the dataset becomes a formula", () => {
  const hostile = [
    '=HYPERLINK("https://evil.example","click")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1",
    "\r=1",
    "=cmd|' /C calc'!A0",
  ];

  test("formula-like text is marked as text", () => {
    for (const h of hostile) expect(safeCell(h)).toBe(`'${h}`);
    expect(safeCell("plain")).toBe("plain");
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(null)).toBe("");
  });

  test.each([false, true])(
    "a hostile dataset inserts and refreshes as plain text (refresh: %s)",
    async (refresh) => {
      const excel = createFakeExcel();
      const rows = hostile.map((h, i): [string, string, string, string | null] => [
        `r${i}`,
        h,
        h,
        null,
      ]);
      const options = refresh
        ? {
            knownTableIds: (await writeTables(excel.context, [viewOf([["r0", "x", 1, null]])]))
              .tableIds,
          }
        : {};
      await writeTables(excel.context, [viewOf(rows)], options);
      expect(excel.workbook.formulas()).toEqual([]);
      const table = tableOf(excel.workbook);
      expect(table.column("Name")).toEqual(hostile);
      expect(table.column("Value (USD)")).toEqual(hostile);
    }
  );

  test("a link that is not a plain https address gets no hyperlink", async () => {
    const excel = createFakeExcel();
    await writeTables(excel.context, [
      viewOf([
        ["a", "A", 1, "javascript:alert(1)"],
        ["b", "B", 2, 'https://x.example/"><'],
      ]),
    ]);
    const table = tableOf(excel.workbook);
    expect([...table.sheet.cells.values()].filter((c) => c.hyperlink)).toEqual([]);
  });
});

describe("failures leave the workbook as it was", () => {
  test.each([1, 2])("a failure in read sync %i writes nothing", async (failing) => {
    const excel = createFakeExcel();
    const { tableIds } = await writeTables(excel.context, [viewOf([["a", "Alpha", 1, A]])]);
    const before = excel.workbook.snapshot();
    const sync = excel.context.sync.bind(excel.context);
    let n = 0;
    (excel.context as { sync: () => Promise<void> }).sync = async () => {
      if (++n === failing) throw new Error("GeneralException");
      return sync();
    };
    await expect(
      writeTables(excel.context, [viewOf([["b", "Beta", 2, B]])], { knownTableIds: tableIds })
    ).rejects.toThrow("GeneralException");
    expect(excel.workbook.snapshot()).toBe(before);
  });
});

describe("a fixed number of syncs, whatever the row count", () => {
  function big(n: number, prefix = "v"): View {
    return viewOf(
      Array.from({ length: n }, (_, i): [string, string, number, string] => [
        `${prefix}${i}`,
        `Row ${i}`,
        i,
        `https://example.org/${i}`,
      ])
    );
  }

  test.each([10, 10_000])("%i rows: insert in 2 syncs, refresh in 3", async (n) => {
    const excel = createFakeExcel();
    const inserted = await writeTables(excel.context, [big(n)]);
    expect(inserted.syncs).toBe(2);
    const refreshed = await writeTables(excel.context, [big(n)], {
      knownTableIds: inserted.tableIds,
    });
    expect(refreshed.syncs).toBe(3);
    expect(tableOf(excel.workbook).height).toBe(n);
  });

  test("F3: a refresh that removes rows takes one sync more, holding the deletes alone, after every other write", async () => {
    const excel = createFakeExcel();
    const inserted = await writeTables(excel.context, [big(10)]);
    const from = excel.log.length;
    const logAt: number[] = [];
    const sync = excel.context.sync.bind(excel.context);
    (excel.context as { sync: () => Promise<void> }).sync = async () => {
      await sync();
      logAt.push(excel.log.length);
    };
    const next = big(10);
    const refreshed = await writeTables(
      excel.context,
      [{ ...next, rows: next.rows.filter((r) => r.id !== "v3" && r.id !== "v7") }],
      { knownTableIds: inserted.tableIds }
    );
    expect(refreshed.syncs).toBe(4);
    const last = excel.log.slice(logAt[2], logAt[3]);
    expect(last).toEqual(["range.delete", "range.delete"]);
    expect(excel.log.slice(from, logAt[2])).not.toContain("range.delete");
    expect(tableOf(excel.workbook).height).toBe(8);
  });

  test("calculation is suspended for the write", async () => {
    const excel = createFakeExcel();
    await writeTables(excel.context, [big(10)]);
    const suspended = excel.log.indexOf("suspendCalculation");
    expect(suspended).toBeGreaterThanOrEqual(0);
    expect(excel.log.indexOf("values")).toBeGreaterThan(suspended);
    expect(excel.workbook.calculationSuspensions).toBe(1);
  });

  test("writes over the request limit are split across syncs, and every row still lands", async () => {
    const excel = createFakeExcel();
    const maxRequestBytes = 8 * 1024;
    const inserted = await writeTables(excel.context, [big(300)], { maxRequestBytes });
    expect(inserted.syncs).toBeGreaterThan(2);
    const refreshed = await writeTables(excel.context, [big(400, "w")], {
      knownTableIds: inserted.tableIds,
      maxRequestBytes,
    });
    expect(refreshed.syncs).toBeGreaterThan(3);
    expect(tableOf(excel.workbook).column("ID")).toEqual(
      Array.from({ length: 400 }, (_, i) => `w${i}`)
    );
  });
});
