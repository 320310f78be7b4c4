/**
 * Task-pane figures: context.sync calls per refresh and the time to prepare 10,000 rows (through
 * the test workbook model, whose own bookkeeping is included), the JavaScript taskpane.html loads
 * in gzip bytes, and the median first-contentful-paint of the production page in headless Chromium,
 * served by webpack-dev-server in production mode (the same bundles as dist/; office.js answered
 * from the local copy, so no network is used).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../scripts/lib/browser";
import { ROOT, freePort, startDevServer, stopDevServer } from "../scripts/lib/dev-server";
import type { View } from "../src/data/views";
import { writeTables } from "../src/excel/tables/write";
import { createFakeExcel } from "../tests/support/fake-excel";

const DIST = join(__dirname, "../dist");
const OFFICE_JS_DIR = join(__dirname, "../node_modules/@microsoft/office-js/dist");

function rows(n: number, prefix: string): View {
  return {
    key: "trade",
    title: "Bench",
    columns: [
      { key: "id", header: "ID", kind: "id" },
      { key: "year", header: "Year", kind: "year" },
      { key: "value", header: "Turnover (USD)", kind: "usd" },
      { key: "reporter", header: "Reported by", kind: "text" },
      { key: "url", header: "Source URL", kind: "url" },
    ],
    rows: Array.from({ length: n }, (_, i) => ({
      id: `${prefix}${i}`,
      cells: [
        `${prefix}${i}`,
        2000 + (i % 30),
        1e9 + i,
        `Reporter ${i % 7}`,
        `https://example.org/${i}`,
      ],
    })),
  };
}

async function syncsAndTime(): Promise<void> {
  for (const n of [10, 10_000]) {
    const excel = createFakeExcel();
    const t0 = performance.now();
    const inserted = await writeTables(excel.context, [rows(n, "a")]);
    const t1 = performance.now();
    const refreshed = await writeTables(excel.context, [rows(n, n > 10 ? "a" : "b")], {
      knownTableIds: inserted.tableIds,
    });
    const t2 = performance.now();
    console.log(
      `pane: ${n.toLocaleString("en-US")} rows: insert ${inserted.syncs} syncs in ${(t1 - t0).toFixed(0)} ms, refresh ${refreshed.syncs} syncs in ${(t2 - t1).toFixed(0)} ms (test workbook model included)`
    );
  }
}

function bundleSizes(): void {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]+src=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((s) => !/office\.js$/.test(s));
  let total = 0;
  for (const s of scripts) {
    const bytes = gzipSync(readFileSync(join(DIST, s)), { level: 9 }).length;
    total += bytes;
    console.log(
      `pane: ${s}: ${(bytes / 1024).toFixed(1)} KB gzip (${bytes.toLocaleString("en-US")} bytes)`
    );
  }
  console.log(
    `pane: all JavaScript taskpane.html loads (office.js aside): ${(total / 1024).toFixed(1)} KB gzip`
  );
  // With another language active the page also loads that language's catalogue, and only it.
  const langs = (
    JSON.parse(readFileSync(join(__dirname, "../src/i18n/locales.json"), "utf8")) as {
      lang: string;
    }[]
  ).filter((l) => l.lang !== "en");
  for (const { lang } of langs) {
    const file = join(DIST, `i18n-${lang}.js`);
    if (!existsSync(file)) continue;
    const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
    console.log(
      `pane: with ${lang} active: i18n-${lang}.js ${(bytes / 1024).toFixed(1)} KB gzip, all JavaScript at start ${((total + bytes) / 1024).toFixed(1)} KB gzip`
    );
  }
  const chart = join(DIST, "charts.js");
  if (existsSync(chart)) {
    const bytes = gzipSync(readFileSync(chart), { level: 9 }).length;
    console.log(
      `pane: charts.js, loaded on the first chart build only: ${(bytes / 1024).toFixed(1)} KB gzip`
    );
  }
}

async function firstContentfulPaint(): Promise<void> {
  const server = await startDevServer({
    port: await freePort(),
    mode: "production",
    logFile: join(ROOT, ".kzuz", "bench-dev-server.log"),
  });
  const browser = await launchChromium();
  const runs: { officeJs: string; lang?: string }[] = [
    { officeJs: "local copy" },
    { officeJs: "failing" },
    { officeJs: "local copy", lang: "ru" },
  ];
  for (const { officeJs, lang } of runs) {
    const times: number[] = [];
    const scripts = new Set<string>();
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      // The language the user chose, remembered as the pane remembers it (src/i18n/detect.ts).
      if (lang)
        await page.addInitScript(`localStorage.setItem("kzuz.lang", ${JSON.stringify(lang)})`);
      page.on("request", (r) => {
        const name = new URL(r.url()).pathname.split("/").pop() ?? "";
        if (r.resourceType() === "script" && existsSync(join(DIST, name))) scripts.add(name);
      });
      // The CDN's files are answered from @microsoft/office-js, which holds the same tree.
      await page.route("https://appsforoffice.microsoft.com/**", (route) => {
        const local = join(
          OFFICE_JS_DIR,
          new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "")
        );
        if (officeJs === "failing" || !existsSync(local)) return route.abort();
        return route.fulfill({ path: local, contentType: "text/javascript" });
      });
      await page.goto(server.url, { waitUntil: "domcontentloaded" });
      // A string, so that the bundler does not rewrite the page's own `performance`.
      const fcp = (await page.evaluate(`new Promise((resolve) => {
        const entry = performance.getEntriesByName("first-contentful-paint")[0];
        if (entry) return resolve(entry.startTime);
        new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: "paint", buffered: true });
      })`)) as number;
      times.push(fcp);
      await context.close();
    }
    times.sort((a, b) => a - b);
    const language = lang ? `, ${lang} active` : "";
    console.log(
      `pane: first contentful paint, office.js ${officeJs}${language}: ${times[3].toFixed(0)} ms median of 7 (min ${times[0].toFixed(0)}, max ${times[6].toFixed(0)})`
    );
    if (lang) {
      const bytes = [...scripts].reduce(
        (sum, s) => sum + gzipSync(readFileSync(join(DIST, s)), { level: 9 }).length,
        0
      );
      console.log(
        `pane: JavaScript the page had fetched by its first paint with ${lang} active: ${[...scripts].sort().join(", ")} = ${(bytes / 1024).toFixed(1)} KB gzip`
      );
    }
  }
  await browser.close();
  stopDevServer(server.pid);
}

void (async () => {
  await syncsAndTime();
  bundleSizes();
  await firstContentfulPaint();
})();
