/**
 * The Charts tab in Chromium on the simulated Excel (tests/support/excel-host): each chart's
 * preview, and a chart built from the pane in Russian whose title, axis and series names are
 * Russian in the workbook while its name stays English.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
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

test("in Russian at 320×700: both previews with their text alternatives; the trade chart built in Russian, named in English", async () => {
  const { page, errors } = await openWorkbook(browser, {
    displayLanguage: "ru-RU",
    width: 320,
    height: 700,
  });
  await page.getByRole("tab", { name: "Диаграммы" }).click();
  const trade = page.getByTestId("chart-preview-trade").getByRole("img");
  const investment = page.getByTestId("chart-preview-investment").getByRole("img");
  await trade.waitFor();
  expect(await trade.getAttribute("aria-label")).toMatch(
    /^Предпросмотр диаграммы торговли: товарооборот по годам, \d{4}–2030, /
  );
  expect(await investment.getAttribute("aria-label")).toMatch(
    /^Предпросмотр диаграммы инвестиций: 3 совместных проекта с суммой/
  );
  // The previews fit the pane: nothing scrolls sideways at 320 px.
  const box = await trade.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(ARTIFACTS, "charts-ru-320x700.png"), fullPage: true });

  await page.getByRole("button", { name: "Построить диаграмму товарооборота" }).click();
  await page.getByRole("region", { name: "Диаграммы" }).getByText("Диаграмма построена").waitFor();
  const chart = await workbook(page, (w) => w.charts()[0]?.chart);
  expect(chart?.name).toBe("KZUZ trade chart");
  expect(chart?.title).toMatch(
    /^Товарооборот Казахстана и Узбекистана на пути к целевому показателю 10\s?млрд/
  );
  expect(chart?.valueAxis.title).toBe("млрд долл. США");
  expect(chart?.series.map((s) => s.name)).toEqual([
    "Заявленный товарооборот (млрд долл. США)",
    "Путь к целевому показателю (млрд долл. США)",
    "Статистика Казахстана (млрд долл. США)",
    "Статистика Узбекистана (млрд долл. США)",
  ]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("the previews pass axe in dark and forced colours, and draw in system colours there", async () => {
  for (const options of [{ colorScheme: "dark" as const }, { forcedColors: "active" as const }]) {
    const { page } = await openWorkbook(browser, { ...options, width: 320, height: 700 });
    await page.getByRole("tab", { name: "Charts" }).click();
    const column = page
      .locator("[data-testid=chart-preview-trade] rect[data-series=reported]")
      .first();
    await column.waitFor();
    const fill = await column.evaluate((el) => getComputedStyle(el).fill);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(fill).not.toBe(background);
    expect(fill).not.toBe("none");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({
      path: join(ARTIFACTS, `charts-en-320x700-${options.colorScheme ?? "forced"}.png`),
      fullPage: true,
    });
    await page.context().close();
  }
});
