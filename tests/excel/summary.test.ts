import { buildIndex } from "../../src/data/query";
import { datasetViews } from "../../src/data/views";
import { tellChanges } from "../../src/excel/summary";
import type { TableChange } from "../../src/excel/tables/plan";
import { publishedDataset } from "../support/dataset";
import { english } from "../support/english";

const views = datasetViews(buildIndex(publishedDataset()));
const trade2024 = publishedDataset().trade.observations.find((o) => o.year === 2024 && o.headline)!;

/** What the pane says in English after a table write. */
const describeChanges = (changes: TableChange[], views: Parameters<typeof tellChanges>[1]) =>
  english(tellChanges(changes, views));

function change(partial: Partial<TableChange> & Pick<TableChange, "key">): TableChange {
  return {
    tableName: "T",
    created: false,
    added: [],
    removed: [],
    updated: [],
    restoredColumns: [],
    kept: [],
    clashed: [],
    ...partial,
  };
}

test("counts per table, then the value changes spelled out with units", () => {
  const text = describeChanges(
    [
      change({
        key: "projects",
        added: ["x"],
        updated: [
          { id: "icic-central-asia", changes: [{ header: "Jobs", before: 1150, after: 1200 }] },
          {
            id: "lab-complex-kashkadarya",
            changes: [{ header: "Status", before: "a", after: "b" }],
          },
        ],
      }),
      change({
        key: "trade",
        updated: [
          {
            id: trade2024.id,
            changes: [{ header: "Turnover (USD)", before: 4_300_000_000, after: 4_400_000_000 }],
          },
        ],
      }),
    ],
    views
  );
  expect(text).toBe(
    `Projects: 2 updated, 1 added (projects). Trade: 1 updated (trade figures). ` +
      `International Centre for Industrial Cooperation "Central Asia" jobs revised 1,150 → 1,200; ` +
      `Linear alkylbenzene (LAB) petrochemical complex status revised “a” → “b”; ` +
      `2024 (${trade2024.reporter}) turnover revised $4.3 billion → $4.4 billion.`
  );
});

test("a new table, no change and restored columns are each said plainly", () => {
  expect(
    describeChanges(
      [change({ key: "sources", created: true, tableName: "KZUZ_Sources", added: ["a", "b"] })],
      views
    )
  ).toBe("Sources: table KZUZ_Sources inserted with 2 rows.");
  expect(describeChanges([change({ key: "targets" })], views)).toBe("Targets: no change.");
  expect(describeChanges([change({ key: "agreements", restoredColumns: ["Domain"] })], views)).toBe(
    "Agreements: no change. Column Domain added back."
  );
});

test("F1: rows kept because the user wrote in them are counted, named and said to be marked", () => {
  expect(
    describeChanges([change({ key: "trade", removed: ["t-old"], kept: ["t-noted"] })], views)
  ).toBe(
    `Trade: 1 removed, 1 kept though no longer in the dataset (trade figures). 1 trade figure is no longer in the dataset but was kept, because you wrote in its row: t-noted; its "KZUZ status" cell says so.`
  );
});

test("beyond three value changes it counts the rest", () => {
  const updated = ["a", "b", "c", "d", "e"].map((id) => ({
    id,
    changes: [{ header: "Name", before: "x", after: "y" }],
  }));
  expect(describeChanges([change({ key: "projects", updated })], views)).toMatch(
    /; and 2 more changes\.$/
  );
});

test("F1: dataset rows not added because a row of the user's has their ID are named, with what to do", () => {
  expect(describeChanges([change({ key: "trade", clashed: ["t-1"] })], views)).toBe(
    "Trade: no change. Not added, because a row of yours already has the ID: t-1; give your row another ID and refresh again to add it."
  );
});
