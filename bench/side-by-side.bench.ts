/**
 * The pane beside Microsoft's React task-pane template (OfficeDev/Office-Addin-TaskPane-React at
 * 4abbd86, its production build in ../shared/perf/template-dist/ beside the checkout, MIT: its
 * LICENSE.template; KZUZ_TEMPLATE_DIST names another copy), in one interleaved run: the method of ../shared/perf/bench.js, which the performance reviews use.
 *
 * - Each add-in's built files served by a local static server (gzip -9 for text, as a host would).
 * - office.js is always Microsoft's own (@microsoft/office-js). "excel": both pages opened as
 *   Excel task panes, as Office opens them (`?_host_Info=Excel$Mac$…`), office.js talking to the
 *   simulated Excel of tests/support/excel-host (a new workbook per load), so the pane shows its
 *   Excel view; "real": the same office.js outside Office, so the pane shows its preview.
 * - Headless Chromium at 350×900, a fresh context per load; A and B back to back for each mode,
 *   the order swapped every round, so machine noise hits both.
 * - First paint = first contentful paint; main content = the Element Timing paint of a text only
 *   the real content shows (A: the main action, or the preview's notice; B: "Discover what this
 *   add-in can do").
 *
 * Prints medians and paired ratios A/B (the median of each round's A÷B): figures, never pass/fail.
 * BENCH_ROUNDS (default 6) measured rounds after one warm-up.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { createServer, type Server } from "node:http";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { launchChromium } from "../scripts/lib/browser";
import { ExcelHost, type Answer } from "../tests/support/excel-host/host";
import { BRIDGE } from "../tests/support/excel-host/page";

type Key = "A" | "B";
type Mode = "real" | "excel";

const APPS: Record<Key, { name: string; dist: string; main: Record<Mode, string> }> = {
  A: {
    name: "KZUZ for Excel",
    // KZUZ_BENCH_DIST: another build of the pane (a copy, so a rebuild does not disturb a run).
    dist: process.env.KZUZ_BENCH_DIST ?? join(__dirname, "../dist"),
    main: { real: "Not running in Excel", excel: "Insert the data as tables" },
  },
  B: {
    name: "Office-Addin-TaskPane-React",
    // The team's shared folder holds the build (../shared/perf/README.md); it is not vendored here.
    dist: process.env.KZUZ_TEMPLATE_DIST ?? join(__dirname, "../../shared/perf/template-dist"),
    main: { real: "Discover what this add-in can do", excel: "Discover what this add-in can do" },
  },
};
const OFFICE_DIST = join(__dirname, "../node_modules/@microsoft/office-js/dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
// office.debug.js HostInfoFlags (l. 1476): 1 SharedApp + 2 CustomFunction, as tests/e2e open the pane.
const HOST_INFO = "?_host_Info=Excel$Mac$16.00$en-US$$$$3";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
};
const gzipped = new Map<string, Buffer>();

function serve(dist: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const file = join(dist, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { "Content-Length": 0 }).end();
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers: Record<string, string | number> = {
      "Content-Type": type,
      "Cache-Control": "no-cache",
    };
    let body: Buffer = readFileSync(file);
    if (!type.startsWith("image/") && /\bgzip\b/.test(String(req.headers["accept-encoding"]))) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
      body = gzipped.get(file)!;
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

interface Load {
  fcp: number | undefined;
  main: number | undefined;
  scripts: string[];
}

async function loadOnce(browser: Browser, key: Key, mode: Mode, port: number): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
  const local = `http://127.0.0.1:${port}/`;
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
  if (mode === "excel") {
    // The simulated Excel on the other side of office.js's bridge (tests/support/excel-host).
    const host = new ExcelHost();
    await context.exposeFunction("__kzuzAgave", (json: string) => host.handle(json));
    await context.addInitScript(BRIDGE);
    host.push = async (answer: Answer) => {
      await page.evaluate(
        (a) => (window as unknown as { __kzuzDeliver: (a: Answer) => void }).__kzuzDeliver(a),
        answer
      );
    };
  }
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script" && r.url().startsWith(local))
      scripts.push(r.url().slice(local.length));
  });
  await page.addInitScript({ content: RECORDER });
  await page.goto(`${local}taskpane.html${mode === "excel" ? HOST_INFO : ""}`, {
    waitUntil: "load",
  });
  const main = APPS[key].main[mode];
  await page
    .waitForFunction(
      (text) =>
        (window as unknown as { __paints: { text: string }[] }).__paints.some((p) =>
          p.text.includes(text)
        ),
      main,
      { timeout: 20_000, polling: 50 }
    )
    .catch(() => undefined);
  const figures = await page.evaluate((text) => {
    const paints = (window as unknown as { __paints: { t: number; text: string }[] }).__paints;
    const hits = paints.filter((p) => p.text.includes(text) && p.text.length < 400).map((p) => p.t);
    const fcp = performance
      .getEntriesByType("paint")
      .find((e) => e.name === "first-contentful-paint");
    return { fcp: fcp?.startTime, main: hits.length > 0 ? Math.min(...hits) : undefined };
  }, main);
  await context.close();
  return { ...figures, scripts };
}

const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length === 0
    ? NaN
    : v.length % 2
      ? v[(v.length - 1) / 2]
      : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

async function main(): Promise<void> {
  if (!existsSync(join(APPS.A.dist, "taskpane.html")))
    throw new Error("dist/ is missing: npm run build");
  if (!existsSync(join(APPS.B.dist, "taskpane.html")))
    throw new Error(
      `Microsoft's template build is missing at ${APPS.B.dist}: set KZUZ_TEMPLATE_DIST to a production build of OfficeDev/Office-Addin-TaskPane-React (../shared/perf/template-dist)`
    );
  const loadAtStart = loadavg();
  const servers = { A: await serve(APPS.A.dist), B: await serve(APPS.B.dist) };
  const browser = await launchChromium();
  const loads: { round: number; key: Key; mode: Mode; load: Load }[] = [];
  try {
    for (let round = 0; round <= ROUNDS; round++)
      for (const mode of ["real", "excel"] as const)
        for (const key of round % 2 === 0 ? (["A", "B"] as const) : (["B", "A"] as const))
          loads.push({
            round,
            key,
            mode,
            load: await loadOnce(browser, key, mode, servers[key].port),
          });
  } finally {
    await browser.close();
    servers.A.server.close();
    servers.B.server.close();
  }
  const measured = loads.filter((l) => l.round > 0); // round 0 warms up
  console.log(
    `side by side: A = ${APPS.A.name}, B = ${APPS.B.name}; ${ROUNDS} interleaved rounds (+1 warm-up); "excel" = both opened as Excel task panes, Microsoft's office.js with the simulated Excel host; "real" = the same office.js outside Office; load average (1 min) ${loadAtStart[0].toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (other work shares the cores: compare ratios, not milliseconds)`
  );
  for (const mode of ["real", "excel"] as const) {
    for (const metric of ["fcp", "main"] as const) {
      const of = (key: Key) =>
        measured.filter((l) => l.mode === mode && l.key === key).map((l) => l.load[metric]);
      const a = of("A");
      const b = of("B");
      const pairs = a.flatMap((x, i) => (x && b[i] ? [x / b[i]!] : []));
      const missed =
        a.filter((x) => x === undefined).length + b.filter((x) => x === undefined).length;
      const name = metric === "fcp" ? "first paint  " : "main content ";
      console.log(
        `  ${mode} ${name} A ${median(a.flatMap((x) => (x ? [x] : []))).toFixed(0)} ms, B ${median(b.flatMap((x) => (x ? [x] : []))).toFixed(0)} ms: A/B ${median(pairs).toFixed(2)} (paired median; A later in ${pairs.filter((r) => r > 1).length}/${pairs.length}${missed ? `; ${missed} loads without the marker` : ""})`
      );
    }
    const scripts = measured.find((l) => l.mode === mode && l.key === "A")?.load.scripts ?? [];
    console.log(`  ${mode} files A requested: ${scripts.join(" ")}`);
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
