/**
 * The fake workbook behaves as Microsoft documents Excel to behave, where it matters to the
 * add-in. Each test cites the page that documents the behaviour.
 */
import {
  MAX_REQUEST_BYTES,
  createFakeExcel,
  dateSerial,
  TableModel,
  type FakeExcel,
} from "./fake-excel";

/** A workbook with a 3-column table "T" (ID, Name, Value) on sheet "S", at A1. */
function withTable(
  rows: (string | number)[][] = [
    ["a", "Alpha", 1],
    ["b", "Beta", 2],
    ["c", "Gamma", 3],
  ]
) {
  const excel = createFakeExcel();
  const sheet = excel.workbook.addSheet("S");
  ["ID", "Name", "Value"].forEach((h, c) => sheet.set(0, c, { value: h }));
  rows.forEach((row, r) => row.forEach((v, c) => sheet.set(r + 1, c, { value: v })));
  const model = new TableModel("T", sheet, 0, 0, 3, rows.length);
  excel.workbook.tables.push(model);
  const table = excel.context.workbook.tables.getItemOrNullObject("T");
  return { excel, sheet, model, table };
}

async function rejects(excel: FakeExcel, code: RegExp): Promise<void> {
  await expect(excel.context.sync()).rejects.toThrow(code);
}

describe("written strings are read as Excel reads them", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
  // https://learn.microsoft.com/office/client-developer/excel/excel-worksheet-and-expression-evaluation
  async function written(values: string[], format?: string) {
    const excel = createFakeExcel();
    const sheet = excel.workbook.addSheet("S");
    const range = excel.context.workbook.worksheets.getItem("S").getRange(`A1:A${values.length}`);
    if (format) range.numberFormat = values.map(() => [format]);
    range.values = values.map((v) => [v]);
    await excel.context.sync();
    return values.map((_, r) => sheet.get(r, 0));
  }

  test("numbers, percentages, TRUE/FALSE and ISO dates become numbers, booleans and date serials", async () => {
    const cells = await written([
      "00123",
      "-5",
      "+7",
      "1.5e3",
      "50%",
      "TRUE",
      "2025-11-12",
      "2016-09",
    ]);
    expect(cells.map((c) => c?.value)).toEqual([
      123,
      -5,
      7,
      1500,
      0.5,
      true,
      dateSerial(2025, 11, 12),
      dateSerial(2016, 9, 1),
    ]);
    expect(dateSerial(2025, 11, 12)).toBe(45973);
  });

  test('a leading "=", "+", "-" or "@" makes a formula', async () => {
    const cells = await written(["=1+1", "+7 727 000", "-2+x", "@SUM(A1)"]);
    expect(cells.map((c) => c?.formula)).toEqual(["=1+1", "=+7 727 000", "=-2+x", "=@SUM(A1)"]);
  });

  test("a leading apostrophe marks text and is not part of the value", async () => {
    const cells = await written(["'=1+1", "'2025-11-12", "'00123"]);
    expect(cells.map((c) => [c?.value, c?.formula])).toEqual([
      ["=1+1", undefined],
      ["2025-11-12", undefined],
      ["00123", undefined],
    ]);
  });

  test('a cell formatted "@" keeps what is written as text; locale-shaped dates stay text', async () => {
    const text = await written(["2025-11-12", "00123", "=1+1"], "@");
    expect(text.map((c) => [c?.value, c?.formula])).toEqual([
      ["2025-11-12", undefined],
      ["00123", undefined],
      ["=1+1", undefined],
    ]);
    const general = await written(["19-8-2025", "not disclosed"]);
    expect(general.map((c) => c?.value)).toEqual(["19-8-2025", "not disclosed"]);
  });

  test('formatting "@" after the value does not turn a stored number back into text', async () => {
    const excel = createFakeExcel();
    const sheet = excel.workbook.addSheet("S");
    const range = excel.context.workbook.worksheets.getItem("S").getRange("A1");
    range.values = [["2025-11-12"]];
    range.numberFormat = [["@"]];
    await excel.context.sync();
    expect(sheet.get(0, 0)).toMatchObject({ value: 45973, format: "@" });
  });
});

