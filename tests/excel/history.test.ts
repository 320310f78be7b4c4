import type { Dataset } from "../../src/data/schema";
import { DatasetStore } from "../../src/data/store";
import { CHANGES_HEADERS, changeRows } from "../../src/excel/changes";
import { insertRemembered, refreshRemembered, restorePrevious } from "../../src/excel/history";
import type { Workbench } from "../../src/excel/workbench";
import { PREVIOUS_SLOT_KEY, readPrevious, readRefreshes } from "../../src/office/history";
import { publishedDataset } from "../support/dataset";
import { createFakeExcel, type FakeExcel } from "../support/fake-excel";
import { MemorySettings, MemoryStorage } from "../support/office";
import { english, withEnglish } from "../support/english";

const URL_OK = "https://data.example.org/kzuz.json";

function bench(excel: FakeExcel): Workbench & { settings: MemorySettings } {
  return {
    store: new DatasetStore(publishedDataset()),
    run: (batch) => batch(excel.context),
    settings: new MemorySettings({ "kzuz.datasetUrl": URL_OK }),
    baseUrl: "https://addin.example.org/taskpane.html",
    supports: () => true,
  };
}

/** The published dataset with the 2024 headline revised and 2019 dropped, as a later version. */
function revised(version = "2026.12.1"): Dataset {
  const d = structuredClone(publishedDataset()) as Dataset & { version: string };
  d.version = version;
  d.trade.observations.find((o) => o.year === 2024 && o.headline)!.value = 4_400_000_000;
  d.trade.observations = d.trade.observations.filter((o) => o.year !== 2019);
  return d;
}

function serve(body: unknown) {
  return jest
    .spyOn(globalThis, "fetch")
    .mockImplementation(async () => new Response(JSON.stringify(body), { status: 200 }));
}

afterEach(() => jest.restoreAllMocks());

const clock = (iso: string) => () => new Date(iso);

test("inserting remembers, per table, when it was written and from which dataset", async () => {
  const b = bench(createFakeExcel());
  await insertRemembered(b, ["trade"], clock("2026-12-01T08:00:00Z"));
  expect(readRefreshes(b.settings)).toEqual({
    trade: { at: "2026-12-01T08:00:00.000Z", version: "2027.1.0", asOf: "2026-12-07" },
  });
});

describe("a refresh", () => {
  test("records time and version per table, keeps the replaced dataset, and lists the changes newest first", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    const storage = new MemoryStorage();
    await insertRemembered(b, ["trade"]);
    serve(revised());
    const first = await refreshRemembered(b, { storage, now: clock("2026-12-01T09:00:00Z") });
    expect(first.ok).toBe(true);
    expect(english(first.said)).toMatch(/listed, newest first, on the sheet KZUZ Changes\.$/);
    expect(readRefreshes(b.settings).trade).toEqual({
      at: "2026-12-01T09:00:00.000Z",
      version: "2026.12.1",
      asOf: "2026-12-07",
    });
    expect(readPrevious(b.settings)).toEqual({ version: "2027.1.0", asOf: "2026-12-07" });
    expect(JSON.parse(storage.items.get(PREVIOUS_SLOT_KEY)!).version).toBe("2027.1.0");

    const list = excel.workbook.table("KZUZ_Changes")!;
    expect(list.sheet.name).toBe("KZUZ Changes");
    expect(list.headers()).toEqual([...CHANGES_HEADERS]);
    const kinds = list.rows().map((r) => r[3]);
    expect(kinds).toContain("revised");
    expect(kinds).toContain("removed");
    const revisedRow = list.rows().find((r) => r[3] === "revised")!;
    expect(revisedRow.slice(0, 3)).toEqual(["2026-12-01 09:00", "2026.12.1", "Trade"]);
    expect(revisedRow[5]).toMatch(/4300000000 → 4400000000/);

    // A second refresh puts its rows above the first one's.
    const again = revised("2026.12.2");
    again.trade.observations.find((o) => o.year === 2024 && o.headline)!.value = 4_500_000_000;
    serve(again);
    await refreshRemembered(b, { storage, now: clock("2026-12-02T09:00:00Z") });
    const rows = excel.workbook.table("KZUZ_Changes")!.rows();
    expect(rows[0].slice(0, 2)).toEqual(["2026-12-02 09:00", "2026.12.2"]);
    expect(rows.at(-1)![0]).toBe("2026-12-01 09:00");
    expect(rows).toHaveLength(list.rows().length);
    expect(readPrevious(b.settings)).toEqual({
      version: "2026.12.1",
      asOf: "2026-12-07",
      url: URL_OK,
    });
    // Nothing in the list became a formula.
    expect(excel.workbook.formulas()).toEqual([]);
  });

  test("a refresh to the same version keeps what restore would put back", async () => {
    const b = bench(createFakeExcel());
    const storage = new MemoryStorage();
    serve(publishedDataset());
    const outcome = await refreshRemembered(b, { storage });
    expect(outcome.ok).toBe(true);
    expect(readPrevious(b.settings)).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });

  test("a failed refresh records nothing", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    const storage = new MemoryStorage();
    await insertRemembered(b, ["trade"], clock("2026-12-01T08:00:00Z"));
    jest
      .spyOn(globalThis, "fetch")
      .mockImplementation(async () => new Response("{}", { status: 503 }));
    const outcome = await refreshRemembered(b, { storage });
    expect(outcome.ok).toBe(false);
    expect(readRefreshes(b.settings).trade?.at).toBe("2026-12-01T08:00:00.000Z");
    expect(excel.workbook.table("KZUZ_Changes")).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });
});

