import type { Browser, Page } from "playwright-core";
import { BASE_URL, launchBrowser } from "./server";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openPane(block?: RegExp): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (block) await page.route(block, (route) => route.abort());
  await page.goto(`${BASE_URL}taskpane.html`);
  return { page, errors };
}

test("outside Excel the pane says so and how to open it in Excel, without errors", async () => {
  const { page, errors } = await openPane();
  await page.getByText("Not running in Excel").waitFor({ timeout: 15_000 });
  await expect(
    page.getByText("This page is open in a web browser, not inside Excel.").isVisible()
  ).resolves.toBe(true);
  await expect(page.getByText(/Upload My Add-in/).isVisible()).resolves.toBe(true);
  expect(errors).toEqual([]);
});

test("if office.js fails to load the pane still paints and explains", async () => {
  const { page, errors } = await openPane(/office-js\/office\.js/);
  await page.getByText("Not running in Excel").waitFor({ timeout: 15_000 });
  await expect(page.getByText(/office\.js\) could not be loaded/).isVisible()).resolves.toBe(true);
  expect(errors).toEqual([]);
});
