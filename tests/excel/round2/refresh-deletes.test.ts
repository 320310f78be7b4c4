/**
 * Red team round 2: rows are deleted only if they are the rows planned (G2), in runs (item 9), and
 * "you wrote in it" counts formulas and our note-like columns (G3, G3b).
 */
import { insertTables, refreshDataset } from "../../../src/excel/workbench";
import { createFakeExcel } from "../../support/fake-excel";
import { URL_OK, addNotes, bench, byHeader, serve, withoutTrade } from "./bench";
import { english } from "../../support/english";

afterEach(() => jest.restoreAllMocks());

test("G2: a row inserted above between the write and the deletes: no wrong row is deleted, and the refresh says so", async () => {
  const excel = createFakeExcel();
  const b = bench(excel);
  await insertTables(b, ["trade"]);
  const table = excel.workbook.tables[0];
  addNotes(table, { "trade-2024-uzsushi": "keep me" });
  serve(withoutTrade("trade-2024-baq"));
  const snapshot = b.store.get();
  // Syncs of the refresh: 1 find, 2 read, 3 write, 4 delete; the co-author's row lands after 3.
  excel.between(excel.syncs + 3, () => table.insertRows(0, [["co-author's row"]]));
  const outcome = await refreshDataset(b, URL_OK);
  expect(outcome.ok).toBe(false);
  expect(english(outcome.said)).toMatch(
    /Someone edited the table KZUZ_Trade while the add-in was removing the rows that left the dataset, so it stopped before removing a wrong row/
  );
  const rows = byHeader(table);
  expect(rows.find((r) => r.ID === "trade-2024-uzsushi")?.["My note"]).toBe("keep me");
  expect(rows.filter((r) => r.ID === "trade-2024-baq")).toHaveLength(1);
  expect(rows[0].ID).toBe("co-author's row");
  expect(b.store.get()).toBe(snapshot);
  // Every row of the dataset in force is there once, with its values.
  const ids = rows.map((r) => r.ID).filter((id) => id !== "co-author's row");
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.sort()).toEqual(snapshot.dataset.trade.observations.map((o) => o.id).sort());
});

test("deleting many rows removes each run of adjacent rows with one call, not one call per row", async () => {
  const excel = createFakeExcel();
  const b = bench(excel);
  await insertTables(b, ["trade"]);
  const ids = excel.workbook.tables[0].column("ID") as string[];
  // Two runs: rows 2-11 and rows 20-39.
  serve(withoutTrade(...ids.slice(2, 12), ...ids.slice(20, 40)));
  const from = excel.log.length;
  const outcome = await refreshDataset(b, URL_OK);
  expect(outcome.ok).toBe(true);
  const deletes = excel.log.slice(from).filter((op) => /delete/.test(op));
  expect(deletes).toEqual(["range.delete", "range.delete"]);
  expect(excel.workbook.tables[0].column("ID")).toEqual([
    ...ids.slice(0, 2),
    ...ids.slice(12, 20),
    ...ids.slice(40),
  ]);
});

describe("a row that leaves the dataset stays if the user wrote in it", () => {
  test("G3: a formula typed in one cell of the user's own column keeps the row, marked", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    const table = excel.workbook.tables[0];
    addNotes(table, {});
    const at = table.column("ID").indexOf("trade-2024-baq");
    table.sheet.set(table.row0 + 1 + at, table.col0 + table.width - 1, {
      value: "#CALC",
      formula: "=C2*2",
    });
    serve(withoutTrade("trade-2024-baq", "trade-2024-uzsushi"));
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(true);
    const rows = byHeader(table);
    const baq = rows.find((r) => r.ID === "trade-2024-baq");
    expect(baq?.["KZUZ status"]).toBe("not in dataset 2027.1.1");
    expect(table.sheet.get(table.row0 + 1 + rows.indexOf(baq!), table.col0 + 12)?.formula).toBe(
      "=C2*2"
    );
    // The untouched row goes.
    expect(rows.some((r) => r.ID === "trade-2024-uzsushi")).toBe(false);
  });

  test("G3: a calculated column (the same formula on every row) does not count as writing in a row", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    const table = excel.workbook.tables[0];
    addNotes(table, {});
    for (let r = 0; r < table.height; r++)
      table.sheet.set(table.row0 + 1 + r, table.col0 + 12, {
        value: "#CALC",
        formula: `=C${table.row0 + 2 + r}/1000000`,
      });
    serve(withoutTrade("trade-2024-baq"));
    expect((await refreshDataset(b, URL_OK)).ok).toBe(true);
    expect(table.column("ID")).not.toContain("trade-2024-baq");
  });

  test("G3b: text typed into the table's own Note column keeps the row, marked", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    const table = excel.workbook.tables[0];
    const note = table.headers().indexOf("Note");
    const at = table.column("ID").indexOf("trade-2024-baq");
    table.sheet.set(table.row0 + 1 + at, table.col0 + note, {
      value: "called the ministry: figure confirmed",
      format: "@",
    });
    serve(withoutTrade("trade-2024-baq", "trade-2024-uzsushi"));
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(true);
    const baq = byHeader(table).find((r) => r.ID === "trade-2024-baq");
    expect(baq?.Note).toBe("called the ministry: figure confirmed");
    expect(baq?.["KZUZ status"]).toBe("not in dataset 2027.1.1");
    expect(table.column("ID")).not.toContain("trade-2024-uzsushi");
  });
});
