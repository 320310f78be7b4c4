import { DatasetStore } from "../../src/data/store";
import type { Dataset } from "../../src/data/schema";
import { readSettings } from "../../src/office/settings";
import {
  buildChart,
  defaultDatasetUrl,
  insertTables,
  refreshDataset,
  type Workbench,
} from "../../src/excel/workbench";
import { publishedDataset } from "../support/dataset";
import { createFakeExcel, type FakeExcel } from "../support/fake-excel";
import { MemorySettings } from "../support/office";

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
    expect(outcome.message).toMatch(
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
  expect(outcome.message).toMatch(/ExcelApi 1\.7.*KZUZ formulas work meanwhile/);
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
    expect(outcome.message).toContain("Dataset 2026.12.1 (as of");
    expect(outcome.message).toContain("Trade: 1 updated (trade figures).");
    // 2024's headline is Kazakh foreign minister Nurtleu's $4bn since dataset 2026.12.0.
    expect(outcome.message).toMatch(/2024 \(.*\) turnover revised \$4 billion → \$4\.4 billion/);
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
      expect(outcome.message).toMatch(why);
      expect(outcome.message).toContain(`still use dataset ${snapshot.dataset.version}`);
      expect(excel.workbook.snapshot()).toBe(before);
      expect(b.store.get()).toBe(snapshot);
    }
  );

  test("an http address is refused before anything is fetched", async () => {
    const excel = createFakeExcel();
    const fetch = serve(revised());
    const outcome = await refreshDataset(bench(excel), "http://data.example.org/kzuz.json");
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/https:\/\//);
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
    expect(outcome.message).toMatch(
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
    // Let the two reads through, then fail the write after four of its operations
    // (calculation suspended, the two removed rows deleted, one column block written).
    const sync = excel.context.sync.bind(excel.context);
    let n = 0;
    (excel.context as { sync: () => Promise<void> }).sync = async () => {
      if (++n === 3) excel.failNextSyncAfter(4);
      return sync();
    };
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/stopped part-way .* the previous rows were put back/);
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
    expect(outcome.message).toContain("only the formulas were updated");
    expect(excel.syncs).toBe(0);
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
  test("the trade chart needs the Trade table, then goes on the Dashboard, once", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    const first = await buildChart(b, "trade");
    expect(first.ok).toBe(false);
    expect(first.message).toMatch(/Trade table/);
    await insertTables(b, ["trade"]);
    const built = await buildChart(b, "trade");
    expect(built.ok).toBe(true);
    expect(built.message).toMatch(/^KZUZ trade chart is on the sheet KZUZ Dashboard\. /);
    await buildChart(b, "trade");
    expect(excel.workbook.charts().filter((c) => c.chart.name === "KZUZ trade chart")).toHaveLength(
      1
    );
  });

  test("where Excel lacks the chart APIs, it says so and writes nothing", async () => {
    const excel = createFakeExcel();
    const b = { ...bench(excel), supports: () => false };
    const outcome = await buildChart(b, "investment");
    expect(outcome.ok).toBe(false);
    expect(excel.workbook.sheets).toHaveLength(0);
  });
});
