/**
 * Red team round 2: rebuilding a chart touches only the cells and objects it made (G4); a renamed
 * Dashboard is still the add-in's, found by the id it saved, never made twice (G4b).
 */
import { buildChart, insertTables } from "../../../src/excel/workbench";
import { createFakeExcel } from "../../support/fake-excel";
import { bench, later } from "./bench";
import { english } from "../../support/english";

async function dashboardWithCharts() {
  const excel = createFakeExcel();
  const b = bench(excel);
  await insertTables(b, ["trade", "projects"]);
  expect((await buildChart(b, "trade", english)).ok).toBe(true);
  expect((await buildChart(b, "investment", english)).ok).toBe(true);
  return { excel, b };
}

test("G4: the user's notes on the Dashboard, in cells no build writes, survive rebuilding both charts", async () => {
  const { excel, b } = await dashboardWithCharts();
  const sheet = excel.workbook.sheet("KZUZ Dashboard")!;
  // A15 and B100 sit in the blocks the builds used to clear (A1:D22, A24:D600); P110 in O1:Q120.
  const notes: [number, number, string][] = [
    [14, 0, "Check 2019 against the customs data"],
    [99, 1, "asked the ministry"],
    [109, 15, "my scratch cell"],
  ];
  for (const [r, c, text] of notes) {
    expect(sheet.get(r, c)).toBeUndefined();
    sheet.set(r, c, { value: text });
  }
  expect((await buildChart(b, "trade", english)).ok).toBe(true);
  expect((await buildChart(b, "investment", english)).ok).toBe(true);
  for (const [r, c, text] of notes) expect(sheet.value(r, c)).toBe(text);
  expect(excel.workbook.charts()).toHaveLength(2);
});

test("G4: a rebuild with fewer rows clears the rows its last build wrote", async () => {
  const { excel, b } = await dashboardWithCharts();
  const sheet = excel.workbook.sheet("KZUZ Dashboard")!;
  const filled = () => [...sheet.cells.keys()].length;
  const before = filled();
  b.store.replace(
    later((d) => {
      d.projects = d.projects.slice(0, 3);
    }),
    { kind: "bundled" }
  );
  expect((await buildChart(b, "investment", english)).ok).toBe(true);
  expect(filled()).toBeLessThan(before);
  // Nothing of the longer list is left below the new one.
  const column = [...sheet.cells.keys()].map((k) => k.split(",").map(Number));
  const lastListRow = Math.max(...column.filter(([r, c]) => c === 0 && r >= 23).map(([r]) => r));
  expect(lastListRow).toBeLessThan(40);
});

test("G4b: a renamed Dashboard is still ours: rebuilding uses it and never adds a second one", async () => {
  const { excel, b } = await dashboardWithCharts();
  const sheet = excel.workbook.sheet("KZUZ Dashboard")!;
  sheet.name = "My charts";
  const outcome = await buildChart(b, "trade", english);
  expect(outcome.ok).toBe(true);
  expect(english(outcome.said)).toMatch(/on the sheet My charts|My charts/);
  expect(excel.workbook.sheets.map((s) => s.name)).not.toContain("KZUZ Dashboard");
  expect(excel.workbook.charts().map((c) => c.sheet)).toEqual(["My charts", "My charts"]);
});