describe("restoring the previous dataset", () => {
  test("puts it back in force, rewrites the tables with it, and lists that as changes", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    const storage = new MemoryStorage();
    await insertRemembered(b, ["trade"]);
    const original = excel.workbook.table("KZUZ_Trade")!.rows();
    serve(revised());
    await refreshRemembered(b, { storage });
    jest.restoreAllMocks();
    const fetch = serve(revised("9.9.9"));
    const outcome = await restorePrevious(b, { storage, now: clock("2026-12-03T10:00:00Z") });
    expect(outcome.ok).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
    expect(english(outcome.said)).toContain("Dataset 2027.1.0 (as of 2026-12-07) is now in use");
    expect(b.store.get().dataset.version).toBe("2027.1.0");
    const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sorted(excel.workbook.table("KZUZ_Trade")!.rows())).toEqual(sorted(original));
    // The dataset it replaced is now the one to restore: restore goes back and forth.
    expect(readPrevious(b.settings)?.version).toBe("2026.12.1");
    const top = excel.workbook.table("KZUZ_Changes")!.rows()[0];
    expect(top.slice(0, 2)).toEqual(["2026-12-03 10:00", "2027.1.0"]);
  });

  test("says so, and changes nothing, when there is nothing to restore", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    const none = await restorePrevious(b, { storage: new MemoryStorage() });
    expect(withEnglish(none)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no earlier dataset/),
    });
    b.settings.set("kzuz.previousDataset", { version: "2026.11.0", asOf: "2026-11-01" });
    const storage = new MemoryStorage();
    // Another version's copy (another workbook's) is not taken for this one's.
    storage.items.set(PREVIOUS_SLOT_KEY, JSON.stringify(revised("2026.10.0")));
    const gone = await restorePrevious(b, { storage });
    expect(gone.ok).toBe(false);
    expect(english(gone.said)).toMatch(/2026\.11\.0 .* no longer kept on this computer/);
    expect(b.store.get().dataset.version).toBe("2027.1.0");
    expect(excel.syncs).toBe(0);
  });
});

test("change rows: text that looks like a formula is written as text", () => {
  const rows = changeRows(
    [
      {
        key: "projects",
        tableName: "KZUZ_Projects",
        created: false,
        added: ["=HYPERLINK(1)"],
        removed: [],
        updated: [],
        restoredColumns: [],
        kept: [],
        clashed: [],
      },
    ],
    new Date("2026-12-01T09:00:00Z"),
    "2026.12.1"
  );
  expect(rows).toEqual([
    ["2026-12-01 09:00", "2026.12.1", "Projects", "added", "'=HYPERLINK(1)", "new in this version"],
  ]);
});
