import { readRowIds, readSettings, writeSettings } from "../../src/office/settings";
import { MemorySettings } from "../support/office";

test("reads what was saved, ignoring anything malformed", () => {
  expect(readSettings(undefined)).toEqual({ tableIds: {} });
  expect(
    readSettings(
      new MemorySettings({
        "kzuz.datasetUrl": 42,
        "kzuz.tableIds": { projects: "{1}", trade: 7, bogus: "x" },
      })
    )
  ).toEqual({
    datasetUrl: undefined,
    tableIds: { projects: "{1}" },
  });
});

test("writes merge table ids, clear the address when empty, and report Office's answer", async () => {
  const b = new MemorySettings({
    "kzuz.tableIds": { projects: "{1}" },
    "kzuz.datasetUrl": "https://a.example/d.json",
  });
  await expect(
    writeSettings(b, { tableIds: { trade: "{2}" }, datasetUrl: undefined })
  ).resolves.toBe(true);
  expect(readSettings(b)).toEqual({
    datasetUrl: undefined,
    tableIds: { projects: "{1}", trade: "{2}" },
  });
  await expect(
    writeSettings(new MemorySettings({}, "failed"), { datasetUrl: "https://b.example/d.json" })
  ).resolves.toBe(false);
  await expect(writeSettings(undefined, { datasetUrl: "https://b.example/d.json" })).resolves.toBe(
    false
  );
});

test("F1: the IDs of the rows the add-in wrote are kept per table, merged, and malformed ones ignored", async () => {
  const b = new MemorySettings({
    "kzuz.rowIds": { projects: ["p1"], trade: [1, "x"], bogus: ["y"] },
  });
  expect(readRowIds(b)).toEqual({ projects: ["p1"] });
  await writeSettings(b, { rowIds: { trade: ["t1", "t2"] } });
  expect(readRowIds(b)).toEqual({ projects: ["p1"], trade: ["t1", "t2"] });
  expect(readRowIds(undefined)).toEqual({});
  expect(readRowIds(new MemorySettings({ "kzuz.rowIds": "nonsense" }))).toEqual({});
});
