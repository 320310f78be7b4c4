/**
 * What the pane says when a refresh meets a protected sheet (reliability review F5) or edits made
 * while it runs (F23): nothing was changed, and what to do, with no advice that would loop.
 */
import { DatasetStore } from "../../src/data/store";
import type { Dataset } from "../../src/data/schema";
import { insertTables, refreshDataset, type Workbench } from "../../src/excel/workbench";
import { publishedDataset } from "../support/dataset";
import { createFakeExcel, type FakeExcel } from "../support/fake-excel";
import { MemorySettings } from "../support/office";
import { english, withEnglish } from "../support/english";

const URL_OK = "https://data.example.org/kzuz.json";

function bench(excel: FakeExcel): Workbench {
  return {
    store: new DatasetStore(publishedDataset()),
    run: (batch) => batch(excel.context),
    settings: new MemorySettings(),
    baseUrl: "https://addin.example.org/taskpane.html",
    supports: () => true,
  };
}

/** A later dataset version in which the 2019 trade figures are gone (rows to remove). */
function revised(): Dataset {
  const d = structuredClone(publishedDataset()) as Dataset & { version: string };
  d.version = "2026.12.1";
  d.trade.observations = d.trade.observations.filter((o) => o.year !== 2019);
  return d;
}

beforeEach(() =>
  jest
    .spyOn(globalThis, "fetch")
    .mockImplementation(async () => new Response(JSON.stringify(revised()), { status: 200 }))
);
afterEach(() => jest.restoreAllMocks());

test("F5: a protected sheet: the refresh says so, what to do, and that nothing was changed", async () => {
  const excel = createFakeExcel();
  const b = bench(excel);
  await insertTables(b, ["trade"]);
  excel.workbook.sheet("KZUZ Trade")!.protected = true;
  const before = excel.workbook.snapshot();
  const snapshot = b.store.get();
  const outcome = await refreshDataset(b, URL_OK);
  expect(withEnglish(outcome)).toMatchObject({
    ok: false,
    message: `The sheet KZUZ Trade is protected: unprotect it (Review › Unprotect Sheet), then Refresh again. Nothing was changed. The workbook and formulas still use dataset ${snapshot.dataset.version} (as of ${snapshot.dataset.asOf}).`,
  });
  expect(english(outcome.said)).not.toMatch(/part-way|may be partly|run Refresh again/);
  expect(excel.workbook.snapshot()).toBe(before);
  expect(b.store.get()).toBe(snapshot);
});

test("F5: inserting onto an empty KZUZ sheet that is protected says so too", async () => {
  const excel = createFakeExcel();
  excel.workbook.addSheet("KZUZ Projects").protected = true;
  const outcome = await insertTables(bench(excel), ["projects"]);
  expect(withEnglish(outcome)).toMatchObject({
    ok: false,
    message:
      "The sheet KZUZ Projects is protected: unprotect it (Review › Unprotect Sheet), then Insert again. Nothing was changed.",
  });
  expect(excel.workbook.tables).toEqual([]);
});

test("F23: edits that keep landing between the read and the write stop the refresh, nothing changed", async () => {
  const excel = createFakeExcel();
  const b = bench(excel);
  await insertTables(b, ["trade"]);
  const snapshot = b.store.get();
  const coAuthor = () =>
    excel.workbook.tables[0].insertRows(0, [excel.workbook.tables[0].headers().map(() => "x")]);
  // The refresh's own syncs: find, read (edit), stop; find, read (edit), stop.
  excel.between(excel.syncs + 2, coAuthor);
  excel.between(excel.syncs + 5, coAuthor);
  const rows = excel.workbook.tables[0].rows();
  const outcome = await refreshDataset(b, URL_OK);
  expect(outcome.ok).toBe(false);
  expect(english(outcome.said)).toBe(
    `Someone edited the table KZUZ_Trade while the add-in was updating it, so it stopped. Nothing was changed: when the edits are done, Refresh again. The workbook and formulas still use dataset ${snapshot.dataset.version} (as of ${snapshot.dataset.asOf}).`
  );
  expect(excel.workbook.tables[0].rows().slice(2)).toEqual(rows);
  expect(b.store.get()).toBe(snapshot);
});

test("F23: an edit applied just as the write lands: the table is put back with the edit, and the message says nothing changed", async () => {
  const excel = createFakeExcel();
  const b = bench(excel);
  await insertTables(b, ["trade"]);
  const snapshot = b.store.get();
  const trade = excel.workbook.tables[0];
  const coAuthorRow = trade.headers().map((h) => (h === "ID" ? "" : "co-author"));
  // The refresh's syncs: find, read, write (the edit lands just before it is applied).
  excel.during(excel.syncs + 3, () => trade.insertRows(0, [coAuthorRow]));
  const rows = trade.rows();
  const outcome = await refreshDataset(b, URL_OK);
  expect(withEnglish(outcome)).toMatchObject({
    ok: false,
    message: `Someone edited the table KZUZ_Trade while the add-in was updating it, so it stopped. Nothing was changed: when the edits are done, Refresh again. The workbook and formulas still use dataset ${snapshot.dataset.version} (as of ${snapshot.dataset.asOf}).`,
  });
  expect(trade.rows()).toEqual([coAuthorRow, ...rows]);
  const ids = trade.column("ID").filter((id) => id !== "");
  expect(new Set(ids).size).toBe(ids.length);
  expect(b.store.get()).toBe(snapshot);
});
