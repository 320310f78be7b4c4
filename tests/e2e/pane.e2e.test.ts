import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { clipped } from "./clipped";
import { pngSize } from "../../scripts/check-manifest";
import { ExcelHost } from "../support/excel-host/host";
import { OFFICE_JS, axeViolations, graphicContrasts, openPane, type OpenOptions } from "./page";
import { launchBrowser } from "./server";

/** Screenshots kept as test artefacts (git-ignored). */
const ARTIFACTS = join(__dirname, "artifacts");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const THEMES: { name: string; options: OpenOptions }[] = [
  { name: "light", options: { colorScheme: "light" } },
  { name: "dark", options: { colorScheme: "dark" } },
  { name: "forced-colors", options: { forcedColors: "active" } },
];

/**
 * Opens the pane in the simulated Excel, on a new workbook; with `readOnly`, one Excel will not
 * let the add-in change (every write refused with AccessDenied), for the error messages.
 */
async function openInExcel(
  options: OpenOptions & { readOnly?: boolean } = {}
): Promise<{ page: Page; errors: string[] }> {
  const host = new ExcelHost({ uiLocale: options.displayLanguage });
  host.readOnly = options.readOnly ?? false;
  const opened = await openPane(browser, { ...options, inExcel: true, host });
  await opened.page.getByTestId("primary-action").waitFor({ timeout: 15_000 });
  return opened;
}

