import { DatasetStore } from "../../src/data/store";
import { defaultDatasetUrl } from "../../src/data/url";
import type { Dataset } from "../../src/data/schema";
import { readRowIds, readSettings } from "../../src/office/settings";
import {
  buildChart,
  insertTables,
  refreshDataset,
  type Workbench,
} from "../../src/excel/workbench";
import { publishedDataset } from "../support/dataset";
import { TableModel, createFakeExcel, type FakeExcel } from "../support/fake-excel";
import { MemorySettings } from "../support/office";
import { english, withEnglish } from "../support/english";

const URL_OK = "https://data.example.org/kzuz.json";

function bench(
  excel: FakeExcel,
  store = new DatasetStore(publishedDataset())
): Workbench & { settings: MemorySettings } {
  return {
    store,
    run: (batch) => batch(excel.context),
    settings: new MemorySettings(),
    baseUrl: "https://addin.example.org/taskpane.html",
    supports: () => true,
  };
}

/** The bundled dataset with the 2024 headline revised and a project added, as a later version. */
function revised(): Dataset {
  const d = structuredClone(publishedDataset()) as Dataset & { version: string };
  d.version = "2026.12.1";
  const t2024 = d.trade.observations.find((o) => o.year === 2024 && o.headline)!;
  t2024.value = 4_400_000_000;
  return d;
}

function serve(body: unknown, status = 200) {
  return jest
    .spyOn(globalThis, "fetch")
    .mockImplementation(async () => new Response(JSON.stringify(body), { status }));
}

afterEach(() => jest.restoreAllMocks());

describe("inserting", () => {
  test("inserts the chosen tables, remembers their ids in the workbook, and says what it did", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    const outcome = await insertTables(b, ["projects", "trade"]);
    expect(outcome.ok).toBe(true);
    expect(english(outcome.said)).toMatch(
      /^Projects: table KZUZ_Projects inserted with 7 rows\. Trade: table KZUZ_Trade inserted with \d+ rows\.$/
    );
    expect(Object.keys(readSettings(b.settings).tableIds).sort()).toEqual(["projects", "trade"]);
    expect(excel.workbook.tables.map((t) => t.name).sort()).toEqual([
      "KZUZ_Projects",
      "KZUZ_Trade",
    ]);
  });
});

test("where Excel lacks the table features, inserting says so and writes nothing", async () => {
  const excel = createFakeExcel();
  const outcome = await insertTables({ ...bench(excel), supports: () => false }, ["projects"]);
  expect(outcome.ok).toBe(false);
  expect(english(outcome.said)).toMatch(/ExcelApi 1\.7.*KZUZ formulas work meanwhile/);
  expect(excel.syncs).toBe(0);
});

