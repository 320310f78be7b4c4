import { readSettings, writeSettings } from "../../src/office/settings";
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
