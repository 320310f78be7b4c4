import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { pngSize } from "../tools/check-manifest";
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
