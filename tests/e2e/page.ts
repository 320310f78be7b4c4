/**
 * Opening the pane in Chromium, outside Excel or inside a simulated Excel under Microsoft's
 * office.js (tests/support/excel-host), and checking it with axe.
 */
import type { Browser, Page } from "playwright-core";
import { ExcelHost } from "../support/excel-host/host";
import { openInHost, serveAddin } from "../support/excel-host/page";
import { BASE_URL } from "./server";

/** office.js's address in the production build (Microsoft's CDN, answered from the package). */
export const OFFICE_JS = /appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/;

export interface OpenOptions {
  /** Requests to fail, such as office.js. */
  block?: RegExp;
  colorScheme?: "light" | "dark";
  forcedColors?: "active" | "none";
  width?: number;
  height?: number;
  /** Open the pane inside the simulated Excel (a new empty workbook unless `host` is given). */
  inExcel?: boolean;
  /** With inExcel: this host (its workbook, settings, knobs). */
  host?: ExcelHost;
  /** Requests to answer with a body of the test's, such as the dataset address. */
  route?: [RegExp, () => string];
  /** More such requests (a file of the build the test stands in for). */
  routes?: [RegExp, () => string][];
  /** With inExcel: Office's display language (the host's UI locale), e.g. "ru-RU". */
  displayLanguage?: string;
  /** The language the user chose earlier, as the pane remembers it (localStorage kzuz.lang). */
  rememberedLang?: string;
}

export async function openPane(
  browser: Browser,
  options: OpenOptions = {}
): Promise<{ page: Page; errors: string[]; host?: ExcelHost }> {
  const overrides = [...(options.route ? [options.route] : []), ...(options.routes ?? [])];
  if (options.inExcel) {
    const host = options.host ?? new ExcelHost({ uiLocale: options.displayLanguage });
    const opened = await openInHost(browser, host, {
      ...options,
      width: options.width ?? 350,
      overrides,
      block: options.block,
    });
    return { ...opened, host };
  }
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    colorScheme: options.colorScheme,
    forcedColors: options.forcedColors,
    viewport: { width: options.width ?? 350, height: options.height ?? 700 },
  });
  await serveAddin(context, overrides);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (options.block) await page.route(options.block, (route) => route.abort());
  if (options.rememberedLang)
    await page.addInitScript(
      `localStorage.setItem("kzuz.lang", ${JSON.stringify(options.rememberedLang)})`
    );
  await page.goto(`${BASE_URL}taskpane.html`);
  return { page, errors };
}

export async function axeViolations(page: Page): Promise<string[]> {
  // A message that is still fading in has not reached its colours yet: axe would measure the
  // contrast of a frame in the middle of the animation. Scan the page at rest.
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== "running"),
    undefined,
    { timeout: 5_000 }
  );
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

/**
 * The contrast, against what is behind it, of each part of the progress graphics (WCAG 1.4.11
 * asks 3:1): the fill's colour, the track's outline and the target marker, each against the
 * first opaque background among its ancestors.
 */
export function graphicContrasts(page: Page): Promise<{ part: string; ratio: number }[]> {
  return page.evaluate(() => {
    const rgb = (text: string): [number, number, number, number] | undefined => {
      const m = text.match(/rgba?\(([^)]+)\)/);
      if (!m) return undefined;
      const [r, g, b, a = 1] = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r, g, b, a];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const behind = (el: Element): number[] => {
      for (let node = el.parentElement; node; node = node.parentElement) {
        const c = rgb(getComputedStyle(node).backgroundColor);
        if (c && c[3] === 1) return c;
      }
      return [255, 255, 255];
    };
    const out: { part: string; ratio: number }[] = [];
    for (const track of document.querySelectorAll("[data-part=track]")) {
      const back = behind(track);
      const outline = rgb(getComputedStyle(track).borderTopColor);
      if (outline) out.push({ part: "track outline", ratio: ratio(outline, back) });
      const fill = track.querySelector("[data-part=fill]");
      const fillColour = fill && rgb(getComputedStyle(fill).backgroundColor);
      if (fill && fillColour && (fill as HTMLElement).offsetWidth > 0)
        out.push({ part: "fill", ratio: ratio(fillColour, back) });
      const marker = track.querySelector("[data-part=marker]");
      const markerColour = marker && rgb(getComputedStyle(marker).backgroundColor);
      if (markerColour) out.push({ part: "target marker", ratio: ratio(markerColour, back) });
    }
    return out;
  });
}
