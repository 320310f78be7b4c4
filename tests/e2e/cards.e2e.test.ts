/**
 * Issue 24's ExcelApi 1.16 route in the browser: the production build under Microsoft's own
 * office.js (@microsoft/office-js 1.1.110, the only one on the registry) and the simulated Excel
 * (tests/support/excel-host), with the host's requirement matrix at ExcelApi 1.16 and at 1.15.
 * That office.js stops at ExcelApi 1.15: Excel.Range has no valuesAsJson, so even where the host
 * declares 1.16 the add-in cannot write cards; the tables stay text and the pane says why.
 * (Cards themselves are tested on the fake workbook: tests/excel/cards.test.ts.)
 */
import type { Browser, Page } from "playwright-core";
import type { TableModel } from "../support/fake-excel";
import { axeViolations } from "./page";
import { launchBrowser } from "./server";
import { DATASET, hostOf, openWorkbook, workbook } from "./workbook-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PROJECT_NAMES = (
  JSON.parse(DATASET) as { projects: { name: { en: string } }[] }
).projects.map((p) => p.name.en);

/** Inserts the Projects table alone from the Data tab's chooser and waits for the outcome. */
async function insertProjects(page: Page): Promise<void> {
  const list = page.getByRole("list", { name: "Tables to insert" });
  const boxes = list.getByRole("checkbox");
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
  await list.getByRole("checkbox", { name: "Projects" }).check();
  await page.getByRole("button", { name: "Insert selected" }).click();
  await page.getByRole("region", { name: "Tables" }).getByText("Tables inserted").waitFor();
}

/** The Projects table's names and how many of its cells are cards, as the workbook holds them. */
function projectsTable(page: Page) {
  return workbook(page, (w) => {
    const t = w.tables.find((x) => x.name === "KZUZ_Projects") as TableModel;
    return {
      names: t.column("Name"),
      cards: [...t.sheet.cells.values()].filter((c) => c.entity !== undefined).length,
    };
  });
}

test("ExcelApi 1.16 declared, office.js 1.1.110: the pane says its office.js cannot write cards, and the table is text", async () => {
  const { page, errors } = await openWorkbook(browser, { excelApi: "1.16" });
  const tables = page.getByRole("region", { name: "Tables" });
  await tables
    .getByText(
      /This Excel supports cards \(ExcelApi 1\.16\), but the office\.js the add-in loaded is older/
    )
    .waitFor();
  expect(await page.evaluate(() => "valuesAsJson" in Excel.Range.prototype)).toBe(false);
  expect(await page.getByRole("switch").count()).toBe(0);
  await insertProjects(page);
  expect(await projectsTable(page)).toEqual({ names: PROJECT_NAMES, cards: 0 });
  // Share as values does not ask this office.js for valuesAsJson either.
  await workbook(page, (w) => {
    w.addSheet("Report").set(0, 0, { value: 4_000_000_000, formula: "=KZUZ.TRADE(2024)" });
    return 0;
  });
  await page.getByRole("button", { name: "Convert formulas to values" }).click();
  await page.getByRole("button", { name: "Convert 1 formula" }).click();
  await page
    .getByRole("region", { name: "Share without the add-in" })
    .getByText("Converted")
    .waitFor();
  const host = hostOf(page);
  expect(host.interpreter.unmodelled).toEqual([]);
  expect(JSON.stringify(host.requests)).not.toMatch(/ValuesAsJson/i);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("ExcelApi 1.15 (neither route): the pane says this Excel cannot hold cards, and the table is text", async () => {
  const { page, errors } = await openWorkbook(browser, { excelApi: "1.15" });
  await page
    .getByRole("region", { name: "Tables" })
    .getByText(
      /This Excel cannot hold cards \(it lacks ExcelApi 1\.16\): the tables hold plain text/
    )
    .waitFor();
  expect(await page.getByRole("switch").count()).toBe(0);
  await insertProjects(page);
  expect(await projectsTable(page)).toEqual({ names: PROJECT_NAMES, cards: 0 });
  expect(hostOf(page).interpreter.unmodelled).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});
