/**
 * The selected cell and the selection event, and inserting a formula, on a small office-addin-mock
 * workbook (tests/taskpane/explain/mock-excel.ts): the shared fake has no active cell yet.
 */
import { insertFormula } from "../../src/excel/insert-formula";
import { readSelectedCell, watchSelection } from "../../src/excel/selection";
import { MockWorkbook } from "../taskpane/explain/mock-excel";

const all = () => true;

function bookWithTable(): MockWorkbook {
  const book = new MockWorkbook(["Sheet1", "KZUZ Trade", "My inputs"]);
  book.addTable({
    id: "{T-1}",
    name: "KZUZ_Trade",
    sheet: "KZUZ Trade",
    at: "A1",
    headers: ["ID", "Year", "Turnover (USD)"],
    rows: [
      ["trade-2023-uz", 2023, 4_400_000_000],
      ["trade-2024-uz", 2024, 4_400_100_000],
    ],
  });
  return book;
}

describe("readSelectedCell", () => {
  test("reads the active cell's formula and value, in two syncs", async () => {
    const book = new MockWorkbook();
    book.set("Sheet1", "B2", { formula: "=KZUZ.TRADE(2024)", value: 4_400_100_000 });
    book.active = { sheet: "Sheet1", address: "B2" };
    const cell = await book.run((context) => readSelectedCell(context, { supports: all }));
    expect(cell).toMatchObject({
      address: "Sheet1!B2",
      sheet: "Sheet1",
      formula: "=KZUZ.TRADE(2024)",
      value: 4_400_100_000,
      row: undefined,
    });
    expect(book.syncs).toBe(2);
  });

  test("a constant reads as its formula; an empty cell as empty text", async () => {
    const book = new MockWorkbook();
    book.set("Sheet1", "A1", { value: 42 });
    expect((await book.run((c) => readSelectedCell(c, { supports: all }))).formula).toBe("42");
    book.active = { sheet: "Sheet1", address: "C9" };
    const empty = await book.run((c) => readSelectedCell(c, { supports: all }));
    expect(empty.formula).toBe("");
    expect(empty.value).toBe("");
  });

  test("a cell in a table's body comes with the table's headers and its row", async () => {
    const book = bookWithTable();
    book.active = { sheet: "KZUZ Trade", address: "B3" };
    const cell = await book.run((c) => readSelectedCell(c, { supports: all }));
    expect(cell.address).toBe("'KZUZ Trade'!B3");
    expect(cell.row).toEqual({
      tableId: "{T-1}",
      tableName: "KZUZ_Trade",
      headers: ["ID", "Year", "Turnover (USD)"],
      values: ["trade-2024-uz", 2024, 4_400_100_000],
    });
  });

  test("a table's header row is not a row of the table", async () => {
    const book = bookWithTable();
    book.active = { sheet: "KZUZ Trade", address: "A1" };
    const cell = await book.run((c) => readSelectedCell(c, { supports: all }));
    expect(cell.row).toBeUndefined();
  });

  test("without ExcelApi 1.9 no table is asked for (Range.getTables is 1.9)", async () => {
    const book = bookWithTable();
    book.active = { sheet: "KZUZ Trade", address: "B3" };
    const supports = (set: string, version: string) =>
      set === "ExcelApi" && Number(version.split(".")[1]) <= 8;
    const cell = await book.run((c) => readSelectedCell(c, { supports }));
    expect(cell.row).toBeUndefined();
    expect(cell.value).toBe(2024);
  });

  test("reads the cells the formula refers to, on its sheet or another; skips missing sheets", async () => {
    const book = bookWithTable();
    book.set("Sheet1", "A2", { value: 2024 });
    book.set("My inputs", "C3", { value: "UZ" });
    book.set("Sheet1", "B2", { formula: "=KZUZ.TRADE(A2,'My inputs'!C3)", value: 1 });
    book.active = { sheet: "Sheet1", address: "B2" };
    const cell = await book.run((c) =>
      readSelectedCell(c, {
        supports: all,
        referencesOf: () => [
          { text: "A2", address: "A2" },
          { text: "'My inputs'!C3", sheet: "My inputs", address: "C3" },
          { text: "Gone!A1", sheet: "Gone", address: "A1" },
        ],
      })
    );
    expect([...cell.references]).toEqual([
      ["A2", 2024],
      ["'My inputs'!C3", "UZ"],
    ]);
  });
});

