/**
 * The first screen at Excel on the web's narrow widths (320 px, and 350 px, its default) in every
 * language: one row of navigation, the one next step and the start of each tab's content above
 * the fold (700 px), nothing wider than the pane. Screenshots of the first screen at 320×700 in
 * each language are kept in tests/e2e/artifacts (git-ignored) for a person to look at.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { LOCALES } from "../../src/i18n/locales";
import { axeViolations, openPane } from "./page";
import { launchBrowser } from "./server";

const ARTIFACTS = join(__dirname, "artifacts");
const HEIGHT = 700;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The top and bottom edge of every tab, and the right edge of the last. */
async function tabRows(page: Page): Promise<{ tops: number[]; right: number; height: number }> {
  return page.evaluate(() => {
    const tabs = [...document.querySelectorAll('[role="tab"]')].map((t) =>
      t.getBoundingClientRect()
    );
    const list = document.querySelector('[role="tablist"]')!.getBoundingClientRect();
    return {
      tops: tabs.map((b) => Math.round(b.top)),
      right: Math.max(...tabs.map((b) => b.right)),
      height: list.height,
    };
  });
}

/** The top of the visible tab panel's first piece of content (its first element with a size). */
function panelContentTop(page: Page): Promise<number> {
  return page.evaluate(() => {
    const panel = [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')].find(
      (p) => !p.hidden
    )!;
    const first = [...panel.querySelectorAll<HTMLElement>("*")].find(
      (el) => el.getBoundingClientRect().height > 0 && (el.textContent ?? "").trim() !== ""
    );
    return first ? first.getBoundingClientRect().top : Infinity;
  });
}

