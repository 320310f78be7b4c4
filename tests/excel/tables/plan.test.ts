/** The pure planner: what a write will do, from the values read, without a workbook. */
import type { Column, View } from "../../../src/data/views";
import {
  adjacentRuns,
  cellText,
  holdsValue,
  idColumnIn,
  looksOurs,
  notInDataset,
  ownedAfter,
  planCreate,
} from "../../../src/excel/tables/plan";
import { planRefresh } from "../../../src/excel/tables/plan-refresh";
import { relativeForm } from "../../../src/excel/tables/written";

const COLUMNS: Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "name", header: "Name", kind: "text" },
  { key: "value", header: "Value (USD)", kind: "usd" },
  { key: "url", header: "Source URL", kind: "url" },
];
const HEADERS = COLUMNS.map((c) => c.header);
const A = "https://example.org/a";
const B = "https://example.org/b";

function viewOf(rows: [string, string, number | string | null, string | null][]): View {
  return {
    key: "projects",
    title: "Test",
    columns: COLUMNS,
    rows: rows.map(([id, ...rest]) => ({ id, cells: [id, ...rest] })),
  };
}

const two = viewOf([
  ["p1", "One", 100, A],
  ["p2", "Two", null, B],
]);
/** How Excel reads `two` back: empty cells as "". */
const twoAsRead = [
  ["p1", "One", 100, A],
  ["p2", "Two", "", B],
];

describe("planning a new table", () => {
  test("headers, safe body, kinds, links and every id added", () => {
    const plan = planCreate(
      viewOf([
        ["p1", "=cmd", 5, "http://plain.example"],
        ["p2", "Two", null, A],
      ])
    );
    expect(plan.headers).toEqual(HEADERS);
    expect(plan.body).toEqual([
      ["p1", "'=cmd", 5, "http://plain.example"],
      ["p2", "Two", "", A],
    ]);
    expect(plan.kinds).toEqual(["id", "text", "usd", "url"]);
    expect(plan.links).toEqual([{ row: 1, column: 3, url: A }]);
    expect(plan.change).toMatchObject({
      created: true,
      added: ["p1", "p2"],
      tableName: "KZUZ_Projects",
    });
    expect(plan.wrappedColumns).toEqual([]);
  });

  test("an empty view keeps one blank row; long text columns are wrapped", () => {
    expect(planCreate(viewOf([])).body).toEqual([["", "", "", ""]]);
    expect(planCreate(viewOf([["p1", "x".repeat(61), 1, null]])).wrappedColumns).toEqual([1]);
    expect(planCreate(viewOf([["p1", "x".repeat(60), 1, null]])).wrappedColumns).toEqual([]);
  });
});