test("a cell filled by a spilling formula reports that formula and its cell (ExcelApi 1.12)", async () => {
  const book = new MockWorkbook();
  book.set("Sheet1", "B2", { formula: "=KZUZ.PROJECTS(A1)", value: "ID" });
  book.set("Sheet1", "A1", { value: "Tashkent region" });
  book.set("Sheet1", "C4", { value: "logistics" });
  book.spills.set("Sheet1!C4", "B2");
  book.active = { sheet: "Sheet1", address: "C4" };
  const referencesOf = (formula: string) =>
    formula.includes("A1") ? [{ text: "A1", address: "A1" }] : [];
  const cell = await book.run((c) => readSelectedCell(c, { supports: all, referencesOf }));
  expect(cell.formula).toBe("logistics");
  expect(cell.spillParent).toEqual({ address: "Sheet1!B2", formula: "=KZUZ.PROJECTS(A1)" });
  expect([...cell.references]).toEqual([["A1", "Tashkent region"]]);

  const older = (set: string, version: string) =>
    set === "ExcelApi" && Number(version.split(".")[1]) <= 9;
  const without = await book.run((c) => readSelectedCell(c, { supports: older, referencesOf }));
  expect(without.spillParent).toBeUndefined();
  book.active = { sheet: "Sheet1", address: "B2" };
  const anchor = await book.run((c) => readSelectedCell(c, { supports: all }));
  expect(anchor.spillParent).toBeUndefined();
});

describe("watchSelection", () => {
  test("calls back on every selection change until stopped, removing the handler in its own context", async () => {
    const book = new MockWorkbook();
    const seen: string[] = [];
    const stop = await watchSelection(book.run, (address) => seen.push(address), book.runIn);
    expect(book.handlers.size).toBe(1);
    await book.select("Sheet1", "B2");
    await book.select("Sheet1", "C3:D4");
    expect(seen).toEqual(["B2", "C3:D4"]);
    await stop();
    expect(book.handlers.size).toBe(0);
    await book.select("Sheet1", "E5");
    expect(seen).toEqual(["B2", "C3:D4"]);
    await stop();
    expect(book.handlers.size).toBe(0);
  });

  test("removing in a fresh context (not the handler's) would leave the handler in place", async () => {
    // The mock's rule that makes the test above meaningful: a removal applies only at a sync of
    // the context the handler was added in.
    const book = new MockWorkbook();
    const stop = await watchSelection(
      book.run,
      () => undefined,
      (_context, batch) =>
        book.run(async (fresh) => {
          await batch(fresh);
        })
    );
    await stop();
    expect(book.handlers.size).toBe(1);
  });
});

describe("insertFormula", () => {
  test("writes the formula into an empty active cell", async () => {
    const book = new MockWorkbook();
    book.active = { sheet: "Sheet1", address: "D4" };
    const result = await book.run((c) => insertFormula(c, '=KZUZ.INVESTMENT("Tashkent region")'));
    expect(result).toEqual({ kind: "written", address: "Sheet1!D4" });
    expect(book.cell("Sheet1", "D4")?.formula).toBe('=KZUZ.INVESTMENT("Tashkent region")');
    expect(book.writes).toEqual(["Sheet1!D4 formulas"]);
  });

  test("never overwrites a cell that holds something unless that very cell was confirmed", async () => {
    const book = new MockWorkbook();
    book.set("Sheet1", "A1", { formula: "=SUM(B1:B9)", value: 3 });
    const first = await book.run((c) => insertFormula(c, "=KZUZ.TARGET()"));
    expect(first).toEqual({ kind: "occupied", address: "Sheet1!A1", content: "=SUM(B1:B9)" });
    expect(book.writes).toEqual([]);

    book.active = { sheet: "Sheet1", address: "A2" };
    const asked = { address: "Sheet1!A1", content: "=SUM(B1:B9)" };
    const moved = await book.run((c) => insertFormula(c, "=KZUZ.TARGET()", asked));
    expect(moved).toEqual({ kind: "moved", address: "Sheet1!A2" });
    expect(book.writes).toEqual([]);

    book.active = { sheet: "Sheet1", address: "A1" };
    const confirmed = await book.run((c) => insertFormula(c, "=KZUZ.TARGET()", asked));
    expect(confirmed).toEqual({ kind: "written", address: "Sheet1!A1" });
    expect(book.cell("Sheet1", "A1")?.formula).toBe("=KZUZ.TARGET()");
  });

  test("G10: a cell that changed after the user was asked is asked about again, not overwritten", async () => {
    const book = new MockWorkbook();
    book.set("Sheet1", "A1", { value: "my note" });
    const first = await book.run((c) => insertFormula(c, "=KZUZ.TARGET()"));
    expect(first).toEqual({ kind: "occupied", address: "Sheet1!A1", content: "my note" });
    // Before the user clicks Replace, a co-author (or the user, in the grid) changes the cell.
    book.set("Sheet1", "A1", { value: "my corrected note" });
    const replace = { address: "Sheet1!A1", content: "my note" };
    const second = await book.run((c) => insertFormula(c, "=KZUZ.TARGET()", replace));
    expect(second).toEqual({
      kind: "occupied",
      address: "Sheet1!A1",
      content: "my corrected note",
    });
    expect(book.writes).toEqual([]);
    expect(book.cell("Sheet1", "A1")?.value).toBe("my corrected note");
  });

  test("refuses text that is not a formula", async () => {
    const book = new MockWorkbook();
    await expect(book.run((c) => insertFormula(c, "KZUZ.TARGET()"))).rejects.toThrow(
      /not a formula/
    );
    expect(book.writes).toEqual([]);
  });
});