describe.each(LOCALES.map((l) => [l.lang, l.office]))("first screen in %s (%s)", (lang, office) => {
  test.each([320, 350])(
    `at %i×${HEIGHT}: one row of tabs, the next step and each tab's content above the fold`,
    async (width) => {
      const { page, errors } = await openPane(browser, {
        inExcel: true,
        displayLanguage: office,
        width,
        height: HEIGHT,
      });
      const primary = page.getByTestId("primary-action").getByRole("button");
      await primary.waitFor({ timeout: 15_000 });
      // On first use, with "Getting started" open: the tallest first screen.
      expect(await page.locator("#kzuz-first-run").count()).toBe(1);
      if (width === 320)
        await page.screenshot({ path: join(ARTIFACTS, `first-screen-${lang}-320x700.png`) });

      const rows = await tabRows(page);
      expect(rows.tops).toHaveLength(5);
      expect(new Set(rows.tops).size).toBe(1);
      expect(rows.right).toBeLessThanOrEqual(width);
      expect(rows.height).toBeLessThan(60);
      const box = await primary.boundingBox();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(HEIGHT);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width
      );

      // Every tab, opened: still one row, and its content starts well above the fold.
      const count = await page.getByRole("tab").count();
      for (let i = 0; i < count; i++) {
        const tab = page.getByRole("tab").nth(i);
        await tab.click();
        expect(await tab.getAttribute("aria-selected")).toBe("true");
        await page.waitForFunction(() => {
          const panel = [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')].find(
            (p) => !p.hidden
          );
          return panel !== undefined && (panel.textContent ?? "").trim() !== "";
        });
        expect(new Set((await tabRows(page)).tops).size).toBe(1);
        expect(await panelContentTop(page)).toBeLessThan(HEIGHT - 80);
        // The next step's result belongs to the Data tab: it is not shown on the others.
        expect(await page.getByTestId("primary-action").isVisible()).toBe(i === 0);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  );
});

test("after first use the introduction folds into the help button, which brings it back", async () => {
  const { page } = await openPane(browser, { inExcel: true, width: 320, height: HEIGHT });
  await page.getByTestId("primary-action").waitFor({ timeout: 15_000 });
  const help = page.getByRole("button", { name: "Getting started" });
  expect(await help.getAttribute("aria-expanded")).toBe("true");
  const before = (await page.getByTestId("primary-action").boundingBox())!.y;
  await page.getByRole("button", { name: "Got it, hide this" }).click();
  expect(await page.locator("#kzuz-first-run").count()).toBe(0);
  expect(await help.getAttribute("aria-expanded")).toBe("false");
  // The space it took goes to the task.
  expect((await page.getByTestId("primary-action").boundingBox())!.y).toBeLessThan(before - 100);
  await page.reload();
  await help.waitFor({ timeout: 15_000 });
  expect(await page.locator("#kzuz-first-run").count()).toBe(0);
  await help.focus();
  await page.keyboard.press("Enter");
  expect(await page.getByRole("heading", { name: "Getting started" }).isVisible()).toBe(true);
  await page.screenshot({ path: join(ARTIFACTS, "first-screen-en-320x700-help-open.png") });
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test("the icon tabs name themselves to screen readers and on hover, and pass axe in every language", async () => {
  for (const { office } of LOCALES) {
    const { page } = await openPane(browser, {
      inExcel: true,
      displayLanguage: office,
      width: 320,
      height: HEIGHT,
    });
    await page.getByTestId("primary-action").waitFor({ timeout: 15_000 });
    // Office's display language is known once Office has answered; the pane may show its first
    // frame before that, in English: read the tabs once the page is in Office's language.
    await page.waitForFunction((tag) => document.documentElement.lang === tag, office, {
      timeout: 15_000,
    });
    const tabs = page.getByRole("tab");
    for (let i = 1; i < (await tabs.count()); i++) {
      const name = (await tabs.nth(i).textContent()) ?? "";
      expect(name.trim()).not.toBe("");
      expect(await tabs.nth(i).getAttribute("title")).toBe(name);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }
});

test("the formula builder at 320 px: functions in groups with one line each, and Insert refused while the year is empty", async () => {
  const { page, errors } = await openPane(browser, { inExcel: true, width: 320, height: HEIGHT });
  await page.getByTestId("primary-action").waitFor({ timeout: 15_000 });
  await page.getByRole("tab", { name: "Formulas" }).click();
  const fn = page.getByRole("combobox", { name: /^Function/ });
  await fn.click();
  const listbox = page.getByRole("listbox");
  expect(await listbox.getByRole("group").count()).toBe(4);
  const trade = listbox.getByRole("option", { name: /^KZUZ\.TRADE\b(?!HISTORY)/ });
  expect(await trade.textContent()).toMatch(/^KZUZ\.TRADEKazakhstan–Uzbekistan trade turnover/);
  await page.screenshot({ path: join(ARTIFACTS, "formulas-en-320x700-list.png") });
  await trade.click();
  const insert = page.getByRole("button", { name: "Insert into the selected cell" });
  await page.getByRole("textbox", { name: "Formula" }).waitFor();
  expect(await page.getByRole("textbox", { name: "Formula" }).inputValue()).toBe("=KZUZ.TRADE()");
  expect(await insert.getAttribute("aria-disabled")).toBe("true");
  await insert.click({ force: true });
  expect(await page.getByText(/^Inserted /).count()).toBe(0);
  await page.getByRole("combobox", { name: /^Year/ }).click();
  await page.getByRole("option", { name: "2024" }).click();
  expect(await page.getByRole("textbox", { name: "Formula" }).inputValue()).toBe(
    "=KZUZ.TRADE(2024)"
  );
  expect(await insert.getAttribute("aria-disabled")).toBeNull();
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("the scripts requested before the first screen are the start budget's, in every view and language", async () => {
  // scripts/start-budget.json lists, beside taskpane.html's <script> tags, the chunks each view
  // and language load before the main content; scripts/check-size.js counts their bytes. Here the
  // page says which it really requested before it drew its first screen (the User Timing mark
  // "kzuz-first-screen"): the same, and no rest of a catalogue among them.
  const budget = JSON.parse(
    readFileSync(join(__dirname, "../../scripts/start-budget.json"), "utf8")
  ) as { views: Record<string, string[]>; languages: Record<string, string[]> };
  const html = readFileSync(join(__dirname, "../../dist/taskpane.html"), "utf8");
  const tags = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^(https?:)?\/\//.test(src));
  for (const { lang } of LOCALES)
    for (const view of ["excel", "outside"] as const) {
      const { page } = await openPane(browser, {
        inExcel: view === "excel",
        rememberedLang: lang === "en" ? undefined : lang,
        height: HEIGHT,
      });
      await page.waitForFunction(
        () => performance.getEntriesByName("kzuz-first-screen").length > 0,
        undefined,
        { timeout: 15_000 }
      );
      const before = await page.evaluate(() => {
        const mark = performance.getEntriesByName("kzuz-first-screen")[0].startTime;
        return performance
          .getEntriesByType("resource")
          .filter((r) => r.startTime < mark && /\.js$/.test(new URL(r.name).pathname))
          .map((r) => new URL(r.name).pathname.slice(1))
          .filter((path) => !path.includes("/"));
      });
      const expected = [
        ...tags,
        ...[...budget.views[view], ...budget.languages[lang]].map((c) => `${c}.js`),
      ];
      expect({ lang, view, scripts: [...before].sort() }).toEqual({
        lang,
        view,
        scripts: [...expected].sort(),
      });
      await page.context().close();
    }
});
