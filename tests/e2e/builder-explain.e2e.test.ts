/**
 * The formula builder and "explain this cell" in Chromium, under Microsoft's office.js with the
 * simulated Excel (tests/support/excel-host): the builder writes its formula into the selected
 * cell, and the Explain tab follows the selection through Excel's selection events (ExcelApi 1.9),
 * which the host raises as Excel does, through office.js's RichApi events.
 */
import type { Browser, Page } from "playwright-core";
import { axeViolations } from "./page";
import { launchBrowser } from "./server";
import { setPaneVisible } from "../support/excel-host/host";
import { hostOf, openWorkbook, select, workbook } from "./workbook-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FORMULA = '=KZUZ.INVESTMENT("Kashka-Daria")';

/** The formula the builder shows. */
const shownFormula = (page: Page) => page.getByRole("textbox", { name: "Formula" }).inputValue();

/** Waits until the builder shows `formula` (5 s at most); returns what it shows then. */
async function formulaBecomes(page: Page, formula: string): Promise<string> {
  for (let tries = 0; tries < 50 && (await shownFormula(page)) !== formula; tries++)
    await page.waitForTimeout(100);
  return shownFormula(page);
}

test("formula builder at 320 px, keyboard only: INVESTMENT of a typed name, previewed, inserted into the selected cell", async () => {
  const { page, errors } = await openWorkbook(browser);
  await page.getByRole("tab", { name: "Formulas" }).click();
  const fn = page.getByRole("combobox", { name: /^Function/ });
  await fn.waitFor();
  // Away from INVESTMENT and back, with the keyboard only.
  await fn.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  expect(await formulaBecomes(page, "=KZUZ.ASOF()")).toBe("=KZUZ.ASOF()");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Home");
  await page.keyboard.press("Enter");
  expect(await formulaBecomes(page, "=KZUZ.INVESTMENT()")).toBe("=KZUZ.INVESTMENT()");
  expect(await fn.textContent()).toContain("KZUZ.INVESTMENT");

  const query = page.getByRole("combobox", { name: /^Query/ });
  await query.focus();
  await page.keyboard.type("Kashka-Daria");
  await page.getByText("Matches Kashkadarya region (region, 1 project).").waitFor();
  const answer = page.getByRole("region", { name: "Answer" });
  await answer.getByText(/\$250 million/).waitFor();
  expect(await shownFormula(page)).toBe(FORMULA);
  // Checked with the list of names closed: open, Fluent's listbox sits in a portal outside the
  // page's landmarks, which axe's "region" rule (a best practice, not a WCAG criterion) flags.
  await page.keyboard.press("Escape");
  expect(await shownFormula(page)).toBe(FORMULA);
  expect(await axeViolations(page)).toEqual([]);

  await select(page, "Sheet1", "C4");
  await page.getByRole("button", { name: "Insert into the selected cell" }).focus();
  await page.keyboard.press("Enter");
  await page
    .getByRole("tabpanel", { name: "Formulas" })
    .getByText(`Inserted ${FORMULA} into Sheet1!C4.`)
    .waitFor();
  expect(await workbook(page, (w) => w.formulas())).toEqual([
    { sheet: "Sheet1", at: "3,2", formula: FORMULA },
  ]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("explain follows the selection: a KZUZ formula with its function and linked sources, then a row of KZUZ_Projects", async () => {
  const { page, errors } = await openWorkbook(browser);
  await page.getByRole("button", { name: "Insert the data as tables" }).click();
  await page.getByTestId("primary-action").getByText("Tables inserted").waitFor();
  await workbook(page, (w) => {
    w.sheet("Sheet1")!.set(1, 1, {
      value: 250_000_000,
      formula: '=KZUZ.INVESTMENT("Kashka-Daria")',
    });
    return 0;
  });
  await select(page, "Sheet1", "B2");
  await page.getByRole("tab", { name: "Explain" }).click();
  const pane = page.getByRole("tabpanel", { name: "Explain" }).getByRole("status");
  // The value as the pane writes money, the address after the first sentence.
  await pane.getByText("This cell shows $250 million.", { exact: true }).waitFor();
  expect(await pane.getByText("Sheet1!B2", { exact: true }).count()).toBe(1);
  const call = pane.getByRole("region", { name: "KZUZ.INVESTMENT" });
  expect(await call.getByRole("heading").textContent()).toBe(FORMULA.slice(1));
  await call.getByText(/\$250 million/).waitFor();
  expect(await call.getByRole("link", { name: "How KZUZ.INVESTMENT works (help)" }).count()).toBe(
    1
  );
  // Each source's title is a real link; Copy citation gives the figure and its source in one line.
  const sources = call.getByRole("listitem").getByRole("link");
  expect(await sources.count()).toBeGreaterThan(0);
  for (const href of await sources.evaluateAll((links) => links.map((a) => a.getAttribute("href"))))
    expect(href).toMatch(/^https:\/\//);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await call.getByRole("button", { name: "Copy citation" }).click();
  await call.getByText(/^Copied: /).waitFor();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  const firstTitle = await sources.first().textContent();
  const firstHref = await sources.first().getAttribute("href");
  expect(citation).toMatch(/^\$250 million\. Source: /);
  expect(citation).toContain(`“${firstTitle}”`);
  expect(citation.endsWith(`, ${firstHref}`)).toBe(true);
  // No button to press: the tab follows the selection.
  expect(await page.getByRole("button", { name: "Explain the selected cell" }).count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);

  // The second body row of KZUZ_Projects, as the workbook holds it.
  const at = await workbook(page, (w) => {
    const t = w.tables.find((x) => x.name === "KZUZ_Projects")!;
    const letter = String.fromCharCode(65 + t.col0 + 1);
    return {
      sheet: t.sheet.name,
      address: `${letter}${t.row0 + 3}`,
      headers: t.headers(),
      row: t.rows()[1],
    };
  });
  await select(page, at.sheet, at.address);
  const row = page.getByText(new RegExp(`is in a row of KZUZ_Projects\\.$`));
  await row.waitFor();
  expect(await row.textContent()).toMatch(
    new RegExp(`!${at.address} is in a row of KZUZ_Projects\\.$`)
  );
  // The record's name heads it, and every column of the row is listed with its value.
  const name = String(at.row[at.headers.indexOf("Name")]);
  expect(await pane.getByRole("heading").textContent()).toMatch(new RegExp(`: ${name}$`));
  expect(await pane.locator("dt").allTextContents()).toEqual(at.headers);
  // Values as the pane writes them: text without quotes, the amount with its unit.
  expect(await pane.locator("dd").first().textContent()).toBe(
    String(at.row[at.headers.indexOf("ID")])
  );
  const amount = at.row[at.headers.indexOf("Investment (USD)")];
  if (typeof amount === "number")
    expect(
      await pane.locator("dd").nth(at.headers.indexOf("Investment (USD)")).textContent()
    ).toMatch(/^\$[\d.]+ (million|billion)$/);
  expect(await pane.getByRole("listitem").getByRole("link").count()).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);

  // Hiding the pane removes the selection handler (office.js unregisters it with Excel:
  // _UnregisterSelectionChangedEvent); showing it again reads the cell afresh and follows the
  // selection again.
  const host = hostOf(page);
  const handlers = async (n: number) => {
    for (let tries = 0; tries < 50 && host.selectionHandlers !== n; tries++)
      await page.waitForTimeout(100);
    return host.selectionHandlers;
  };
  expect(await handlers(1)).toBe(1);
  await setPaneVisible(host, false);
  expect(await handlers(0)).toBe(0);
  await select(page, "Sheet1", "B2");
  await setPaneVisible(host, true);
  await pane.getByText("This cell shows $250 million.", { exact: true }).waitFor();
  expect(await handlers(1)).toBe(1);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("before ExcelApi 1.9 the Explain tab reads the selection when asked", async () => {
  const { page } = await openWorkbook(browser, { excelApi: "1.8" });
  await workbook(page, (w) => {
    w.sheet("Sheet1")!.set(2, 0, {
      value: 250_000_000,
      formula: '=KZUZ.INVESTMENT("Kashka-Daria")',
    });
    return 0;
  });
  await page.getByRole("tab", { name: "Explain" }).click();
  await page.getByText(/^Sheet1!A1 holds no KZUZ formula/).waitFor();
  await select(page, "Sheet1", "A3");
  const button = page.getByRole("button", { name: "Explain the selected cell" });
  await button.click();
  await page.getByText("This cell shows $250 million.").waitFor();
  await page.context().close();
});

test("axe clean at 320 px on the Formulas and Explain tabs in dark and forced colours", async () => {
  for (const options of [{ colorScheme: "dark" as const }, { forcedColors: "active" as const }]) {
    const { page } = await openWorkbook(browser, options);
    await page.getByRole("tab", { name: "Formulas" }).click();
    await page.getByRole("combobox", { name: /^Query/ }).fill("Kashka-Daria");
    await page.getByText("Matches Kashkadarya region (region, 1 project).").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await workbook(page, (w) => {
      w.sheet("Sheet1")!.set(0, 0, {
        value: 250_000_000,
        formula: '=KZUZ.INVESTMENT("Kashka-Daria")',
      });
      return 0;
    });
    await page.getByRole("tab", { name: "Explain" }).click();
    await page.getByText("This cell shows $250 million.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }
});