describe("refreshing", () => {
  test("downloads, updates the inserted tables in place, then puts the dataset in force", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    const fetch = serve(revised());
    const seen: string[] = [];
    b.store.subscribe((s) => seen.push(s.dataset.version));
    const outcome = await refreshDataset(b, URL_OK, () => new Date("2026-12-01T09:00:00Z"));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(outcome.ok).toBe(true);
    expect(english(outcome.said)).toContain("Dataset 2026.12.1 (as of");
    expect(english(outcome.said)).toContain("Trade: 1 updated (trade figures).");
    // 2024's headline is the press's $4.3bn (pinkod.uz) since dataset 2027.1.0: Kazakhstan's is a bound.
    expect(english(outcome.said)).toMatch(
      /2024 \(.*\) turnover revised \$4\.3 billion → \$4\.4 billion/
    );
    expect(seen).toEqual(["2026.12.1"]);
    expect(b.store.get().origin).toEqual({
      kind: "url",
      url: URL_OK,
      fetchedAt: "2026-12-01T09:00:00.000Z",
    });
    const trade = excel.workbook.tables[0];
    expect(trade.column("Turnover (USD)")).toContain(4_400_000_000);
  });

  test.each([
    ["a download that fails", () => serve({ error: "nope" }, 503), /503/],
    ["an invalid dataset", () => serve({ schemaVersion: 1, projects: "many" }), /not valid/],
    [
      "a dataset of a newer schema",
      () => serve({ ...publishedDataset(), schemaVersion: 2 }),
      /schema/i,
    ],
  ])(
    "%s changes nothing: tables and formulas keep the previous dataset",
    async (_label, setUp, why) => {
      const excel = createFakeExcel();
      const b = bench(excel);
      await insertTables(b, ["projects", "trade"]);
      const before = excel.workbook.snapshot();
      const snapshot = b.store.get();
      setUp();
      const outcome = await refreshDataset(b, URL_OK);
      expect(outcome.ok).toBe(false);
      expect(english(outcome.said)).toMatch(why);
      expect(english(outcome.said)).toContain(`still use dataset ${snapshot.dataset.version}`);
      expect(excel.workbook.snapshot()).toBe(before);
      expect(b.store.get()).toBe(snapshot);
    }
  );

  test("an http address is refused before anything is fetched", async () => {
    const excel = createFakeExcel();
    const fetch = serve(revised());
    const outcome = await refreshDataset(bench(excel), "http://data.example.org/kzuz.json");
    expect(outcome.ok).toBe(false);
    expect(english(outcome.said)).toMatch(/https:\/\//);
    expect(fetch).not.toHaveBeenCalled();
  });

  test("if Excel fails, the previous dataset stays in force", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    serve(revised());
    const snapshot = b.store.get();
    const failing: Workbench = {
      ...b,
      run: async () => Promise.reject(new Error("GeneralException: the workbook is locked")),
    };
    const outcome = await refreshDataset(failing, URL_OK);
    expect(outcome.ok).toBe(false);
    expect(english(outcome.said)).toMatch(
      /Excel could not update the tables: GeneralException: the workbook is locked/
    );
    expect(b.store.get()).toBe(snapshot);
  });

  test("if Excel stops part-way through the write, the tables are put back as they were", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["projects", "trade"]);
    const before = excel.workbook.snapshot();
    const snapshot = b.store.get();
    const changed = revised();
    changed.trade.observations = changed.trade.observations.filter((o) => o.year !== 2019);
    serve(changed);
    // Let the two reads through, then fail the write after two of its operations
    // (calculation suspended, one table's column block written; rows are deleted only later).
    const sync = excel.context.sync.bind(excel.context);
    let n = 0;
    (excel.context as { sync: () => Promise<void> }).sync = async () => {
      if (++n === 3) excel.failNextSyncAfter(2);
      return sync();
    };
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(false);
    expect(english(outcome.said)).toMatch(
      /stopped part-way .* every table was put back exactly as it was/
    );
    expect(b.store.get()).toBe(snapshot);
    // The same tables with the same rows and values; rows that were removed and put back now
    // stand at the end of their table (Excel appends them).
    const sorted = (rows: unknown[][]) => [...rows].map((r) => JSON.stringify(r)).sort();
    const beforeTables = JSON.parse(before).tables as { name: string; height: number }[];
    expect(excel.workbook.tables.map((t) => [t.name, t.height])).toEqual(
      beforeTables.map((t) => [t.name, t.height])
    );
    for (const table of excel.workbook.tables) {
      const original = createFakeExcel();
      const b2 = bench(original);
      await insertTables(b2, [table.name === "KZUZ_Trade" ? "trade" : "projects"]);
      expect(sorted(table.rows())).toEqual(sorted(original.workbook.tables[0].rows()));
    }
  });

  test("a second click while a refresh runs does not start another", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    const fetch = serve(revised());
    const [first, second] = await Promise.all([
      refreshDataset(b, URL_OK),
      refreshDataset(b, URL_OK),
    ]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
  });

  test("one action at a time per workbench: another workbench's action still runs", async () => {
    const fetch = serve(revised());
    const [a, b] = [bench(createFakeExcel()), bench(createFakeExcel())];
    const [first, second] = await Promise.all([
      refreshDataset(a, URL_OK),
      refreshDataset(b, URL_OK),
    ]);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(second).not.toBe(first);
    expect([first.ok, second.ok]).toEqual([true, true]);
    // Once finished, the same workbench runs the next action.
    await refreshDataset(a, URL_OK);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  test("with no tables inserted, only the formulas' dataset changes", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    serve(revised());
    const outcome = await refreshDataset(b, URL_OK);
    expect(english(outcome.said)).toContain("only the formulas were updated");
    // F22: one sync to look the tables up by name (the settings may have been lost).
    expect(excel.syncs).toBe(1);
    expect(b.store.get().dataset.version).toBe("2026.12.1");
  });

  test("by default it reads the address saved in the workbook, else the add-in's own copy", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    const fetch = serve(revised());
    await refreshDataset(b);
    expect(fetch.mock.calls[0][0]).toBe("https://addin.example.org/assets/data/kzuz-dataset.json");
    expect(defaultDatasetUrl(b.baseUrl)).toBe(
      "https://addin.example.org/assets/data/kzuz-dataset.json"
    );
  });
});

