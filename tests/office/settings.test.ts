import { readSettings, writeSettings, type SettingsBag } from "../../src/office/settings";

function bag(initial: Record<string, unknown> = {}, status = "succeeded") {
  const values = new Map(Object.entries(initial));
  const b: SettingsBag & { values: Map<string, unknown> } = {
    values,
    get: (n) => values.get(n),
    set: (n, v) => void values.set(n, v),
    remove: (n) => void values.delete(n),
    saveAsync: (cb) => cb?.({ status } as unknown as Office.AsyncResult<void>),
  };
  return b;
}

test("reads what was saved, ignoring anything malformed", () => {
  expect(readSettings(undefined)).toEqual({ tableIds: {} });
  expect(
    readSettings(
      bag({ "kzuz.datasetUrl": 42, "kzuz.tableIds": { projects: "{1}", trade: 7, bogus: "x" } })
    )
  ).toEqual({
    datasetUrl: undefined,
    tableIds: { projects: "{1}" },
  });
});

test("writes merge table ids, clear the address when empty, and report Office's answer", async () => {
  const b = bag({
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
    writeSettings(bag({}, "failed"), { datasetUrl: "https://b.example/d.json" })
  ).resolves.toBe(false);
  await expect(writeSettings(undefined, { datasetUrl: "https://b.example/d.json" })).resolves.toBe(
    false
  );
});