describe("planning a refresh", () => {
  test("the same values again: no change, no rows moved, no links, nothing written (G8)", () => {
    const plan = planRefresh(two, { header: HEADERS, rows: twoAsRead });
    expect(plan.change).toMatchObject({ added: [], removed: [], updated: [], kept: [] });
    expect(plan.appendedRows).toEqual([]);
    expect(plan.deletedRows).toEqual([]);
    expect(plan.restoredHeaders).toEqual([]);
    expect(plan.formats).toEqual([]);
    expect(plan.links).toEqual([]);
    expect(plan.blocks).toEqual([
      {
        column: 0,
        width: 4,
        rows: [
          [null, null, null, null],
          [null, null, null, null],
        ],
      },
    ]);
  });

  test("changed values are reported with before and after; a changed link is set again", () => {
    const next = viewOf([
      ["p1", "One", 150, A],
      ["p2", "Two", null, A],
    ]);
    const plan = planRefresh(next, { header: HEADERS, rows: twoAsRead });
    expect(plan.change.updated).toEqual([
      { id: "p1", changes: [{ header: "Value (USD)", before: 100, after: 150 }] },
      { id: "p2", changes: [{ header: "Source URL", before: B, after: A }] },
    ]);
    expect(plan.links).toEqual([{ row: 1, column: 3, url: A }]);
  });

  test("rows that left the dataset are deleted bottom up, last; new rows are appended at full width", () => {
    const rows = [
      ["p1", "One", 100, A, "x"],
      ["gone", "G", 1, "", ""],
      ["p2", "Two", "", B, "x"],
      ["old", "O", 2, "", ""],
    ];
    const next = viewOf([
      ["p1", "One", 100, A],
      ["p2", "Two", null, B],
      ["p3", "Three", 3, null],
    ]);
    const plan = planRefresh(next, { header: [...HEADERS, "Mine"], rows });
    expect(plan.deletedRows).toEqual([3, 1]);
    expect(plan.change.removed).toEqual(["gone", "old"]);
    expect(plan.change.added).toEqual(["p3"]);
    // rows.add gets "" (never null) in the user's column.
    expect(plan.appendedRows).toEqual([["p3", "Three", 3, "", ""]]);
    // Values are written before the deletes, by the rows' places then: p1, gone, p2, old, p3.
    // The user's column (4) is never in a block.
    expect(plan.blocks).toEqual([
      {
        column: 0,
        width: 4,
        rows: [
          [null, null, null, null],
          [null, null, null, null],
          [null, null, null, null],
          [null, null, null, null],
          ["p3", "Three", 3, ""],
        ],
      },
    ]);
  });

  test("rows the user added (blank ID) stay, untouched; columns are found by header wherever they are", () => {
    const header = ["Source URL", "Mine", "ID", "Name", "Value (USD)"];
    const rows = [
      [A, "note", "p1", "One", 100],
      ["", "my row", "", "", ""],
    ];
    rows[1][3] = "kept";
    const plan = planRefresh(two, { header, rows });
    expect(plan.deletedRows).toEqual([]);
    expect(plan.appendedRows).toEqual([[B, "", "p2", "Two", ""]]);
    expect(adjacentRuns([2, 3, 4, 0])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(plan.blocks).toEqual([
      { column: 0, width: 1, rows: [[null], [null], [B]] },
      {
        column: 2,
        width: 3,
        rows: [
          [null, null, null],
          [null, null, null],
          ["p2", "Two", ""],
        ],
      },
    ]);
  });

  test("a column of ours the user deleted is restored at the end, formatted, with its links", () => {
    const plan = planRefresh(two, {
      header: ["ID", "Name", "Source URL"],
      rows: [
        ["p1", "One", A],
        ["p2", "Two", B],
      ],
    });
    expect(plan.restoredHeaders).toEqual(["Value (USD)"]);
    expect(plan.change.restoredColumns).toEqual(["Value (USD)"]);
    expect(plan.formats).toEqual([{ column: 3, kind: "usd", rowCount: 2 }]);
    expect(plan.blocks).toEqual([
      {
        column: 0,
        width: 4,
        rows: [
          [null, null, null, 100],
          [null, null, null, ""],
        ],
      },
    ]);
    expect(plan.change.updated).toEqual([]);
  });

  test("F2: without its ID column a table is not planned: the table found by name is not ours either", () => {
    const header = ["Name", "Value (USD)", "Source URL"];
    expect(idColumnIn(two, header)).toBe(-1);
    expect(() => planRefresh(two, { header, rows: [["One", 100, A]] })).toThrow(/"ID" column/);
    expect(looksOurs(two, header)).toBe(false);
    expect(looksOurs(two, ["ID", "Notes", "Total"])).toBe(false);
    expect(looksOurs(two, ["Mine", "ID", "Name", "Value (USD)"])).toBe(true);
  });

  test("the blank placeholder row of an empty table is removed, and not reported", () => {
    const plan = planRefresh(two, { header: HEADERS, rows: [["", "", "", ""]] });
    expect(plan.deletedRows).toEqual([0]);
    expect(plan.change.removed).toEqual([]);
    expect(plan.change.added).toEqual(["p1", "p2"]);
  });

  test("at most five changes are reported per row", () => {
    const columns: Column[] = [
      { key: "id", header: "ID", kind: "id" },
      ...Array.from({ length: 7 }, (_, i): Column => ({
        key: `c${i}`,
        header: `C${i}`,
        kind: "number",
      })),
    ];
    const view: View = {
      key: "projects",
      title: "T",
      columns,
      rows: [{ id: "p", cells: ["p", 1, 1, 1, 1, 1, 1, 1] }],
    };
    const plan = planRefresh(view, {
      header: columns.map((c) => c.header),
      rows: [["p", 0, 0, 0, 0, 0, 0, 0]],
    });
    expect(plan.change.updated[0].changes).toHaveLength(5);
  });
});

describe("comparing what Excel holds with what we would write", () => {
  test("empty, numbers within rounding, text exactly; cells read as trimmed text", () => {
    expect(holdsValue("", null)).toBe(true);
    expect(holdsValue(0, null)).toBe(false);
    expect(holdsValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(holdsValue("100", 100)).toBe(false);
    expect(holdsValue("=x", "=x")).toBe(true);
    expect(holdsValue(" a", "a")).toBe(false);
    expect(cellText("  p1 ")).toBe("p1");
    expect(cellText(null)).toBe("");
    expect(cellText(12)).toBe("12");
  });
});

describe("only rows the add-in wrote are rewritten or removed", () => {
  const mine = [...HEADERS, "My note"];
  const owned = (ids: string[]) => ({ owned: new Set(ids), version: "2026.12.1" });

  test("F1: a row the user added with an ID of their own keeps every value", () => {
    const plan = planRefresh(
      two,
      {
        header: mine,
        rows: [
          ["p1", "One", 100, A, ""],
          ["my-2026-forecast", "Forecast", 5_000_000_000, "", "my guess"],
          ["p2", "Two", "", B, ""],
        ],
      },
      owned(["p1", "p2"])
    );
    expect(plan.deletedRows).toEqual([]);
    expect(plan.change.removed).toEqual([]);
    expect(plan.appendedRows).toEqual([]);
    expect(plan.blocks[0].rows[1]).toEqual([null, null, null, null]);
  });

  test("F1: a row that left the dataset but holds the user's writing stays, marked; an untouched one goes", () => {
    const plan = planRefresh(
      viewOf([["p1", "One", 100, A]]),
      {
        header: mine,
        rows: [
          ["p1", "One", 100, A, ""],
          ["gone", "G", 1, "", "my note"],
          ["old", "O", 2, "", ""],
        ],
      },
      owned(["p1", "gone", "old"])
    );
    expect(plan.change.kept).toEqual(["gone"]);
    expect(plan.change.removed).toEqual(["old"]);
    expect(plan.deletedRows).toEqual([2]);
    // The status column is added at the end, formatted as text before any value is written.
    expect(plan.restoredHeaders).toEqual(["KZUZ status"]);
    expect(plan.change.restoredColumns).toEqual([]);
    expect(plan.formats).toEqual([{ column: 5, kind: "text", rowCount: 3 }]);
    expect(plan.blocks).toEqual([
      {
        column: 0,
        width: 4,
        rows: [
          [null, null, null, null],
          [null, null, null, null],
          [null, null, null, null],
        ],
      },
      { column: 5, width: 1, rows: [[""], [notInDataset("2026.12.1")], [null]] },
    ]);
    expect(notInDataset("2026.12.1")).toBe("not in dataset 2026.12.1");
  });

  test("F1: a marked row is ours even if not remembered; back in the dataset, its mark is cleared", () => {
    const header = [...mine, "KZUZ status"];
    const rows = [
      ["p1", "One", 100, A, "", ""],
      ["p2", "Two", "", B, "note", "not in dataset 2026.12.0"],
    ];
    const plan = planRefresh(two, { header, rows }, owned(["p1"]));
    expect(plan.restoredHeaders).toEqual([]);
    expect(plan.appendedRows).toEqual([]);
    expect(plan.blocks).toEqual([
      {
        column: 0,
        width: 4,
        rows: [
          [null, null, null, null],
          [null, null, null, null],
        ],
      },
      // Only the mark changes: it is cleared.
      { column: 5, width: 1, rows: [[null], [""]] },
    ]);
  });

  test('F4: rows showing empty text (blank, or formulas returning "") are the user\'s and stay', () => {
    const plan = planRefresh(
      two,
      {
        header: mine,
        rows: [
          ["p1", "One", 100, A, ""],
          ["", "", "", "", ""],
          ["", "", "", "", ""],
          ["p2", "Two", "", B, ""],
        ],
        formulas: [
          ["p1", "One", 100, A, ""],
          ["", "", "", "", ""],
          ['=IFERROR(VLOOKUP(X1,Y:Z,2,FALSE),"")', "", "", "", ""],
          ["p2", "Two", "", B, ""],
        ],
      },
      owned(["p1", "p2"])
    );
    expect(plan.deletedRows).toEqual([]);
    expect(plan.blocks[0].rows.slice(1, 3)).toEqual([
      [null, null, null, null],
      [null, null, null, null],
    ]);
  });

  test("a user's calculated column is not the user writing in a row: the row that left goes", () => {
    const plan = planRefresh(
      viewOf([["p1", "One", 100, A]]),
      {
        header: [...HEADERS, "Billions"],
        rows: [
          ["p1", "One", 100, A, 1e-7],
          ["old", "O", 2, "", 2e-9],
        ],
        formulas: [
          ["p1", "One", 100, A, "=[@[Value (USD)]]/1e9"],
          ["old", "O", 2, "", "=[@[Value (USD)]]/1e9"],
        ],
      },
      owned(["p1", "old"])
    );
    expect(plan.deletedRows).toEqual([1]);
    expect(plan.change.kept).toEqual([]);
  });
});

test("F1: a dataset row whose ID a user's row already has is not added, and is not taken as ours", () => {
  const plan = planRefresh(
    two,
    {
      header: [...HEADERS, "My note"],
      rows: [
        ["p1", "One", 100, A, ""],
        ["p2", "My own", 7, "", "mine"],
      ],
    },
    { owned: new Set(["p1"]), version: "1" }
  );
  expect(plan.appendedRows).toEqual([]);
  expect(plan.change.clashed).toEqual(["p2"]);
  expect(plan.blocks[0].rows[1]).toEqual([null, null, null, null]);
  expect(ownedAfter(two, plan.change)).toEqual(["p1"]);
});

describe("relativeForm: a formula as R1C1 would show it, to tell a filled column from a typed formula", () => {
  test("relative rows are made relative; absolute rows and quoted text stay", () => {
    expect(relativeForm("=C5*2", 5)).toBe("=C[0]*2");
    expect(relativeForm("=C6*2", 6)).toBe("=C[0]*2");
    expect(relativeForm("=C$1+D4", 5)).toBe("=C$1+D[-1]");
    expect(relativeForm('=C5&"A1"', 5)).toBe('=C[0]&"A1"');
    expect(relativeForm("=LOG10(C5)", 5)).toBe("=LOG10(C[0])");
  });
});
