/**
 * The add-in's production build in Chromium under Microsoft's office.js, with ./host.ts as Excel:
 * - every request to the add-in's address is answered from dist/ (the build `npm test` makes),
 *   and office.js's CDN address from the copy in node_modules/@microsoft/office-js/dist, so
 *   nothing leaves the machine;
 * - the page's address carries `_host_Info=Excel$Mac$16.00$<locale>$$$$0`, which office.js reads
 *   to know it runs in Excel for Mac (office.debug.js `_retrieveHostInfo`, l. 1651);
 * - an init script defines `window.webkit.messageHandlers.Agave` before office.js runs, so
 *   office.js picks its WebKit bridge (`isWebkit2Sandbox`, l. 5750), and forwards every message to
 *   the host in Node; answers and events go back through the callbacks office.js named.
 */
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import type { Answer, ExcelHost } from "./host";

const ROOT = join(__dirname, "..", "..", "..");
/** The build under test; KZUZ_E2E_DIST points at another (e.g. an older build, to show a bug). */
export const DIST = process.env.KZUZ_E2E_DIST || join(ROOT, "dist");
const OFFICE_JS = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** Where the add-in is served from in these tests (any https origin does: nothing listens). */
export const ADDIN_URL = "https://localhost:3000/";
const CDN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.*)$/;

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

async function serveFile(route: Route, root: string, path: string): Promise<void> {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
  await route.fulfill({
    status: 200,
    contentType: TYPES[extname(file)] ?? "application/octet-stream",
    body: readFileSync(file),
  });
}

/**
 * Serves the add-in from dist/ and office.js from the package, on `context`. `overrides` answer
 * some addresses with a test's own body first (such as the dataset).
 */
export async function serveAddin(
  context: BrowserContext,
  overrides: [RegExp, () => string][] = []
): Promise<void> {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/ has no taskpane.html: run `npm run build` first");
  await context.route(CDN, (route) =>
    serveFile(route, OFFICE_JS, (CDN.exec(route.request().url()) as RegExpExecArray)[1])
  );
  await context.route(
    (url) => url.href.startsWith(ADDIN_URL),
    async (route) => {
      const url = route.request().url();
      const own = overrides.find(([pattern]) => pattern.test(url));
      if (own)
        return route.fulfill({
          status: 200,
          contentType: TYPES[extname(new URL(url).pathname)] ?? "application/json",
          body: own[1](),
        });
      return serveFile(route, DIST, new URL(url).pathname.slice(1) || "taskpane.html");
    }
  );
}

/**
 * The bridge office.js talks to, defined in the page before office.js runs (also used by
 * bench/side-by-side.bench.ts, which opens its pages as Excel task panes the same way).
 */
export const BRIDGE = `(() => {
  window.__kzuzDeliver = (a) => {
    const parts = a.fn.split(".");
    let owner = window;
    for (const p of parts.slice(0, -1)) owner = owner[p];
    owner[parts[parts.length - 1]](a.id, a.payload);
  };
  window.webkit = { messageHandlers: { Agave: { postMessage(json) {
    window.__kzuzAgave(json).then((a) => { if (a) window.__kzuzDeliver(a); });
  } } } };
})();`;

export interface HostPageOptions {
  width?: number;
  height?: number;
  colorScheme?: "light" | "dark";
  forcedColors?: "active" | "none";
  /** Addresses to answer with a test's body, such as the dataset's. */
  overrides?: [RegExp, () => string][];
  /** The language the user chose earlier (localStorage kzuz.lang). */
  rememberedLang?: string;
  /** Requests to fail, such as office.js's. */
  block?: RegExp;
}

/** Opens the task pane in a new browser context, with `host` as its Excel. */
export async function openInHost(
  browser: Browser,
  host: ExcelHost,
  options: HostPageOptions = {}
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    colorScheme: options.colorScheme,
    forcedColors: options.forcedColors,
    viewport: { width: options.width ?? 320, height: options.height ?? 700 },
  });
  await serveAddin(context, options.overrides);
  await context.exposeFunction("__kzuzAgave", (json: string) => host.handle(json));
  await context.addInitScript(BRIDGE);
  if (options.rememberedLang)
    await context.addInitScript(
      `localStorage.setItem("kzuz.lang", ${JSON.stringify(options.rememberedLang)})`
    );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (options.block) await page.route(options.block, (route) => route.abort());
  host.push = async (answer: Answer) => {
    await page.evaluate(
      (a) => (window as unknown as { __kzuzDeliver: (a: Answer) => void }).__kzuzDeliver(a),
      answer
    );
  };
  // Flags (office.debug.js HostInfoFlags, l. 1476): 1 SharedApp, 2 CustomFunction: the
  // pane and the functions in one shared runtime, as the manifest asks.
  const info = `Excel$Mac$16.00$${host.options.uiLocale}$$$$3`;
  await page.goto(`${ADDIN_URL}taskpane.html?_host_Info=${info}`);
  return { page, errors };
}
