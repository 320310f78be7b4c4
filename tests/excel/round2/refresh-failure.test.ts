/**
 * Red team round 2 (shared/reviews/reliability-2026-12.md): a refresh Excel stops part-way leaves
 * every table exactly as it was (G1, R1), whatever operation of the write failed.
 */
import { VIEW_KEYS } from "../../../src/data/views";
import { insertTables, refreshDataset } from "../../../src/excel/workbench";
import { createFakeExcel } from "../../support/fake-excel";
import {
  URL_OK,
  addNotes,
  bench,
  differences,
  failSync,
  later,
  serve,
  withNewTradeRow,
} from "./bench";
import { english } from "../../support/english";

afterEach(() => jest.restoreAllMocks());

test("G1: a refresh that fails after rows were added leaves no blank row; the table is exactly as it was", async () => {
  let failures = 0;
  for (let after = 0; after < 16; after++) {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["trade"]);
    addNotes(excel.workbook.tables[0], { "trade-2015-astanatimes": "my note" });
    const before = excel.workbook.snapshot();
    serve(withNewTradeRow());
    failSync(excel, 3, after); // syncs 1-2 read; sync 3 is the write
    const outcome = await refreshDataset(b, URL_OK);
    if (outcome.ok) break;
    failures++;
    // Rows, values, number formats, links and the table's size: all as before.
    expect(differences(before, excel.workbook.snapshot())).toEqual([]);
    expect(english(outcome.said)).toMatch(
      /stopped part-way through updating the tables .*, so every table was put back exactly as it was/
    );
  }
  expect(failures).toBeGreaterThan(2);
});

describe("R1: Excel failing at every operation of the write", () => {
  test("R1: notes survive and no blank row is left, with rows added, revised and removed", async () => {
    let failures = 0;
    for (let after = 0; after < 30; after++) {
      const excel = createFakeExcel();
      const b = bench(excel);
      await insertTables(b, ["trade"]);
      addNotes(excel.workbook.tables[0], {
        "trade-2015-astanatimes": "first",
        "trade-2016-9m-ambassador": "second",
      });
      const before = excel.workbook.snapshot();
      serve(
        later((d) => {
          d.trade.observations = d.trade.observations.filter(
            (o) => o.id !== "trade-2016-9m-ambassador" && o.id !== "trade-2017-q1-trend"
          );
          d.trade.observations.push({
            ...structuredClone(d.trade.observations[0]),
            id: "trade-x-1",
          });
          d.trade.observations[3].value = 123_456_789;
        })
      );
      failSync(excel, 3, after);
      const outcome = await refreshDataset(b, URL_OK);
      if (outcome.ok) break;
      failures++;
      expect(differences(before, excel.workbook.snapshot())).toEqual([]);
    }
    expect(failures).toBeGreaterThan(2);
  });

  test("R1: five tables, each with rows added: every value back, no blank row anywhere", async () => {
    let failures = 0;
    for (let after = 0; after < 45; after++) {
      const excel = createFakeExcel();
      excel.workbook.addSheet("Sheet1");
      const b = bench(excel);
      await insertTables(b, VIEW_KEYS);
      const before = excel.workbook.snapshot();
      serve(
        later((d) => {
          d.trade.observations.push({
            ...structuredClone(d.trade.observations[0]),
            id: "trade-x-2",
          });
          // A new source: another table that gains a row (a project copy would clash by name).
          d.sources.push({ ...structuredClone(d.sources[0]), id: "source-x-2" });
        })
      );
      failSync(excel, 3, after);
      const outcome = await refreshDataset(b, URL_OK);
      if (outcome.ok) break;
      failures++;
      expect(english(outcome.said)).toMatch(/stopped part-way through updating the tables/);
      expect(differences(before, excel.workbook.snapshot())).toEqual([]);
    }
    expect(failures).toBeGreaterThan(2);
  });
});
