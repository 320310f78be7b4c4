import { firstMismatch, ids, rowById, type TableContent } from "./excel-read";

// A table as Excel reads it back: a user column ("Mine") and a user row (MY-1) beside ours.
const table: TableContent = {
  headers: ["ID", "Name", "Investment (USD)", "Mine"],
  rows: [
    ["a", "Alpha", 100, "note"],
    ["MY-1", "Mine", "", ""],
    ["b", "=not a formula", "", ""],
  ],
};
const headers = ["ID", "Name", "Investment (USD)"];

describe("reading a table back", () => {
  it("finds rows by ID, whatever their position", () => {
    expect(ids(table)).toEqual(["a", "MY-1", "b"]);
    expect(rowById(table, "b")).toEqual({
      ID: "b",
      Name: "=not a formula",
      "Investment (USD)": "",
      Mine: "",
    });
    expect(rowById(table, "zz")).toBeUndefined();
  });

  it("accepts a table holding every dataset row as written, ignoring the user's rows and columns", () => {
    const expected = [
      { id: "b", cells: ["b", "=not a formula", null] },
      { id: "a", cells: ["a", "Alpha", 100] },
    ];
    expect(firstMismatch(table, headers, expected)).toBeUndefined();
  });

  it("names the first row missing or the first cell not as written", () => {
    expect(firstMismatch(table, headers, [{ id: "c", cells: ["c", "C", null] }])).toBe(
      "row c is missing"
    );
    expect(firstMismatch(table, headers, [{ id: "a", cells: ["a", "Alpha", 200] }])).toBe(
      "row a, Investment (USD): expected 200, Excel has 100"
    );
    // Text that Excel turned into a number (as it does with dates and digits) is a difference too.
    expect(firstMismatch(table, headers, [{ id: "a", cells: ["a", "Alpha", "100"] }])).toBe(
      'row a, Investment (USD): expected "100", Excel has 100'
    );
    expect(firstMismatch(table, headers, [{ id: "b", cells: ["b", "=not a formula", 0] }])).toBe(
      'row b, Investment (USD): expected 0, Excel has ""'
    );
  });
});
