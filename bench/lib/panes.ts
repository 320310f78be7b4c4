/**
 * What the side-by-side bench and the boot trace share: the two add-ins (A = KZUZ, B = Microsoft's
 * template), their built files served as a host would serve them, and a page opened as an Excel
 * task pane under Microsoft's office.js with the simulated Excel of tests/support/excel-host, or
 * as the same page outside Office.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../../scripts/lib/browser";
import { ExcelHost, type Answer } from "../../tests/support/excel-host/host";
import { BRIDGE } from "../../tests/support/excel-host/page";

/** A = KZUZ, B = Microsoft's template, A0 = another build of KZUZ (a baseline: KZUZ_BENCH_BASE). */
export type Key = "A" | "B" | "A0";
export type Mode = "real" | "excel";

interface App {
  name: string;
  dist: string;
  main: Record<Mode, string>;
}

const KZUZ_MAIN = { real: "Not running in Excel", excel: "Insert the data as tables" };
export const APPS: Record<"A" | "B", App> & { A0?: App } = {
  A: {
    name: "KZUZ for Excel",
    // KZUZ_BENCH_DIST: another build of the pane (a copy, so a rebuild does not disturb a run).
    dist: process.env.KZUZ_BENCH_DIST ?? join(__dirname, "../../dist"),
    main: KZUZ_MAIN,
  },
  B: {
    name: "Office-Addin-TaskPane-React",
    // The team's shared folder holds the build (../shared/perf/README.md); it is not vendored here.
    dist: process.env.KZUZ_TEMPLATE_DIST ?? join(__dirname, "../../../shared/perf/template-dist"),
    main: { real: "Discover what this add-in can do", excel: "Discover what this add-in can do" },
  },
  // KZUZ_BENCH_BASE: a copy of an earlier build, measured in the same rounds (before and after).
  ...(process.env.KZUZ_BENCH_BASE
    ? {
        A0: {
          name: "KZUZ for Excel, baseline",
          dist: process.env.KZUZ_BENCH_BASE,
          main: KZUZ_MAIN,
        },
      }
    : {}),
};

/** The apps of this run: A and B, and A0 when a baseline is given. */
export const KEYS: Key[] = APPS.A0 ? ["A", "A0", "B"] : ["A", "B"];

/** The app of `key` (A0 only when given). */
export function app(key: Key): App {
  const found = APPS[key as "A"];
  if (!found) throw new Error(`no build for ${key}`);
  return found;
}

/** Throws, saying what to do, when a build is missing. */
export function checkBuilds(): void {
  if (!existsSync(join(APPS.A.dist, "taskpane.html")))
    throw new Error("dist/ is missing: npm run build");
  if (APPS.A0 && !existsSync(join(APPS.A0.dist, "taskpane.html")))
    throw new Error(`KZUZ_BENCH_BASE has no taskpane.html: ${APPS.A0.dist}`);
  if (!existsSync(join(APPS.B.dist, "taskpane.html")))
    throw new Error(
      `Microsoft's template build is missing at ${APPS.B.dist}: set KZUZ_TEMPLATE_DIST to a production build of OfficeDev/Office-Addin-TaskPane-React (../shared/perf/template-dist)`
    );
}

const OFFICE_DIST = join(__dirname, "../../node_modules/@microsoft/office-js/dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
// office.debug.js HostInfoFlags (l. 1476): 1 SharedApp + 2 CustomFunction, as tests/e2e open the pane.
const HOST_INFO = "?_host_Info=Excel$Mac$16.00$en-US$$$$3";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
};
const gzipped = new Map<string, Buffer>();

/**
 * Serves `dist` on 127.0.0.1 (a free port), text gzip -9 as a host would; `prefix` is stripped
 * from the paths asked for; `html` rewrites each HTML page (office.js's address, see OFFICE_VIA).
 */