describe("tables", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-insert
  test("adding a column shifts the cells to its right, in the table's rows, right", async () => {
    const { excel, sheet, model, table } = withTable();
    sheet.set(1, 3, { value: "beside a" });
    sheet.set(5, 3, { value: "below the table" });
    table.columns.add(undefined, undefined, "Name");
    await excel.context.sync();
    expect(model.headers()).toEqual(["ID", "Name", "Value", "Name2"]);
    expect(sheet.value(1, 3)).toBe("");
    expect(sheet.value(1, 4)).toBe("beside a");
    expect(sheet.value(5, 3)).toBe("below the table");
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.tablecolumn (delete: "Deletes the
  // column from the table")
  test("deleting a column removes its cells and moves the table's cells to its right left", async () => {
    const { excel, sheet, model, table } = withTable();
    sheet.set(1, 3, { value: "beside a" });
    table.columns.getItemAt(1).delete();
    await excel.context.sync();
    expect(model.headers()).toEqual(["ID", "Value"]);
    expect(model.column("Value")).toEqual([1, 2, 3]);
    expect(sheet.value(1, 2)).toBe("beside a");
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)
  // ("Deletes the cells associated with the range"; DeleteShiftDirection.up: the cells below
  // move up), https://learn.microsoft.com/javascript/api/excel/excel.deleteshiftdirection
  test("deleting whole body rows of a table with shift up removes them from the table, in one call", async () => {
    const { excel, sheet, model, table } = withTable();
    sheet.set(5, 3, { value: "beside, below" });
    sheet.set(6, 0, { value: "below the table" });
    table.getDataBodyRange().getRow(0).getResizedRange(1, 0).delete("Up");
    await excel.context.sync();
    expect(model.column("ID")).toEqual(["c"]);
    expect(model.height).toBe(1);
    expect(sheet.value(4, 0)).toBe("below the table");
    // A cell outside the deleted range's columns does not move.
    expect(sheet.value(5, 3)).toBe("beside, below");
    expect(excel.log.filter((op) => op === "range.delete")).toHaveLength(1);
  });

  test("part of a table's row cannot be deleted with shift up", async () => {
    const { excel, table } = withTable();
    table.getDataBodyRange().getCell(0, 0).delete("Up");
    await rejects(excel, /InvalidOperation/);
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member
  // ("If a cell has no formula, its value is returned instead")
  test('formulas written back as read put back formulas and constants, text kept under "@"', async () => {
    const { excel, sheet, table } = withTable();
    sheet.set(1, 1, { value: "#CALC", formula: "=1+1" });
    sheet.set(2, 1, { value: "2025-11-12", format: "@" });
    const body = table.getDataBodyRange().load("formulas");
    await excel.context.sync();
    const read = body.formulas;
    sheet.set(1, 1, { value: "x" });
    sheet.set(2, 1, { value: "y", format: "@" });
    body.formulas = read;
    await excel.context.sync();
    expect(sheet.get(1, 1)?.formula).toBe("=1+1");
    expect(sheet.value(2, 1)).toBe("2025-11-12");
    expect(sheet.value(3, 2)).toBe(3);
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
  // (index: "Any rows below the inserted row are shifted downwards. Zero-indexed.")
  test("rows.add at an index puts the row there and shifts the rows below it down", async () => {
    const { excel, model, table } = withTable();
    table.rows.add(1, [["x", "X", 9]]);
    await excel.context.sync();
    expect(model.column("ID")).toEqual(["a", "x", "b", "c"]);
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection (add: values are
  // boolean | string | number)
  test("rows.add refuses null cells", async () => {
    const { excel, model, table } = withTable();
    table.rows.add(undefined, [["d", null, 4]] as unknown as string[][]);
    await rejects(excel, /InvalidArgument: .*null/);
    expect(model.height).toBe(3);
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.autofilter
  // https://learn.microsoft.com/javascript/api/excel/excel.filter
  test("a filter hides rows, its criteria can be read, and clearing it shows them again", async () => {
    const { excel, model, table } = withTable();
    table.columns.getItem("Name").filter.applyValuesFilter(["Beta"]);
    await excel.context.sync();
    expect(model.hiddenRows()).toEqual([0, 2]);
    const autoFilter = table.autoFilter.load("isDataFiltered, criteria");
    const bodyRow = table.getDataBodyRange().getRow(0).load("rowHidden");
    await excel.context.sync();
    expect(autoFilter.isDataFiltered).toBe(true);
    // Excel reads the criteria back with every member, null where unset, and refuses them as
    // they are when applied again (office-js#1226,
    // https://github.com/OfficeDev/office-js/issues/1226).
    expect(autoFilter.criteria[1]).toEqual({
      color: null,
      criterion1: null,
      criterion2: null,
      dynamicCriteria: null,
      filterOn: "Values",
      icon: null,
      operator: null,
      subField: null,
      values: ["Beta"],
    });
    expect(bodyRow.rowHidden).toBe(true);
    const wholeBody = table.getDataBodyRange().load("rowHidden");
    await excel.context.sync();
    expect(wholeBody.rowHidden).toBeNull();

    table.autoFilter.apply(table.getRange(), 1, autoFilter.criteria[1]);
    await expect(excel.context.sync()).rejects.toThrow(/^InvalidArgument/);
    table.autoFilter.apply(table.getRange(), 2, { filterOn: "Custom", criterion1: ">1" });
    await excel.context.sync();
    expect(model.hiddenRows()).toEqual([0, 2]);
    table.autoFilter.clearCriteria();
    await excel.context.sync();
    expect(model.hiddenRows()).toEqual([]);
    autoFilter.load("isDataFiltered");
    await excel.context.sync();
    expect(autoFilter.isDataFiltered).toBe(false);
  });

  test("a filter is not re-evaluated when values change, until it is applied again", async () => {
    const { excel, sheet, model, table } = withTable();
    table.columns.getItem("Value").filter.apply({ filterOn: "Custom", criterion1: ">=2" });
    await excel.context.sync();
    sheet.set(1, 2, { value: 9 });
    expect(model.hiddenRows()).toEqual([0]);
    table.autoFilter.reapply();
    await excel.context.sync();
    expect(model.hiddenRows()).toEqual([]);
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection (deleteRows: "will
  // throw the InsertDeleteConflict error if the table ... has a filter applied")
  test.each([
    ["delete", (t: Excel.Table) => t.rows.getItemAt(0).delete()],
    ["add", (t: Excel.Table) => t.rows.add(undefined, [["d", "Delta", 4]])],
  ])("a filtered table refuses to %s rows", async (_what, change) => {
    const { excel, model, table } = withTable();
    table.columns.getItem("Name").filter.applyValuesFilter(["Beta"]);
    await excel.context.sync();
    change(table);
    await rejects(excel, /InsertDeleteConflict/);
    expect(model.height).toBe(3);
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.tablesort
  test("sorting reorders the rows and its fields can be read; clear keeps the order", async () => {
    const { excel, model, table } = withTable([
      ["a", "Beta", 2],
      ["b", "alpha", 1],
      ["c", "Gamma", 3],
    ]);
    table.sort.apply([{ key: 1, ascending: false }]);
    await excel.context.sync();
    expect(model.column("ID")).toEqual(["c", "a", "b"]);
    const sort = table.sort.load("fields");
    await excel.context.sync();
    expect(sort.fields).toEqual([{ key: 1, ascending: false }]);
    table.sort.clear();
    sort.load("fields");
    await excel.context.sync();
    expect(sort.fields).toEqual([]);
    expect(model.column("ID")).toEqual(["c", "a", "b"]);
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.autofilter (clearCriteria "clears the
  // filter criteria and sort state")
  test("clearing the AutoFilter also clears the sort state", async () => {
    const { excel, model, table } = withTable();
    table.sort.apply([{ key: 2, ascending: false }]);
    table.columns.getItem("Name").filter.applyValuesFilter(["Beta"]);
    table.autoFilter.clearCriteria();
    await excel.context.sync();
    expect(model.sortFields).toEqual([]);
    expect(model.filters.size).toBe(0);
  });
});

describe("null in a grid, and cards", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
  test("null in a numberFormat grid leaves that cell's format as it is", async () => {
    const { excel, sheet } = withTable();
    sheet.set(1, 2, { value: 1, format: "0.0%" });
    const range = excel.context.workbook.worksheets.getItem("S").getRange("B2:C2");
    range.numberFormat = [["@", null as unknown as string]];
    await excel.context.sync();
    expect(sheet.get(1, 1)?.format).toBe("@");
    expect(sheet.get(1, 2)?.format).toBe("0.0%");
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.entitycellvalue (basicValue "#VALUE!")
  test("a card reads as #VALUE! through values and as an Entity with its text through valuesAsJson", async () => {
    const { excel, sheet } = withTable();
    sheet.set(1, 1, { value: "#VALUE!", formula: '=KZUZ.PROJECT("a")', entity: { text: "Alpha" } });
    const context = excel.context;
    const range = context.workbook.worksheets.getItem("S").getRange("B2");
    range.load("values, valuesAsJson");
    await context.sync();
    expect(range.values).toEqual([["#VALUE!"]]);
    expect(range.valuesAsJson[0][0]).toMatchObject({ type: "Entity", text: "Alpha" });
  });
});

describe("Range.valuesAsJson written (ExcelApi 1.16)", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts: valuesAsJson
  // says what a value is; basicValue "matches the value that would be returned by the values
  // property"; an entity's basic value is #VALUE!
  // (https://learn.microsoft.com/javascript/api/excel/excel.entitycellvalue).
  test("a card is kept whole, reads #VALUE! through values and the entity through valuesAsJson", async () => {
    const { excel } = withTable();
    const context = excel.context;
    const range = context.workbook.worksheets.getItem("S").getRange("B2:B3");
    const card = {
      type: "Entity",
      text: "Alpha card",
      properties: { Jobs: { type: "FormattedNumber", basicValue: 5, numberFormat: "#,##0" } },
      provider: { description: "KZUZ dataset 1.0.0" },
    };
    range.valuesAsJson = [
      [card as unknown as Excel.CellValue],
      [null as unknown as Excel.CellValue],
    ];
    range.load("values, valuesAsJson");
    await context.sync();
    expect(range.values).toEqual([["#VALUE!"], ["Beta"]]);
    expect(range.valuesAsJson[0][0]).toEqual({
      ...card,
      basicType: "Error",
      basicValue: "#VALUE!",
    });
    // null left Beta alone, which reads as a String.
    expect(range.valuesAsJson[1][0]).toEqual({
      type: "String",
      basicType: "String",
      basicValue: "Beta",
    });
  });

  test("JSON values are not read as typed: text stays text, a formatted number keeps its format", async () => {
    const { excel, sheet } = withTable();
    const context = excel.context;
    const range = context.workbook.worksheets.getItem("S").getRange("B2:B4");
    range.valuesAsJson = [
      [{ type: "String", basicValue: "=1+1" } as Excel.CellValue],
      [{ type: "String", basicValue: "2025-11-12" } as Excel.CellValue],
      [{ type: "FormattedNumber", basicValue: 2.5, numberFormat: "0.0" } as Excel.CellValue],
    ];
    range.load("valuesAsJson");
    await context.sync();
    expect(sheet.get(1, 1)).toEqual({ value: "=1+1" });
    expect(sheet.get(2, 1)).toEqual({ value: "2025-11-12" });
    expect(range.valuesAsJson[2][0]).toMatchObject({
      type: "FormattedNumber",
      basicValue: 2.5,
      numberFormat: "0.0",
    });
  });

  test("writing values over a card replaces it; an unknown type is refused", async () => {
    const { excel, sheet } = withTable();
    const context = excel.context;
    const cell = context.workbook.worksheets.getItem("S").getRange("B2");
    cell.valuesAsJson = [[{ type: "Entity", text: "x" } as Excel.CellValue]];
    await context.sync();
    cell.values = [["plain"]];
    await context.sync();
    expect(sheet.get(1, 1)).toEqual({ value: "plain" });
    cell.valuesAsJson = [[{ type: "Hologram" } as unknown as Excel.CellValue]];
    await rejects(excel, /InvalidArgument/);
  });
});

describe("deleting a sheet", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
  test("removes it and its tables; the last sheet cannot be deleted", async () => {
    const { excel } = withTable();
    excel.workbook.addSheet("Other");
    excel.context.workbook.worksheets.getItem("S").delete();
    await excel.context.sync();
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Other"]);
    expect(excel.workbook.tables).toEqual([]);
    excel.context.workbook.worksheets.getItem("Other").delete();
    await rejects(excel, /InvalidOperation/);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Other"]);
  });
});

describe("sheet protection", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection
  // https://learn.microsoft.com/javascript/api/excel/excel.errorcodes (AccessDenied)
  test("protected is readable, and every change to the sheet's cells and tables is refused", async () => {
    const { excel, sheet, model, table } = withTable();
    const ws = excel.context.workbook.worksheets.getItem("S");
    ws.protection.protect();
    const protection = ws.protection.load("protected");
    await excel.context.sync();
    expect(protection.protected).toBe(true);
    const before = excel.workbook.snapshot();
    const changes = [
      () => (ws.getRange("A2").values = [["x"]]),
      () => (ws.getRange("A2").numberFormat = [["@"]]),
      () => table.rows.add(undefined, [["d", "Delta", 4]]),
      () => table.rows.getItemAt(0).delete(),
      () => table.columns.add(undefined, undefined, "Note"),
      () => table.sort.apply([{ key: 0 }]),
      () => table.columns.getItem("Name").filter.applyValuesFilter(["Beta"]),
    ];
    for (const change of changes) {
      change();
      await rejects(excel, /AccessDenied/);
    }
    expect(excel.workbook.snapshot()).toBe(before);
    ws.protection.protect();
    await rejects(excel, /already protected/);
    ws.protection.unprotect();
    ws.getRange("A2").values = [["x"]];
    await excel.context.sync();
    expect(sheet.value(1, 0)).toBe("x");
    expect(model.height).toBe(3);
  });
});

describe("the request size limit of Excel on the web", () => {
  // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
  test("a sync whose writes are over 5 MB is refused whole, with RequestPayloadSizeLimitExceeded", async () => {
    const excel = createFakeExcel();
    const sheet = excel.workbook.addSheet("S");
    const ws = excel.context.workbook.worksheets.getItem("S");
    ws.getRange("B1").values = [["small"]];
    const rows = 200;
    const big = "x".repeat(Math.ceil(MAX_REQUEST_BYTES / rows));
    ws.getRange(`A1:A${rows}`).values = Array.from({ length: rows }, () => [big]);
    await rejects(excel, /RequestPayloadSizeLimitExceeded/);
    expect(sheet.cells.size).toBe(0);
    // Just under the limit goes through.
    ws.getRange(`A1:A${rows}`).values = Array.from({ length: rows }, () => [big.slice(20)]);
    await excel.context.sync();
    expect(sheet.cells.size).toBe(rows);
  });
});

describe("sheet and table names follow Excel's rules", () => {
  // https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
  test.each([
    ["x".repeat(32), /31/],
    ["a/b", /: \\ \/ \? \* \[ \]/],
    ["[x]", /: \\/],
    ["'quoted'", /apostrophe/],
    ["History", /reserves/],
    ["", /empty/],
  ])("the sheet name %j is refused", async (name, why) => {
    const excel = createFakeExcel();
    excel.context.workbook.worksheets.add(name);
    await rejects(excel, why);
    expect(excel.workbook.sheets).toHaveLength(0);
  });

  test("sheet names are unique whatever their case, also on rename", async () => {
    const excel = createFakeExcel();
    excel.workbook.addSheet("KZUZ Trade");
    excel.workbook.addSheet("Other");
    excel.context.workbook.worksheets.getItem("Other").name = "kzuz trade";
    await rejects(excel, /ItemAlreadyExists/);
    excel.context.workbook.worksheets.getItem("Other").name = "x".repeat(31);
    await excel.context.sync();
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["KZUZ Trade", "x".repeat(31)]);
  });

  // https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
  // https://learn.microsoft.com/openspecs/office_file_formats/ms-xlsb/9456f961-5069-4e5f-989d-44bdc56d031e
  test.each([
    ["KZUZ Projects", /space/],
    ["1Projects", /start with/],
    ["A1", /cell reference/],
    ["XFD1048576", /cell reference/],
    ["R1C1", /cell reference/],
    ["c", /cell reference/],
    ["x".repeat(256), /255/],
    ["other", /already used/],
    ["MyName", /already used/],
  ])("the table name %j is refused", async (name, why) => {
    const { excel, sheet, model, table } = withTable();
    excel.workbook.tables.push(new TableModel("Other", sheet, 10, 0, 1, 1));
    excel.workbook.names.push("MyName");
    table.name = name;
    await rejects(excel, why);
    expect(model.name).toBe("T");
  });

  test("a valid table name is taken", async () => {
    const { excel, model, table } = withTable();
    table.name = "KZUZ_Projects.v2";
    await excel.context.sync();
    expect(model.name).toBe("KZUZ_Projects.v2");
  });
});

describe("an edit by someone else between two syncs", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.tablechangedeventargs (source, tableId)
  test("lands after the given sync, and the table's onChanged handlers hear of it", async () => {
    const { excel, model, table } = withTable();
    const heard: Excel.TableChangedEventArgs[] = [];
    table.onChanged.add(async (e) => void heard.push(e));
    excel.between(1, (workbook) => workbook.table("T")!.insertRows(0, [["z", "Co-author", 9]]));
    const body = table.getDataBodyRange().load("values");
    await excel.context.sync();
    // The read of sync 1 is from before the edit.
    expect(body.values.map((r) => r[0])).toEqual(["a", "b", "c"]);
    expect(model.column("ID")).toEqual(["z", "a", "b", "c"]);
    expect(heard).toEqual([
      expect.objectContaining({ source: "Remote", tableId: model.id, type: "TableChanged" }),
    ]);
  });

  test("an edit during a sync lands before that sync's request; its handlers hear of it after", async () => {
    const { excel, model, table } = withTable();
    const heard: string[] = [];
    table.onChanged.add(async () => void heard.push(`after ${model.column("Name")[1]}`));
    await excel.context.sync();
    excel.during(2, (workbook) => workbook.table("T")!.insertRows(0, [["z", "Co-author", 9]]));
    table.getDataBodyRange().getCell(1, 1).values = [["ours"]];
    const body = table.getDataBodyRange().load("values");
    await excel.context.sync();
    // Our write to the second body row landed on a's row, pushed down by the co-author's.
    expect(model.column("Name")).toEqual(["Co-author", "ours", "Beta", "Gamma"]);
    expect(body.values.map((r) => r[0])).toEqual(["z", "a", "b", "c"]);
    expect(heard).toEqual(["after ours"]);
  });

  test("a removed handler hears nothing; an edit elsewhere is not the table's", async () => {
    const { excel, sheet, table } = withTable();
    const heard: unknown[] = [];
    const handler = table.onChanged.add(async (e) => void heard.push(e));
    await excel.context.sync();
    excel.between(2, () => sheet.set(10, 10, { value: "far away" }));
    await excel.context.sync();
    handler.remove();
    excel.between(3, (workbook) => workbook.table("T")!.insertRows(0, [["z", "Co-author", 9]]));
    await excel.context.sync();
    expect(heard).toEqual([]);
  });
});

describe("the active sheet and the selection", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1)
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1)
  test("start at A1 of the first sheet; Range.select moves them at the sync, not before", async () => {
    const { excel } = withTable();
    excel.workbook.addSheet("Other");
    expect(excel.workbook.selection).toEqual({ sheet: "S", address: "A1" });
    excel.context.workbook.worksheets.getItem("Other").getRange("B2:C3").select();
    expect(excel.workbook.selection.sheet).toBe("S");
    await excel.context.sync();
    expect(excel.workbook.selection).toMatchObject({ sheet: "Other", address: "B2:C3" });
  });

  test("Worksheet.activate brings the sheet back with its own last selection, as a click on its tab does", async () => {
    const { excel } = withTable();
    excel.workbook.addSheet("Other");
    const sheets = excel.context.workbook.worksheets;
    sheets.getItem("S").getRange("C4").select();
    sheets.getItem("Other").activate();
    await excel.context.sync();
    expect(excel.workbook.selection).toMatchObject({ sheet: "Other", address: "A1" });
    sheets.getItem("S").activate();
    await excel.context.sync();
    expect(excel.workbook.selection).toMatchObject({ sheet: "S", address: "C4" });
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-activate-member(1)
  test("Chart.activate brings its sheet to the front with the chart selected", async () => {
    const { excel } = withTable();
    excel.workbook.addSheet("Other");
    const chart = excel.context.workbook.worksheets
      .getItem("S")
      .charts.add(
        "ColumnClustered",
        excel.context.workbook.worksheets.getItem("S").getRange("A1:C4")
      );
    chart.name = "C";
    excel.context.workbook.worksheets.getItem("Other").activate();
    await excel.context.sync();
    chart.activate();
    await excel.context.sync();
    expect(excel.workbook.selection).toMatchObject({ sheet: "S", chart: "C" });
  });

  test("renaming the active sheet keeps it active; deleting it makes the first sheet active", async () => {
    const { excel } = withTable();
    excel.workbook.addSheet("Other");
    const other = excel.context.workbook.worksheets.getItem("Other");
    other.activate();
    other.name = "Renamed";
    await excel.context.sync();
    expect(excel.workbook.selection.sheet).toBe("Renamed");
    excel.context.workbook.worksheets.getItem("Renamed").delete();
    await excel.context.sync();
    expect(excel.workbook.selection.sheet).toBe("S");
  });
});