describe("charts", () => {
  test("one click on a workbook without tables: the trade chart inserts the Trade table it reads, says so, and builds", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    const first = await buildChart(b, "trade", english);
    expect(first.ok).toBe(true);
    expect(english(first.said)).toMatch(
      /^The trade chart reads the Trade table \(KZUZ_Trade\), which was not in this workbook, so it was inserted first\. KZUZ trade chart is on the sheet KZUZ Dashboard\. /
    );
    expect(excel.workbook.tables.map((t) => t.name)).toEqual(["KZUZ_Trade"]);
    expect(readSettings(b.settings).tableIds.trade).toBeDefined();
    // Like the investment chart, which needs no table.
    expect((await buildChart(b, "investment", english)).ok).toBe(true);
    expect(excel.workbook.charts()).toHaveLength(2);
  });

  test("the trade chart, once its table is in, goes on the Dashboard, once", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    const built = await buildChart(b, "trade", english);
    expect(built.ok).toBe(true);
    expect(english(built.said)).toMatch(/^KZUZ trade chart is on the sheet KZUZ Dashboard\. /);
    await buildChart(b, "trade", english);
    expect(excel.workbook.charts().filter((c) => c.chart.name === "KZUZ trade chart")).toHaveLength(
      1
    );
  });

  test("where Excel lacks the chart APIs, it says so and writes nothing", async () => {
    const excel = createFakeExcel();
    const b = { ...bench(excel), supports: () => false };
    const outcome = await buildChart(b, "investment", english);
    expect(outcome.ok).toBe(false);
    expect(excel.workbook.sheets).toHaveLength(0);
  });
});

/** Adds a "My note" column to the table and writes notes on the rows with these IDs. */
function addNotes(table: TableModel, notes: Record<string, string>): void {
  const idAt = table.headers().indexOf("ID");
  table.sheet.set(table.row0, table.col0 + table.width, { value: "My note" });
  table.rows().forEach((row, r) => {
    const note = notes[String(row[idAt])];
    if (note) table.sheet.set(table.row0 + 1 + r, table.col0 + table.width, { value: note });
  });
  table.width += 1;
}

/** Adds a row at the bottom of the table with these values by header. */
function addRow(
  table: TableModel,
  values: Record<string, string | number>,
  formula?: string
): void {
  const headers = table.headers();
  const r = table.row0 + 1 + table.height;
  table.sheet.shiftRows(r, table.col0, table.width, 1);
  for (const [header, value] of Object.entries(values))
    table.sheet.set(r, table.col0 + headers.indexOf(header), { value });
  if (formula) table.sheet.set(r, table.col0, { value: "", formula });
  table.height += 1;
}

function byHeader(table: TableModel): Record<string, unknown>[] {
  const headers = table.headers();
  return table.rows().map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i]])));
}

