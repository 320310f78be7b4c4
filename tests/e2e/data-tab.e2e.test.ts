/**
 * The Data tab's tables to choose (issue 23: choose before inserting) in Chromium on the simulated
 * Excel: two tables chosen with the keyboard only, inserted, then Go to sheet, checked on the
 * host's workbook (its active sheet and selection); and in every language at 320×700 the main
 * action above the fold, the list and an open preview no wider than the pane, axe clean.
 * Screenshots of the Data tab, a preview open, are kept in tests/e2e/artifacts (git-ignored).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { LOCALES } from "../../src/i18n/locales";
import { axeViolations } from "./page";
import { launchBrowser } from "./server";
import { openWorkbook, workbook } from "./workbook-page";

const ARTIFACTS = join(__dirname, "artifacts");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return el?.getAttribute("aria-label") || label || (el?.textContent ?? "").trim();
  });

/** `read()` once it equals `want`, or its last value after 5 s (then the test's expect fails). */
async function settled<T>(read: () => Promise<T>, want: T): Promise<T> {
  let value = await read();
  for (let i = 0; i < 50 && JSON.stringify(value) !== JSON.stringify(want); i++) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** Presses Tab until the focus is on `name` (at most `max` times). */
async function tabTo(page: Page, name: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${name}`);
}

test("keyboard only: untick three tables, preview one, insert two, then Go to sheet", async () => {
  const { page, errors } = await openWorkbook(browser);
  const tables = page.getByRole("region", { name: "Tables" });
  await tables.getByRole("list", { name: "Tables to insert" }).waitFor();
  await page.getByRole("tab", { name: "Data" }).focus();
  for (const name of ["Projects", "Agreements", "Targets"]) {
    await tabTo(page, name);
    await page.keyboard.press("Space");
  }
  // The Sources preview, opened with Enter, read as a table with its caption.
  await tabTo(page, "Preview the Sources table");
  await page.keyboard.press("Enter");
  const preview = tables.getByRole("table", {
    name: /^Sources: the first 3 of \d+ rows; 2 of 7 columns\.$/,
  });
  await preview.waitFor();
  expect(await preview.getByRole("columnheader").allTextContents()).toEqual(["Publisher", "Date"]);
  expect(await preview.getByRole("row").count()).toBe(4);

  await tabTo(page, "Insert selected");
  await page.keyboard.press("Enter");
  await tables.getByText("2 tables in the workbook: KZUZ_Trade, KZUZ_Sources.").waitFor();
  expect(await workbook(page, (w) => w.tables.map((t) => t.name))).toEqual([
    "KZUZ_Trade",
    "KZUZ_Sources",
  ]);
  const goTo = tables.getByRole("group", { name: "Go to sheet:" });
  expect(await goTo.getByRole("button").allTextContents()).toEqual(["Trade", "Sources"]);
  await tables.screenshot({ path: join(ARTIFACTS, "data-tab-en-320x700-inserted.png") });
  // Excel is elsewhere when the user asks to go.
  await workbook(page, (w) => w.activate(w.sheet("Sheet1")!, "C3"));
  await tabTo(page, "Trade");
  await page.keyboard.press("Enter");
  const rows = await workbook(page, (w) => w.table("KZUZ_Trade")!.height);
  const want = { sheet: "KZUZ Trade", address: `A1:L${rows + 1}` };
  const where = () =>
    workbook(page, (w) => ({ sheet: w.selection.sheet, address: w.selection.address }));
  expect(await settled(where, want)).toEqual(want);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("after building a chart, Go to sheet shows the Dashboard with the chart selected", async () => {
  const { page } = await openWorkbook(browser);
  await page.getByRole("tab", { name: "Charts" }).click();
  await page.getByRole("button", { name: "Build investment chart" }).click();
  const charts = page.getByRole("region", { name: "Charts" });
  await charts.getByText("Chart built").waitFor();
  await workbook(page, (w) => w.activate(w.sheet("Sheet1")!, "A1"));
  await charts.getByRole("button", { name: "Go to sheet: Investment chart" }).click();
  const want = { sheet: "KZUZ Dashboard", chart: "KZUZ investment chart" };
  const where = () =>
    workbook(page, (w) => ({ sheet: w.selection.sheet, chart: w.selection.chart }));
  expect(await settled(where, want)).toEqual(want);
  await page.context().close();
});

describe.each(LOCALES.map((l) => [l.lang, l.office]))("the Data tab in %s (%s)", (lang, office) => {
  test("at 320×700: the main action above the fold; the list and a preview fit the pane; axe clean", async () => {
    const { page, errors } = await openWorkbook(browser, {
      displayLanguage: office,
      width: 320,
      height: 700,
    });
    const primary = page.getByTestId("primary-action").getByRole("button");
    const box = await primary.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(700);

    const list = page.locator("section[aria-labelledby='kzuz-tables-heading'] ul");
    await list.waitFor();
    expect(await list.getByRole("checkbox").count()).toBe(5);
    // The first table's preview open, as a user looking before inserting would have it.
    await list.locator("li").first().getByRole("button").click();
    await list.getByRole("table").waitFor();
    const insert = page
      .locator("section[aria-labelledby='kzuz-tables-heading']")
      .getByRole("button")
      .last();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      table: document.querySelector("section[aria-labelledby='kzuz-tables-heading'] table")!
        .scrollWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(320);
    expect(widths.table).toBeLessThanOrEqual(320);
    const insertBox = await insert.boundingBox();
    expect(insertBox!.x + insertBox!.width).toBeLessThanOrEqual(320);
    await page.screenshot({
      path: join(ARTIFACTS, `data-tab-${lang}-320x700.png`),
      fullPage: true,
    });
    // The list alone, for a person to read the words at full size.
    await page
      .locator("section[aria-labelledby='kzuz-tables-heading']")
      .screenshot({ path: join(ARTIFACTS, `data-tab-${lang}-320x700-tables.png`) });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
