/**
 * The pane in Chromium acting on a workbook: Microsoft's office.js talks to the simulated Excel
 * (tests/support/excel-host), whose workbook is the unit tests' model, and each test checks the
 * workbook's state, not only the messages.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { axeViolations, type OpenOptions } from "./page";
import { launchBrowser } from "./server";
import { DATASET, openWorkbook as open, select, workbook } from "./workbook-page";

const ARTIFACTS = join(__dirname, "artifacts");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The published dataset as a later version, with 2024's headline revised. */
function revised(version = "2027.1.1"): string {
  const d = JSON.parse(DATASET) as {
    version: string;
    trade: { observations: { year: number; headline?: boolean; value?: number }[] };
  };
  d.version = version;
  d.trade.observations.find((o) => o.year === 2024 && o.headline)!.value = 4_400_000_000;
  return JSON.stringify(d);
}

const openWorkbook = (options: OpenOptions & { dataset?: () => string } = {}) =>
  open(browser, options);

test("insert, refresh with a change list, restore: the workbook's tables follow, the Data tab says when", async () => {
  let dataset = DATASET;
  const { page, errors } = await openWorkbook({ dataset: () => dataset });
  await page.getByRole("button", { name: "Insert the data as tables" }).click();
  await page.getByTestId("primary-action").getByText("Tables inserted").waitFor();
  expect(await workbook(page, (w) => w.tables.map((t) => t.name))).toEqual([
    "KZUZ_Projects",
    "KZUZ_Agreements",
    "KZUZ_Trade",
    "KZUZ_Targets",
    "KZUZ_Sources",
  ]);
  // How many trade figures of $4.4bn the Trade table holds: 2024's headline is revised to that.
  const at44 = () =>
    workbook(
      page,
      (w) =>
        w.tables
          .find((t) => t.name === "KZUZ_Trade")!
          .column("Turnover (USD)")
          .filter((v) => v === 4_400_000_000).length
    );
  const before = await at44();

  dataset = revised();
  await page.getByRole("button", { name: "Refresh the data" }).click();
  await page.getByTestId("primary-action").getByText("Refreshed").waitFor();
  expect(await at44()).toBe(before + 1);
  const changes = await workbook(page, (w) =>
    w.tables.find((t) => t.name === "KZUZ_Changes")!.rows()
  );
  expect(changes.map((r) => [r[1], r[2], r[3]])).toContainEqual(["2027.1.1", "Trade", "revised"]);
  expect(await page.getByTestId("refreshes").textContent()).toMatch(
    /^Projects, Agreements, Trade, Targets, Sources: \d{4}-\d\d-\d\d \d\d:\d\d UTC, dataset 2027\.1\.1/
  );
  await page.screenshot({
    path: join(ARTIFACTS, "data-tab-after-refresh-320.png"),
    fullPage: true,
  });
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Restore dataset 2027.1.0" }).click();
  await page.getByRole("region", { name: "Refresh" }).getByText("Restored").waitFor();
  expect(await at44()).toBe(before);
  expect(await page.getByTestId("dataset-version").count()).toBe(0); // About is not open
  await page.getByRole("tab", { name: "About" }).click();
  expect(await page.getByTestId("dataset-version").textContent()).toMatch(/^Version 2027\.1\.0/);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("on open, a later published dataset is announced, and nothing is written", async () => {
  const { page } = await openWorkbook({ dataset: () => revised("2027.1.5") });
  const notice = page.getByTestId("newer-dataset");
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(
    /Dataset 2027\.1\.5 .* is published; you use 2027\.1\.0/
  );
  expect(await workbook(page, (w) => w.tables.length)).toBe(0);
  await page.context().close();
});

test("converting KZUZ formulas to values: a count first, then values and their sources", async () => {
  const { page } = await openWorkbook();
  await workbook(page, (w) => {
    const s = w.addSheet("Report");
    s.set(0, 0, { value: 4_000_000_000, formula: "=KZUZ.TRADE(2024)" });
    s.set(1, 0, { value: 3, formula: "=SUM(1,2)" });
    return 0;
  });
  await page.getByRole("button", { name: "Convert formulas to values" }).click();
  await page.getByText(/^1 KZUZ formula found in this workbook \(1 sheet\)/).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Convert 1 formula" }).click();
  await page
    .getByRole("region", { name: "Share without the add-in" })
    .getByText("Converted")
    .waitFor();
  expect(await workbook(page, (w) => w.formulas())).toEqual([
    { sheet: "Report", at: "1,0", formula: "=SUM(1,2)" },
  ]);
  expect(await workbook(page, (w) => w.sheet("Report")!.value(0, 0))).toBe(4_000_000_000);
  expect(await workbook(page, (w) => w.sheet("KZUZ Formula Sources")!.value(1, 1))).toBe(
    "=KZUZ.TRADE(2024)"
  );
  await page.context().close();
});

test("converting only the selected cells leaves the other KZUZ formulas", async () => {
  const { page } = await openWorkbook();
  await workbook(page, (w) => {
    const s = w.addSheet("Report");
    s.set(0, 0, { value: 4_000_000_000, formula: "=KZUZ.TRADE(2024)" });
    s.set(1, 0, { value: 0.5, formula: "=KZUZ.PROGRESS()" });
    return 0;
  });
  await select(page, "Report", "A2:B3");
  await page.getByRole("button", { name: "Only the selected cells" }).click();
  await page.getByText(/^1 KZUZ formula found in the selected cells\./).waitFor();
  await page.getByRole("button", { name: "Convert 1 formula" }).click();
  await page
    .getByRole("region", { name: "Share without the add-in" })
    .getByText("Converted")
    .waitFor();
  expect(await workbook(page, (w) => w.formulas())).toEqual([
    { sheet: "Report", at: "0,0", formula: "=KZUZ.TRADE(2024)" },
  ]);
  await page.context().close();
});

test("a chart is built on the workbook from the Trade table", async () => {
  const { page } = await openWorkbook();
  const tables = page.getByRole("region", { name: "Tables" });
  for (const name of ["Projects", "Agreements", "Targets", "Sources"])
    await tables.getByRole("checkbox", { name }).uncheck();
  await tables.getByRole("button", { name: "Insert selected" }).click();
  await tables.getByText("Tables inserted").waitFor();
  expect(await workbook(page, (w) => w.tables.map((t) => t.name))).toEqual(["KZUZ_Trade"]);
  await page.getByRole("tab", { name: "Charts" }).click();
  await page.getByRole("button", { name: "Build trade chart" }).click();
  await page.getByRole("region", { name: "Charts" }).getByText("Chart built").waitFor();
  expect(await workbook(page, (w) => w.charts().length)).toBe(1);
  await page.context().close();
});

test("axe clean at 320 px in light, dark and forced colours with the new Data tab parts shown", async () => {
  for (const options of [
    { colorScheme: "light" as const },
    { colorScheme: "dark" as const },
    { forcedColors: "active" as const },
  ]) {
    let dataset = DATASET;
    const { page } = await openWorkbook({ ...options, dataset: () => dataset });
    await page.getByRole("button", { name: "Insert the data as tables" }).click();
    await page.getByTestId("primary-action").getByText("Tables inserted").waitFor();
    dataset = revised();
    await page.getByRole("button", { name: "Refresh the data" }).click();
    await page.getByTestId("primary-action").getByText("Refreshed").waitFor();
    await page.getByRole("button", { name: "Restore dataset 2027.1.0" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }
  // Three pages, each inserting, refreshing and scanning: more than the default minute when busy.
}, 150_000);

test("one click on a workbook without tables: the trade chart inserts the Trade table, says so, and builds", async () => {
  const { page, errors } = await openWorkbook();
  await page.getByRole("tab", { name: "Charts" }).click();
  await page.getByRole("button", { name: "Build trade chart" }).click();
  const charts = page.getByRole("region", { name: "Charts" });
  await charts.getByText("Chart built").waitFor();
  expect(
    await charts
      .getByText(
        "The trade chart reads the Trade table (KZUZ_Trade), which was not in this workbook, so it was inserted first."
      )
      .first()
      .isVisible()
  ).toBe(true);
  expect(await workbook(page, (w) => w.tables.map((t) => t.name))).toEqual(["KZUZ_Trade"]);
  expect(await workbook(page, (w) => w.charts().length)).toBe(1);
  // The investment chart, too, builds without asking for a table first.
  await page.getByRole("button", { name: "Build investment chart" }).click();
  for (let tries = 0; tries < 50 && (await workbook(page, (w) => w.charts().length)) < 2; tries++)
    await page.waitForTimeout(100);
  expect(await workbook(page, (w) => w.charts().length)).toBe(2);
  await charts.getByText("Chart built").waitFor();
  expect(errors).toEqual([]);
  await page.context().close();
});