/** The published dataset without these trade observations, as a later version. */
function without(...ids: string[]): Dataset {
  const d = revised();
  d.trade.observations = d.trade.observations.filter((o) => !ids.includes(o.id));
  return d;
}

describe("refresh touches only the add-in's rows", () => {
  test("F1: a row the user added with an ID keeps every value, whatever the dataset", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    const trade = excel.workbook.tables[0];
    addNotes(trade, { "trade-2015-astanatimes": "first year" });
    addRow(trade, { ID: "my-2026-forecast", "Turnover (USD)": 5e9, "My note": "my guess" });
    serve(publishedDataset());
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(true);
    expect(english(outcome.said)).not.toMatch(/removed/);
    expect(byHeader(trade).at(-1)).toMatchObject({
      ID: "my-2026-forecast",
      "Turnover (USD)": 5e9,
      "My note": "my guess",
    });
  });

  test("F1: a row that left the dataset stays if the user wrote in it, marked and reported; an untouched one goes", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    const trade = excel.workbook.tables[0];
    addNotes(trade, { "trade-2015-astanatimes": "first year" });
    const height = trade.height;
    serve(without("trade-2015-astanatimes", "trade-2016-9m-ambassador"));
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(true);
    expect(english(outcome.said)).toMatch(
      /Trade: 1 updated, 1 removed, 1 kept though no longer in the dataset \(trade figures\)\. 1 trade figure is no longer in the dataset but was kept, because you wrote in its row: trade-2015-astanatimes; its "KZUZ status" cell says so\./
    );
    expect(trade.height).toBe(height - 1);
    const rows = byHeader(trade);
    expect(rows[0]).toMatchObject({
      ID: "trade-2015-astanatimes",
      "My note": "first year",
      "KZUZ status": "not in dataset 2026.12.1",
    });
    expect(rows.map((r) => r.ID)).not.toContain("trade-2016-9m-ambassador");
    expect(rows.filter((r) => r["KZUZ status"] !== "")).toHaveLength(1);
    // Remembered as ours: once the note is gone, the next refresh removes it.
    expect(readRowIds(b.settings).trade).toContain("trade-2015-astanatimes");
    trade.sheet.set(trade.row0 + 1, trade.col0 + trade.headers().indexOf("My note"), undefined);
    serve(without("trade-2015-astanatimes", "trade-2016-9m-ambassador"));
    await refreshDataset(b, URL_OK);
    expect(trade.column("ID")).not.toContain("trade-2015-astanatimes");
  });

  test("F4: rows showing empty text, typed blank or by formula, are the user's and stay", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    const trade = excel.workbook.tables[0];
    const height = trade.height;
    addRow(trade, {});
    addRow(trade, {}, '=IFERROR(VLOOKUP("x",A:B,2,FALSE),"")');
    serve(publishedDataset());
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(true);
    expect(trade.height).toBe(height + 2);
    expect(excel.workbook.formulas()).toHaveLength(1);
  });

  test("F22: with the workbook's settings lost, the tables are still found and refreshed", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    const lost = { ...b, settings: new MemorySettings() };
    serve(revised());
    const outcome = await refreshDataset(lost, URL_OK);
    expect(outcome.ok).toBe(true);
    expect(english(outcome.said)).toContain("Trade: 1 updated (trade figures).");
    expect(excel.workbook.tables[0].column("Turnover (USD)")).toContain(4_400_000_000);
    expect(excel.workbook.tables).toHaveLength(1);
    expect(readSettings(lost.settings).tableIds.trade).toBe(excel.workbook.tables[0].id);
  });
});

