/**
 * The pane beside Microsoft's React task-pane template (OfficeDev/Office-Addin-TaskPane-React at
 * 4abbd86, its production build in ../shared/perf/template-dist/ beside the checkout, MIT: its
 * LICENSE.template; KZUZ_TEMPLATE_DIST names another copy), in one interleaved run: the method of
 * ../shared/perf/bench.js, which the performance reviews use (./lib/panes.ts).
 *
 * - Each add-in's built files served by a local static server (gzip -9 for text, as a host would).
 * - office.js is always Microsoft's own (@microsoft/office-js). "excel": both pages opened as
 *   Excel task panes, as Office opens them (`?_host_Info=Excel$Mac$…`), office.js talking to the
 *   simulated Excel of tests/support/excel-host (a new workbook per load), so the pane shows its
 *   Excel view; "real": the same office.js outside Office, so the pane shows its preview.
 * - Headless Chromium at 350×900, a fresh context per load; in each round A and B back to back for
 *   each mode, the order swapped every round, so machine noise hits both alike.
 * - First paint = first contentful paint; main content = the Element Timing paint of a text only
 *   the real content shows (A: the main action, or the preview's notice; B: "Discover what this
 *   add-in can do").
 *
 * Prints, per mode and figure, the medians and the paired ratio A/B: the median of the rounds'
 * A÷B, with its quartiles and range, and in how many rounds A came later; and the machine's load
 * average (1 min) over the run. Figures, never pass/fail: on a shared machine the spread says how
 * far one run can be trusted (run more rounds when it is wide).
 *
 * `npx tsx bench/side-by-side.bench.ts [--rounds 12] [--mode excel|real] [--office-via server|route]
 * [--json file]` (--json also writes every load's figures, to pool runs)
 * (BENCH_ROUNDS also sets the rounds; default 12, after one warm-up round; OFFICE_VIA the way
 * office.js is served, ./lib/panes.ts).
 */
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import type { Browser } from "playwright-core";
import {
  APPS,
  KEYS,
  app,
  checkBuilds,
  launchBrowser,
  openPane,
  paintTimes,
  startServers,
  type Key,
  type Mode,
  type OfficeVia,
  type Servers,
} from "./lib/panes";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROUNDS = Number(option("rounds") ?? process.env.BENCH_ROUNDS ?? 12);
const MODES: Mode[] = option("mode") ? [option("mode") as Mode] : ["real", "excel"];
const VIA = (option("office-via") ?? process.env.OFFICE_VIA ?? "server") as OfficeVia;
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error("--rounds takes a whole number ≥ 1");

interface Load {
  fcp: number | undefined;
  main: number | undefined;
  scripts: string[];
}

async function loadOnce(browser: Browser, key: Key, mode: Mode, servers: Servers): Promise<Load> {
  const { context, page, scripts } = await openPane(browser, mode, servers, key);
  try {
    return { ...(await paintTimes(page, app(key).main[mode])), scripts };
  } finally {
    await context.close();
  }
}

/** The q-quantile of `xs` (linear between the two nearest). */
function quantile(xs: number[], q: number): number {
  const v = [...xs].sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const i = (v.length - 1) * q;
  const lo = Math.floor(i);
  return v[lo] + (v[Math.min(lo + 1, v.length - 1)] - v[lo]) * (i - lo);
}
const median = (xs: number[]) => quantile(xs, 0.5);

async function main(): Promise<void> {
  checkBuilds();
  const load: number[] = [loadavg()[0]];
  const servers = await startServers(VIA);
  const browser = await launchBrowser(VIA);
  const loads: { round: number; key: Key; mode: Mode; load: Load }[] = [];
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      for (const mode of MODES)
        for (const key of round % 2 === 0 ? KEYS : [...KEYS].reverse())
          loads.push({
            round,
            key,
            mode,
            load: await loadOnce(browser, key, mode, servers),
          });
      load.push(loadavg()[0]);
    }
  } finally {
    await browser.close();
    servers.close();
  }
  const measured = loads.filter((l) => l.round > 0); // round 0 warms up
  // --json <file>: every load's figures and the load samples, to pool several runs.
  const json = option("json");
  if (json)
    writeFileSync(
      json,
      JSON.stringify(
        {
          apps: Object.fromEntries(KEYS.map((k) => [k, app(k).dist])),
          via: VIA,
          load,
          loads: measured.map((l) => ({
            round: l.round,
            key: l.key,
            mode: l.mode,
            fcp: l.load.fcp,
            main: l.load.main,
          })),
        },
        null,
        1
      )
    );
  const f1 = (x: number) => x.toFixed(1);
  console.log(
    `side by side: A = ${APPS.A.name}, B = ${APPS.B.name}${APPS.A0 ? `, A0 = ${APPS.A0.dist} (baseline)` : ""}; ${ROUNDS} interleaved rounds (+1 warm-up); "excel" = both opened as Excel task panes, Microsoft's office.js with the simulated Excel host; "real" = the same office.js outside Office; office.js ${VIA === "server" ? "from a local static server (as a CDN serves it)" : "through Playwright's request interception (the old method)"}`
  );
  console.log(
    `  load average (1 min, ${load.length} samples: start, after each round): start ${f1(load[0])}, median ${f1(median(load))}, max ${f1(Math.max(...load))}, end ${f1(load[load.length - 1])} on ${cpus().length} cores (other work shares them: compare ratios, not milliseconds)`
  );
  for (const mode of MODES) {
    for (const metric of ["fcp", "main"] as const) {
      const name = metric === "fcp" ? "first paint  " : "main content ";
      const at = (round: number, key: Key) =>
        measured.find((l) => l.round === round && l.mode === mode && l.key === key)?.load[metric];
      const times = (key: Key) =>
        Array.from({ length: ROUNDS }, (_, i) => at(i + 1, key)).filter(
          (x): x is number => x !== undefined
        );
      const ms = KEYS.map((k) => `${k} ${median(times(k)).toFixed(0)} ms`).join(", ");
      const ratios = (x: Key, y: Key) => {
        const pairs: number[] = [];
        let missed = 0;
        for (let round = 1; round <= ROUNDS; round++) {
          const a = at(round, x);
          const b = at(round, y);
          if (a === undefined || b === undefined) missed++;
          else pairs.push(a / b);
        }
        return `${x}/${y} ${median(pairs).toFixed(2)} paired median (quartiles ${quantile(pairs, 0.25).toFixed(2)}–${quantile(pairs, 0.75).toFixed(2)}, range ${Math.min(...pairs).toFixed(2)}–${Math.max(...pairs).toFixed(2)}; ${x} later in ${pairs.filter((r) => r > 1).length}/${pairs.length}${missed ? `; ${missed} rounds without the marker` : ""})`;
      };
      console.log(`  ${mode.padEnd(5)} ${name} ${ms}`);
      console.log(`        ${ratios("A", "B")}`);
      if (APPS.A0) {
        console.log(`        ${ratios("A0", "B")}`);
        console.log(`        ${ratios("A", "A0")}`);
      }
    }
    const scripts = measured.find((l) => l.mode === mode && l.key === "A")?.load.scripts ?? [];
    console.log(`  ${mode.padEnd(5)} files A requested: ${scripts.join(" ")}`);
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