/** No part of the page is wider than the pane. */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe("outside Excel (an analyst opening the link)", () => {
  test("says what this is, links to how to get it into Excel, and previews the data as cards", async () => {
    const { page, errors } = await openPane(browser, { width: 320 });
    await page.getByText("Not running in Excel", { exact: true }).waitFor({ timeout: 15_000 });
    expect(
      await page
        .getByRole("heading", { level: 1, name: "Kazakhstan–Uzbekistan cooperation" })
        .isVisible()
    ).toBe(true);
    expect(
      await page
        .getByRole("link", { name: "How to add KZUZ for Excel to Excel" })
        .getAttribute("href")
    ).toBe("help.html#get-it");
    expect(await page.locator("body").textContent()).not.toMatch(/npm |manifest\.xml/);
    const lab = page.getByRole("listitem").filter({ hasText: "Linear alkylbenzene" });
    expect(await lab.getByText("$250 million").isVisible()).toBe(true);
    // A card fits the 320 px pane; the rest of a record is one click away.
    const box = await lab.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(320);
    await lab.getByText("All details").click();
    expect(await lab.getByText("lab-complex-kashkadarya").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Trade" }).click();
    expect(await page.getByRole("heading", { name: /^Bilateral trade \(\d+\)$/ }).isVisible()).toBe(
      true
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  test("the preview passes an axe scan at 320 px, in light, dark and forced colours", async () => {
    for (const { options } of THEMES) {
      const { page } = await openPane(browser, { ...options, width: 320 });
      await page.getByRole("heading", { name: "Joint projects (7)" }).waitFor({ timeout: 15_000 });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  test("the preview is usable from the keyboard alone", async () => {
    const { page } = await openPane(browser);
    await page.getByRole("heading", { name: "Joint projects (7)" }).waitFor({ timeout: 15_000 });
    const focused: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      focused.push(
        await page.evaluate(() => (document.activeElement?.textContent ?? "").trim().slice(0, 30))
      );
    }
    expect(focused).toContain("Agreements");
    await page.getByRole("button", { name: "Agreements" }).focus();
    await page.keyboard.press("Enter");
    expect(await page.getByRole("heading", { name: /^Agreements \(\d+\)$/ }).isVisible()).toBe(
      true
    );
  });

  test("if office.js fails to load the pane still paints, previews the data and explains", async () => {
    const { page, errors } = await openPane(browser, { block: OFFICE_JS });
    await page.getByText("Not running in Excel", { exact: true }).waitFor({ timeout: 15_000 });
    expect(
      await page
        .getByRole("main")
        .getByText(/office\.js\) could not be loaded/)
        .isVisible()
    ).toBe(true);
    expect(await page.getByRole("heading", { name: "Joint projects (7)" }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe("inside Excel (Microsoft's office.js, with the simulated Excel for Mac as its host)", () => {
  test.each([
    [320, 700],
    [350, 700],
  ])(
    "at %i×%i the first screen says what the data is and shows the one next step",
    async (width, height) => {
      const { page, errors } = await openInExcel({ width, height });
      const heading = page.getByRole("heading", { level: 1 });
      expect(await heading.textContent()).toBe("Kazakhstan–Uzbekistan cooperation");
      expect(await page.locator("header").textContent()).toMatch(
        /towards the \$10 billion target by 2030/
      );
      const primary = page.getByRole("button", { name: "Insert the data as tables" });
      const box = await primary.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(height);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (width === 320)
        for (const { name, options } of THEMES) {
          const themed = await openInExcel({ ...options, width, height });
          const file = join(ARTIFACTS, `first-screen-${width}x${height}-${name}.png`);
          await themed.page.screenshot({ path: file });
          expect(pngSize(readFileSync(file))).toEqual({ width, height });
          await themed.page.context().close();
        }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  );

  test("axe clean at 320 px in light, dark and forced colours, before and after an error message", async () => {
    for (const { options } of THEMES) {
      const { page } = await openInExcel({ ...options, width: 320, readOnly: true });
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Insert the data as tables" }).click();
      await page.getByText("Not done", { exact: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  test("the progress graphics are at 3:1 contrast or more, in light, dark and forced colours", async () => {
    for (const { name, options } of THEMES) {
      const { page } = await openInExcel({ ...options, width: 320 });
      await page.getByTestId("progress").waitFor();
      const contrasts = await graphicContrasts(page);
      expect(contrasts.map((c) => c.part)).toEqual(
        expect.arrayContaining(["track outline", "fill", "target marker"])
      );
      const weak = contrasts
        .filter((c) => c.ratio < 3)
        .map((c) => `${name}: ${c.part} ${c.ratio.toFixed(2)}`);
      expect(weak).toEqual([]);
      await page.context().close();
    }
  });

  test("a result appears beside the action that produced it, in view", async () => {
    const { page } = await openInExcel({ width: 320, height: 700, readOnly: true });
    await page.getByRole("tab", { name: "Charts" }).click();
    const build = page.getByRole("button", { name: "Build trade chart" });
    await build.click();
    const message = page.getByRole("region", { name: "Charts" }).getByText("Not done");
    await message.waitFor();
    await page.waitForTimeout(500); // a smooth scroll, if any, has ended
    for (const shown of [message, build]) {
      const box = await shown.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 700).toBe(true);
    }
    await page
      .getByRole("region", { name: "Charts" })
      .getByRole("button", { name: "Dismiss the message" })
      .click();
    expect(await message.count()).toBe(0);
    await page.context().close();
  });

  test("the first-run introduction, once dismissed, stays dismissed", async () => {
    const { page } = await openInExcel();
    const intro = page.getByRole("heading", { name: "Getting started" });
    expect(await intro.isVisible()).toBe(true);
    await page.getByRole("button", { name: "Got it, hide this" }).click();
    expect(await intro.count()).toBe(0);
    await page.reload();
    await page.getByTestId("primary-action").waitFor({ timeout: 15_000 });
    expect(await intro.count()).toBe(0);
    await page.context().close();
  });

  test("every action is reachable from the keyboard; the sections are tabs with arrow keys", async () => {
    const { page } = await openInExcel();
    const reached = new Set<string>();
    // The tables to choose (a checkbox and a preview button each) load just after the first screen.
    await page.getByRole("button", { name: "Insert selected" }).waitFor();
    for (let i = 0; i < 30; i++) {
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
      "Insert the data as tables",
      "Data",
      "Preview the Projects table",
      "Insert selected",
      "Refresh",
    ])
      expect(reached).toContain(name);
    await page.getByRole("tab", { name: "Data" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "Formulas" }).getAttribute("aria-selected")).toBe(
      "true"
    );
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Build trade chart"
    );
    // A bad download address, saved with the keyboard: the error is announced.
    await page.getByRole("tab", { name: "Data" }).click();
    await page.getByText("Where Refresh downloads from").click();
    await page.getByLabel(/Download address/).focus();
    await page.keyboard.type("http://data.example.org/kzuz.json");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("alert").textContent()).toMatch(/https:\/\//);
    await page.context().close();
  });
});

describe("in Russian and Kazakh (Office's display language, or the language the user chose)", () => {
  const MESSAGES = join(__dirname, "../../src/i18n/messages");
  /** A language's catalogue source, all areas in one (ICU text as translators wrote it). */
  const catalogue = (lang: string): Record<string, string> =>
    Object.assign(
      {},
      ...readdirSync(join(MESSAGES, lang))
        .filter((f) => f.endsWith(".json"))
        .map((f) => JSON.parse(readFileSync(join(MESSAGES, lang, f), "utf8")))
    );
  const english = catalogue("en");

  /** Keys of English messages (without placeholders) shown as such, where `own` says them differently. */
  async function englishLeft(page: Page, own: Record<string, string>): Promise<string[]> {
    const text = await page.locator("body").innerText();
    return Object.entries(english)
      .filter(([key, en]) => !/[{}]/.test(en) && en.length >= 8 && own[key] !== en)
      .filter(([, en]) =>
        new RegExp(
          // A word on its own: not inside a name such as the table KZUZ_Projects.
          `(^|[^\\p{L}\\p{N}_])${en.replace(/[.*+?^$()|[\]\\]/g, "\\$&")}($|[^\\p{L}\\p{N}_])`,
          "u"
        ).test(text)
      )
      .map(([key]) => key);
  }

  test.each([
    { lang: "ru", tag: "ru-RU", how: { displayLanguage: "ru-RU" } },
    { lang: "kk", tag: "kk-KZ", how: { rememberedLang: "kk" } },
  ])(
    "$lang: the first screen at 320×700 is in $lang, fits without overflow, and passes axe",
    async ({ lang, tag, how }) => {
      const own = catalogue(lang);
      const { page, errors } = await openInExcel({ width: 320, height: 700, ...how });
      await page.waitForFunction((t) => document.documentElement.lang === t, tag);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        own["shell.header.title"]
      );
      // The one next step, in the language, on the first screen.
      const primary = page.getByTestId("primary-action");
      const box = await primary.boundingBox();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(700);
      expect(await primary.textContent()).not.toBe("");
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await clipped(page)).toEqual([]);
      // No English left: no English message (without placeholders) that the language says
      // differently appears anywhere on the screen.
      expect(await englishLeft(page, own)).toEqual([]);
      for (const { name, options } of THEMES) {
        const themed = await openInExcel({ ...options, width: 320, height: 700, ...how });
        await themed.page.waitForFunction((t) => document.documentElement.lang === t, tag);
        expect([name, await axeViolations(themed.page)]).toEqual([name, []]);
        const file = join(ARTIFACTS, `first-screen-${lang}-320x700-${name}.png`);
        await themed.page.screenshot({ path: file });
        await themed.page.context().close();
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  );

  test.each([
    { lang: "ru", tag: "ru-RU" },
    { lang: "kk", tag: "kk-KZ" },
  ])(
    "$lang: every section of the pane is in the language, fits at 320 px, and passes axe",
    async ({ lang, tag }) => {
      const own = catalogue(lang);
      const { page, errors } = await openInExcel({
        width: 320,
        height: 700,
        displayLanguage: tag,
      });
      await page.waitForFunction((t) => document.documentElement.lang === t, tag);
      const tabs = page.getByRole("tab");
      const count = await tabs.count();
      expect(count).toBeGreaterThanOrEqual(5);
      for (let i = 0; i < count; i++) {
        const tab = tabs.nth(i);
        const label = (await tab.textContent()) ?? "";
        await tab.click();
        // Lazy sections (the builder, explain) load their chunk and data first.
        await page.waitForLoadState("networkidle");
        await page
          .locator("[role=progressbar]")
          .first()
          .waitFor({ state: "detached", timeout: 15_000 });
        await page.screenshot({
          path: join(ARTIFACTS, `section-${lang}-${i + 1}.png`),
          fullPage: true,
        });
        expect([label, await englishLeft(page, own)]).toEqual([label, []]);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        expect([label, await clipped(page)]).toEqual([label, []]);
        expect([label, await axeViolations(page)]).toEqual([label, []]);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  );

  test("the language picker switches the pane and is remembered on the next visit", async () => {
    const { page } = await openInExcel({ width: 320, height: 700 });
    const ru = catalogue("ru");
    await page.getByLabel(english["language.label"]).selectOption("ru");
    await page.waitForFunction(() => document.documentElement.lang === "ru-RU");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      ru["shell.header.title"]
    );
    await page.reload();
    await page.getByTestId("primary-action").waitFor({ timeout: 15_000 });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      ru["shell.header.title"]
    );
    expect(await page.getByLabel(ru["language.label"]).inputValue()).toBe("ru");
    await page.context().close();
  });
});