describe("the user's structure", () => {
  test("F2: a renamed ID header stops the refresh before anything is written, saying how to fix it", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    const trade = excel.workbook.tables[0];
    addNotes(trade, { "trade-2015-astanatimes": "first year" });
    addRow(trade, { Year: 2030, "My note": "my row" });
    trade.sheet.set(trade.row0, trade.col0 + trade.headers().indexOf("ID"), { value: "Row ID" });
    const before = excel.workbook.snapshot();
    const snapshot = b.store.get();
    serve(revised());
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(false);
    expect(english(outcome.said)).toMatch(
      /^The Trade table \(KZUZ_Trade\) has no column headed "ID" any more.*Rename that column back to "ID" \(or undo the change\), then try again\. Nothing was changed\. The workbook and formulas still use dataset 2027\.1\.0/
    );
    expect(excel.workbook.snapshot()).toBe(before);
    expect(b.store.get()).toBe(snapshot);
  });

  test("F2b: inserting beside a user's own table called KZUZ_Trade refuses and leaves it alone", async () => {
    const excel = createFakeExcel();
    const sheet = excel.workbook.addSheet("Mine");
    sheet.set(0, 0, { value: "Name" });
    sheet.set(1, 0, { value: "Mine" });
    excel.workbook.tables.push(new TableModel("KZUZ_Trade", sheet, 0, 0, 1, 1));
    const before = excel.workbook.snapshot();
    const outcome = await insertTables(bench(excel), ["trade"]);
    expect(outcome.ok).toBe(false);
    expect(english(outcome.said)).toMatch(
      /not one the add-in wrote.*If it is yours, rename it; if it is the add-in.s, rename its ID column back to "ID"/
    );
    expect(excel.workbook.snapshot()).toBe(before);
    serve(revised());
    const refreshed = await refreshDataset(bench(excel), URL_OK);
    expect(english(refreshed.said)).toMatch(/Left alone: KZUZ_Trade, .*taken to be your own/);
    expect(excel.workbook.snapshot()).toBe(before);
  });
});

