import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { pngSize } from "../../scripts/check-manifest";
import { BASE_URL, launchBrowser } from "./server";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openPane(
  options: { block?: RegExp; colorScheme?: "light" | "dark"; forcedColors?: "active" | "none" } = {}
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    colorScheme: options.colorScheme,
    forcedColors: options.forcedColors,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (options.block) await page.route(options.block, (route) => route.abort());
  await page.goto(`${BASE_URL}taskpane.html`);
  return { page, errors };
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            c: Document
          ) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  });
}

test("outside Excel the pane previews the dataset read-only and says how to open it in Excel", async () => {
  const { page, errors } = await openPane();
  await page.getByText("Not running in Excel").waitFor({ timeout: 15_000 });
  expect(
    await page.getByText("This page is open in a web browser, not inside Excel.").isVisible()
  ).toBe(true);
  expect(await page.getByText(/Upload My Add-in/).isVisible()).toBe(true);
  expect(await page.getByText("Joint projects (7 rows)").isVisible()).toBe(true);
  expect(await page.getByRole("cell", { name: "lab-complex-kashkadarya" }).isVisible()).toBe(true);
  expect(await page.getByRole("cell", { name: "$250 million" }).isVisible()).toBe(true);
  await page.getByRole("button", { name: "Trade" }).click();
  expect(await page.getByText(/^Bilateral trade \(\d+ rows\)$/).isVisible()).toBe(true);
  expect(errors).toEqual([]);
});

test("the preview passes an axe accessibility scan, in light, dark and forced colors", async () => {
  for (const options of [
    { colorScheme: "light" as const },
    { colorScheme: "dark" as const },
    { forcedColors: "active" as const },
  ]) {
    const { page } = await openPane(options);
    await page.getByText("Joint projects (7 rows)").waitFor({ timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }
});

test("the preview is usable from the keyboard alone", async () => {
  const { page } = await openPane();
  await page.getByText("Joint projects (7 rows)").waitFor({ timeout: 15_000 });
  const focused: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    focused.push(
      await page.evaluate(() => (document.activeElement?.textContent ?? "").trim().slice(0, 30))
    );
  }
  expect(focused).toContain("Agreements");
  // Choose the Agreements table with the keyboard.
  await page.getByRole("button", { name: "Agreements" }).focus();
  await page.keyboard.press("Enter");
  expect(await page.getByText(/^Agreements \(\d+ rows\)$/).isVisible()).toBe(true);
});

test("the progress view is drawn: a screenshot of it shows a real area", async () => {
  const { page } = await openPane();
  const progress = page.getByTestId("progress");
  await progress.waitFor({ timeout: 15_000 });
  const file = join(tmpdir(), `kzuz-progress-${process.pid}.png`);
  await progress.screenshot({ path: file });
  const size = pngSize(readFileSync(file));
  expect(size?.width).toBeGreaterThan(200);
  expect(size?.height).toBeGreaterThan(60);
  expect(await progress.getByRole("progressbar", { name: /^Trade in 2025/ }).isVisible()).toBe(
    true
  );
  // One bar for the latest year against the target, then one per year with a headline figure.
  expect(await progress.getByRole("progressbar").count()).toBe(9);
  expect(
    await progress
      .getByRole("progressbar", { name: "2017: $2 billion, 20.0% of the target" })
      .isVisible()
  ).toBe(true);
  expect(
    await progress
      .getByText(/Trade in 2025: \$4\.97 billion, 49\.7% of the \$10 billion target for 2030/)
      .isVisible()
  ).toBe(true);
});

test("if office.js fails to load the pane still paints, previews the data and explains", async () => {
  const { page, errors } = await openPane({ block: /office-js\/office\.js/ });
  await page.getByText("Not running in Excel").waitFor({ timeout: 15_000 });
  expect(await page.getByText(/office\.js\) could not be loaded/).isVisible()).toBe(true);
  expect(await page.getByText("Joint projects (7 rows)").isVisible()).toBe(true);
  expect(errors).toEqual([]);
});

describe("inside Excel (a stand-in Office that answers as Excel, so the real pane renders)", () => {
  async function openInExcel(): Promise<Page> {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    // office.js is replaced by a stand-in: Excel as the host, settings in memory, and Excel.run
    // refusing, so every action ends in an error message (what matters here is the pane itself).
    await page.route(/office-js\/office\.js/, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: `
          const values = {};
          window.Office = {
            onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
            context: {
              requirements: { isSetSupported: () => true },
              document: { settings: { get: (k) => values[k], set: (k, v) => { values[k] = v; }, remove: (k) => { delete values[k]; }, saveAsync: (cb) => cb && cb({ status: "succeeded" }) } },
            },
          };
          window.Excel = { run: () => Promise.reject(new Error("GeneralException: no workbook in this test")) };
        `,
      })
    );
    await page.goto(`${BASE_URL}taskpane.html`);
    await page.getByRole("button", { name: "Insert all tables" }).waitFor({ timeout: 15_000 });
    return page;
  }

  test("the pane passes an axe scan, before and after an error message", async () => {
    const page = await openInExcel();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Insert all tables" }).click();
    await page.getByText("Not done").waitFor();
    expect(
      await page.getByText(/Excel could not write the tables: GeneralException/).isVisible()
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test("every action is reachable and usable from the keyboard", async () => {
    const page = await openInExcel();
    const reached = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      reached.add(
        await page.evaluate(
          () =>
            document.activeElement?.getAttribute("aria-label") ||
            (document.activeElement?.textContent ?? "").trim()
        )
      );
    }
    for (const name of [
      "Insert all tables",
      "Insert the Projects table",
      "Refresh",
      "Save address",
      "Build trade chart",
    ])
      expect(reached).toContain(name);
    // Type a bad address and save it with the keyboard: the error is announced.
    await page.getByLabel(/Dataset address/).focus();
    await page.keyboard.type("http://data.example.org/kzuz.json");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("alert").textContent()).toMatch(/https:\/\//);
    await page.context().close();
  });
});
