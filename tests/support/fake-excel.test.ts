/**
 * The fake workbook's request-context rules, as Microsoft documents them for Excel:
 * https://learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext
 * load "queues up a command to load the specified properties of the object. You must call
 * context.sync() before reading the properties"; sync runs the queued instructions and retrieves
 * the properties of loaded objects.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests read before loading or syncing on purpose, to show the fake refuses it. */
import { createFakeExcel } from "./fake-excel";

function sheetWithA1(value: string) {
  const excel = createFakeExcel();
  excel.workbook.addSheet("S").set(0, 0, { value });
  const sheet = excel.context.workbook.worksheets.getItem("S");
  return { excel, sheet };
}

describe("the fake's load and sync rules", () => {
  test("a property is unreadable until it is loaded and a sync has run", async () => {
    const { excel, sheet } = sheetWithA1("x");
    const range = sheet.getRange("A1");
    expect(range.values).toBe("Error, property was not loaded");
    range.load("values");
    expect(range.values).toBe("Error, context.sync() was not called");
    await excel.context.sync();
    expect(range.values).toEqual([["x"]]);
  });

  test("writes are applied at sync, in order, and a loaded value is the one that sync found", async () => {
    const { excel, sheet } = sheetWithA1("x");
    const range = sheet.getRange("A1");
    range.values = [["y"]];
    range.load("values, address");
    expect(excel.workbook.sheet("S")!.value(0, 0)).toBe("x");
    await excel.context.sync();
    expect(range.values).toEqual([["y"]]);
    expect(range.address).toBe("'S'!A1:A1");
    expect(excel.log).toEqual(["values"]);
  });

  test("a load queued before a write, in the same batch, reads the value before the write", async () => {
    const { excel, sheet } = sheetWithA1("x");
    const before = sheet.getRange("A1").load("values");
    sheet.getRange("A1").values = [["y"]];
    const after = sheet.getRange("A1").load("values");
    await excel.context.sync();
    expect(before.values).toEqual([["x"]]);
    expect(after.values).toEqual([["y"]]);
  });

  test("a loaded value stays as it was read until it is loaded again", async () => {
    const { excel, sheet } = sheetWithA1("x");
    const range = sheet.getRange("A1").load("values");
    await excel.context.sync();
    range.values = [["y"]];
    await excel.context.sync();
    expect(range.values).toEqual([["x"]]);
    range.load("values");
    await excel.context.sync();
    expect(range.values).toEqual([["y"]]);
  });

  test("loading a property the object does not have is refused", () => {
    const { sheet } = sheetWithA1("x");
    expect(() => sheet.getRange("A1").load("nonsense")).toThrow(/nonsense/);
  });

  test("a sync made to fail applies only the operations before the failure", async () => {
    const { excel, sheet } = sheetWithA1("x");
    sheet.getRange("A1").values = [["y"]];
    sheet.getRange("B1").values = [["z"]];
    excel.failNextSyncAfter(1);
    await expect(excel.context.sync()).rejects.toThrow(/simulated failure/);
    expect(excel.workbook.sheet("S")!.value(0, 0)).toBe("y");
    expect(excel.workbook.sheet("S")!.value(0, 1)).toBe("");
    expect(excel.syncs).toBe(1);
  });
});