describe("failure is atomic", () => {
  /** A workbook with the Trade table, notes on two rows, and a dataset that drops one untouched row and revises 2024. */
  async function setUp() {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    addNotes(excel.workbook.tables[0], {
      "trade-2015-astanatimes": "first",
      "trade-2017-q1-trend": "third",
    });
    addRow(excel.workbook.tables[0], { "My note": "my own row" });
    serve(without("trade-2016-9m-ambassador"));
    return { excel, b, before: excel.workbook.snapshot(), snapshot: b.store.get() };
  }

  test("F3: a failure at any operation of the write puts every row back in place with the user's values", async () => {
    let failed = 0;
    for (let after = 0; after < 20; after++) {
      const { excel, b, before, snapshot } = await setUp();
      const sync = excel.context.sync.bind(excel.context);
      let n = 0;
      (excel.context as { sync: () => Promise<void> }).sync = async () => {
        if (++n === 3) excel.failNextSyncAfter(after);
        return sync();
      };
      const outcome = await refreshDataset(b, URL_OK);
      if (outcome.ok) break; // the write has fewer operations than `after`
      failed++;
      expect(english(outcome.said)).toMatch(
        /stopped part-way .* every table was put back exactly as it was: its rows, values, formats and size\. The workbook and formulas still use dataset 2027\.1\.0/
      );
      expect(b.store.get()).toBe(snapshot);
      expect(excel.workbook.snapshot()).toBe(before);
    }
    expect(failed).toBeGreaterThan(1);
  });

  test("F3: a failure while deleting rows loses no value the user wrote; the message says where rows went", async () => {
    const { excel, b, snapshot } = await setUp();
    const table = excel.workbook.tables[0];
    const untouched = table
      .column("ID")
      .filter((id) => id !== "" && !/astanatimes|q1-trend/.test(String(id)));
    serve(without(untouched[0] as string, untouched[untouched.length - 1] as string));
    const notesBefore = byHeader(table).map((r) => [r.ID, r["My note"]]);
    const sync = excel.context.sync.bind(excel.context);
    let n = 0;
    (excel.context as { sync: () => Promise<void> }).sync = async () => {
      // Sync 4 deletes one row then fails; sync 6, putting it back in its place, fails too.
      if (++n === 4) excel.failNextSyncAfter(1);
      if (n === 6) excel.failNextSyncAfter(0);
      return sync();
    };
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(false);
    expect(english(outcome.said)).toMatch(
      /put back.*Rows of the dataset that Excel had already removed \(rows nobody had written in\) were added back at the end of their table\./
    );
    expect(b.store.get()).toBe(snapshot);
    const sorted = (rows: unknown[][]) =>
      [...rows].sort((x, y) => String(x).localeCompare(String(y)));
    expect(sorted(byHeader(table).map((r) => [r.ID, r["My note"]]))).toEqual(sorted(notesBefore));
  });

  test("F3: Excel failing part-way through the deletes: the rows it removed go back in their places", async () => {
    const { excel, b, before, snapshot } = await setUp();
    const table = excel.workbook.tables[0];
    // Two untouched rows leave the dataset, one near the top and one further down.
    const untouched = table
      .column("ID")
      .filter((id) => id !== "" && !/astanatimes|q1-trend/.test(String(id)));
    const leaving = [untouched[0], untouched[untouched.length - 1]] as string[];
    serve(without(...leaving));
    const sync = excel.context.sync.bind(excel.context);
    let n = 0;
    (excel.context as { sync: () => Promise<void> }).sync = async () => {
      // Deletes go bottom up: Excel removes the lower row, then fails.
      if (++n === 4) excel.failNextSyncAfter(1);
      return sync();
    };
    const outcome = await refreshDataset(b, URL_OK);
    expect(withEnglish(outcome)).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /stopped part-way .*, so the previous rows were put back, each in its place with your values beside it\. The workbook and formulas still use dataset 2027\.1\.0/
      ),
    });
    expect(b.store.get()).toBe(snapshot);
    expect(excel.workbook.snapshot()).toBe(before);
  });

  test("F6: an insert that fails part-way leaves no half-written sheet, and a retry makes no (2)", async () => {
    const excel = createFakeExcel();
    excel.workbook.addSheet("Sheet1");
    const b = bench(excel);
    const sync = excel.context.sync.bind(excel.context);
    let n = 0;
    (excel.context as { sync: () => Promise<void> }).sync = async () => {
      if (++n === 2) excel.failNextSyncAfter(4);
      return sync();
    };
    const failed = await insertTables(b, ["projects"]);
    expect(failed.ok).toBe(false);
    expect(english(failed.said)).toMatch(
      /Tables it was creating were removed again, with the sheets it had added for them;/
    );
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    const retried = await insertTables(b, ["projects"]);
    expect(retried.ok).toBe(true);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "KZUZ Projects"]);
  });

  /** A workbook with the Trade table and its chart built; sync `fail[k]` of the next build fails after k. */
  async function chartBuilt() {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    expect((await buildChart(b, "trade", english)).ok).toBe(true);
    const failAt = (fails: Record<number, number>) => {
      const sync = excel.context.sync.bind(excel.context);
      let n = 0;
      (excel.context as { sync: () => Promise<void> }).sync = async () => {
        const after = fails[++n];
        if (after !== undefined) excel.failNextSyncAfter(after);
        return sync();
      };
    };
    return { excel, b, failAt };
  }

  test("F8: a chart rebuild that fails while building keeps the old chart and its cells", async () => {
    for (const after of [1, 5, 20, 40]) {
      const { excel, b, failAt } = await chartBuilt();
      const before = excel.workbook.snapshot();
      // Sync 3 is the build's write: clear, rewrite, the new chart; then the old one goes.
      failAt({ 3: after });
      const outcome = await buildChart(b, "trade", english);
      expect(withEnglish(outcome)).toMatchObject({
        ok: false,
        message:
          "Excel could not build the chart: GeneralException: simulated failure during sync. The previous trade chart and its cells on the sheet KZUZ Dashboard were kept as they were, so nothing was changed. Build the chart again to retry.",
      });
      expect(excel.workbook.snapshot()).toBe(before);
    }
  });

  test("F8: Excel failing once the new chart is complete: the new chart replaces the old", async () => {
    // Where the old chart's delete comes among the build's write operations (sync 3).
    const probe = await chartBuilt();
    let start = 0;
    const sync = probe.excel.context.sync.bind(probe.excel.context);
    let n = 0;
    (probe.excel.context as { sync: () => Promise<void> }).sync = async () => {
      if (++n === 3) start = probe.excel.log.length;
      return sync();
    };
    expect((await buildChart(probe.b, "trade", english)).ok).toBe(true);
    const deleteAt = probe.excel.log.slice(start).indexOf("chart.delete");
    expect(deleteAt).toBeGreaterThan(0);

    const { excel, b, failAt } = await chartBuilt();
    const [{ chart: old }] = excel.workbook.charts();
    failAt({ 3: deleteAt + 1 });
    const outcome = await buildChart(b, "trade", english);
    expect(outcome.ok).toBe(true);
    const charts = excel.workbook.charts();
    expect(charts.map((c) => c.chart.name)).toEqual(["KZUZ trade chart"]);
    expect(charts[0].chart.id).not.toBe(old.id);
  });

  test("F8: the investment chart too: a rebuild that fails while building changes nothing", async () => {
    const { excel, b, failAt } = await chartBuilt();
    expect((await buildChart(b, "investment", english)).ok).toBe(true);
    const before = excel.workbook.snapshot();
    failAt({ 3: 8 });
    const outcome = await buildChart(b, "investment", english);
    expect(outcome.ok).toBe(false);
    expect(english(outcome.said)).toMatch(
      /The previous investment chart and its cells .* were kept as they were/
    );
    expect(excel.workbook.snapshot()).toBe(before);
  });

  test("F8: a chart rebuild whose repair fails too says exactly what may have changed", async () => {
    const { b, failAt } = await chartBuilt();
    // Sync 3 fails; so does sync 6, which would put the Dashboard back.
    failAt({ 3: 5, 6: 0 });
    const outcome = await buildChart(b, "trade", english);
    expect(outcome.ok).toBe(false);
    expect(english(outcome.said)).toMatch(
      /the previous trade chart may have been removed, and its cells on the sheet KZUZ Dashboard \(A1:D22, F22, O1:S120\) cleared or partly rewritten\. Build the chart again/
    );
  });

  test("a failed rebuild names the Dashboard by the name the user gave it, not ours", async () => {
    const { excel, b, failAt } = await chartBuilt();
    const dashboard = excel.context.workbook.worksheets.getItem("KZUZ Dashboard");
    dashboard.name = "My charts";
    await excel.context.sync();
    // Kept: the build's write fails and the repair puts everything back.
    failAt({ 3: 5 });
    const kept = await buildChart(b, "trade", english);
    expect(english(kept.said)).toMatch(/its cells on the sheet My charts were kept as they were/);
    // Partly: the repair fails too.
    const again = await chartBuilt();
    const renamed = again.excel.context.workbook.worksheets.getItem("KZUZ Dashboard");
    renamed.name = "My charts";
    await again.excel.context.sync();
    again.failAt({ 3: 5, 6: 0 });
    const partly = await buildChart(again.b, "trade", english);
    expect(english(partly.said)).toMatch(
      /its cells on the sheet My charts \(A1:D22, F22, O1:S120\)/
    );
    expect(english(partly.said)).not.toMatch(/KZUZ Dashboard/);
  });

  test("F7: an action asked for while another runs is answered busy, never with the other's result", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    const fetch = serve(revised());
    const [chart, refresh, insert] = await Promise.all([
      buildChart(b, "trade", english),
      refreshDataset(b, URL_OK),
      insertTables(b, ["projects"]),
    ]);
    expect(chart.ok).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
    for (const busy of [refresh, insert]) {
      expect(busy.ok).toBe(false);
      expect(english(busy.said)).toMatch(
        /^Busy: building the trade chart is still running, so .* was not started\. Nothing was changed; try again when it finishes\.$/
      );
    }
    expect(excel.workbook.tables).toHaveLength(1);
  });
});