export function serve(
  dist: string,
  prefix = "/",
  html: (text: string) => string = (text) => text
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = join(dist, path.startsWith(prefix) ? path.slice(prefix.length) : "\0");
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { "Content-Length": 0 }).end();
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers: Record<string, string | number> = {
      "Content-Type": type,
      "Cache-Control": "no-cache",
      // office.js loads its other scripts with crossorigin="anonymous" (office.debug.js l. 522):
      // Microsoft's CDN allows every origin.
      "Access-Control-Allow-Origin": "*",
    };
    let body: Buffer = readFileSync(file);
    if (type.startsWith("text/html")) body = Buffer.from(html(body.toString("utf8")));
    if (!type.startsWith("image/") && /\bgzip\b/.test(String(req.headers["accept-encoding"]))) {
      const key = `${file}|${body.length}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key)!;
      headers["Content-Encoding"] = "gzip";
    }
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, port: typeof address === "object" && address ? address.port : 0 });
    })
  );
}

/**
 * In the page, before its scripts: every element added gets an elementtiming attribute, so the
 * browser reports its first paint (a string, not a function: tsx would wrap a function's inner
 * functions in a helper the page does not have).
 */
const RECORDER = `(() => {
  window.__paints = [];
  let seq = 0;
  const byId = new Map();
  const tag = (el) => {
    if (el.hasAttribute("elementtiming")) return;
    const id = "e" + seq++;
    el.setAttribute("elementtiming", id);
    byId.set(id, el);
  };
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes)
        if (n.nodeType === 1) { tag(n); n.querySelectorAll("*").forEach(tag); }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element || byId.get(e.identifier);
      window.__paints.push({ t: e.renderTime || e.loadTime || e.startTime, text: (el && el.textContent) || "" });
    }
  }).observe({ type: "element", buffered: true });
})();`;

/**
 * How office.js reaches the pages. "server" (the default): from a local static server like the
 * add-ins' own files (as a CDN serves it), each page's address of office.js rewritten to it, and
 * nothing intercepted. "route": Playwright's request interception answers the CDN address from
 * node (the method of ../shared/perf/bench.js); it passes every request of the page through the
 * bench's own process and turns off the browser's cache, so under load a large file (office.js's
 * 1.3 MB Excel script) holds up every other request, and a preload is fetched twice: a cost no
 * real pane pays. OFFICE_VIA=route (or --office-via route) measures the old way.
 */
export type OfficeVia = "server" | "route";

export interface Servers {
  port: Record<Key, number>;
  via: OfficeVia;
  close(): void;
}

/** Starts the two add-ins' servers (and office.js's, when `via` is "server"). */
export async function startServers(via: OfficeVia): Promise<Servers> {
  const office = via === "server" ? await serve(OFFICE_DIST, "/lib/1/hosted/") : undefined;
  const rewrite = (text: string) =>
    office ? text.split(CDN).join(`http://127.0.0.1:${office.port}/lib/1/hosted/`) : text;
  const port: Partial<Record<Key, number>> = {};
  const servers: Server[] = office ? [office.server] : [];
  for (const key of KEYS) {
    const started = await serve(app(key).dist, "/", rewrite);
    port[key] = started.port;
    servers.push(started.server);
  }
  return {
    port: port as Record<Key, number>,
    via,
    close() {
      for (const s of servers) s.close();
    },
  };
}

/**
 * Headless Chromium (scripts/lib/browser.ts); with office.js served locally, every name that is
 * not 127.0.0.1 fails to resolve, so nothing leaves the machine without intercepting requests.
 */
export function launchBrowser(via: OfficeVia): Promise<Browser> {
  return launchChromium(
    via === "server" ? ["--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"] : []
  );
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** The local scripts the page requested, in order. */
  scripts: string[];
}

/**
 * Opens `key`'s page in a fresh context at 350×900; in "excel" mode as an Excel task pane with a
 * new simulated Excel behind office.js. `before` scripts run in the page before its own, after
 * the bridge; `onPage` runs before the page navigates. Resolves once the load event has fired.
 */
export async function openPane(
  browser: Browser,
  mode: Mode,
  servers: Servers,
  key: Key,
  before: string[] = [],
  /** Called with the page before it navigates (to start a trace, say). */
  onPage?: (page: Page) => Promise<void>
): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
  const local = `http://127.0.0.1:${servers.port[key]}/`;
  if (servers.via === "route")
    await context.route(
      (url) => !url.href.startsWith(local),
      (route) => {
        const url = route.request().url();
        if (url.startsWith(CDN)) {
          const rel = url.slice(CDN.length).split("?")[0];
          const file = join(OFFICE_DIST, rel);
          const body =
            file.startsWith(OFFICE_DIST) && existsSync(file) ? readFileSync(file) : undefined;
          if (body !== undefined)
            return route.fulfill({ status: 200, contentType: "text/javascript", body });
        }
        return route.abort();
      }
    );
  let page: Page | undefined;
  if (mode === "excel") {
    // The simulated Excel on the other side of office.js's bridge (tests/support/excel-host).
    const host = new ExcelHost();
    await context.exposeFunction("__kzuzAgave", (json: string) => host.handle(json));
    await context.addInitScript(BRIDGE);
    host.push = async (answer: Answer) => {
      await page?.evaluate(
        (a) => (window as unknown as { __kzuzDeliver: (a: Answer) => void }).__kzuzDeliver(a),
        answer
      );
    };
  }
  for (const script of [RECORDER, ...before]) await context.addInitScript({ content: script });
  page = await context.newPage();
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script" && r.url().startsWith(local))
      scripts.push(r.url().slice(local.length));
  });
  if (onPage) await onPage(page);
  await page.goto(`${local}taskpane.html${mode === "excel" ? HOST_INFO : ""}`, {
    waitUntil: "load",
  });
  return { context, page, scripts };
}

/**
 * Waits (up to 20 s) for the Element Timing paint of a text holding `text`, then returns the first
 * contentful paint and that paint's time (ms since navigation; undefined if it never came).
 */
export async function paintTimes(
  page: Page,
  text: string
): Promise<{ fcp: number | undefined; main: number | undefined }> {
  await page
    .waitForFunction(
      (t) =>
        (window as unknown as { __paints: { text: string }[] }).__paints.some((p) =>
          p.text.includes(t)
        ),
      text,
      { timeout: 20_000, polling: 50 }
    )
    .catch(() => undefined);
  return page.evaluate((t) => {
    const paints = (window as unknown as { __paints: { t: number; text: string }[] }).__paints;
    const hits = paints.filter((p) => p.text.includes(t) && p.text.length < 400).map((p) => p.t);
    const fcp = performance
      .getEntriesByType("paint")
      .find((e) => e.name === "first-contentful-paint");
    return { fcp: fcp?.startTime, main: hits.length > 0 ? Math.min(...hits) : undefined };
  }, text);
}
