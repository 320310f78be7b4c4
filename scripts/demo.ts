/**
 * npm run demo: the real pane without Excel. It builds dist/ if the sources changed, then opens
 * the built pane in Chromium under Microsoft's own office.js, with the simulated Excel of the
 * browser tests (tests/support/excel-host) as the host: a new, empty workbook that lives in this
 * process. Every button works on it (insert, refresh, charts, formulas, share); nothing is sent
 * anywhere, and the workbook is gone when the demo stops.
 *
 * - With a display (Windows, Mac, or Linux with $DISPLAY or $WAYLAND_DISPLAY): a visible Chromium
 *   window at the pane's width. Close it, or press Ctrl+C, to stop.
 * - Without one: it says so plainly, runs the pane in headless Chromium instead, saves a
 *   screenshot, and lets another browser show and drive it through Chromium's remote debugging
 *   port on 127.0.0.1 (chrome://inspect). Ctrl+C stops it.
 *
 * Options: --lang <Office locale> (en-US, ru-RU, kk-KZ, uz-Latn-UZ, fr-FR; Office's display
 * language), --width <px> (default 350, Excel on the web's), --headless, --port <n> (default
 * 9222), --once (open, screenshot, stop: a smoke check), --screenshot <file>, --no-build (use
 * dist/ as it is).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ExcelHost } from "../tests/support/excel-host/host";
import { openInHost } from "../tests/support/excel-host/page";
import { CHROMIUM } from "./lib/browser";

const ROOT = resolve(__dirname, "..");
const LOCALES = ["en-US", "ru-RU", "kk-KZ", "uz-Latn-UZ", "fr-FR"];

export interface DemoPlan {
  /** A visible window (true) or headless Chromium (false). */
  window: boolean;
  /** Why there is no window, when there is none. */
  noDisplay?: string;
  locale: string;
  width: number;
  height: number;
  port: number;
  once: boolean;
  /** Build dist/ first if the sources changed (not with --no-build). */
  build: boolean;
  screenshot: string;
}

/** What the demo will do, from its arguments, the environment and the platform. */
export function planDemo(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  platform: string
): { ok: true; plan: DemoPlan } | { ok: false; error: string } {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const locale = value("--lang") ?? "en-US";
  if (!LOCALES.includes(locale))
    return { ok: false, error: `--lang ${locale}: use one of ${LOCALES.join(", ")}.` };
  const number = (name: string, fallback: number, min: number, max: number) => {
    const text = value(name);
    if (text === undefined) return fallback;
    const n = Number(text);
    return Number.isInteger(n) && n >= min && n <= max ? n : NaN;
  };
  const width = number("--width", 350, 280, 1200);
  const port = number("--port", 9222, 1024, 65535);
  if (Number.isNaN(width)) return { ok: false, error: "--width: a whole number from 280 to 1200." };
  if (Number.isNaN(port)) return { ok: false, error: "--port: a whole number from 1024 to 65535." };
  const display =
    platform === "win32" || platform === "darwin" || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  const headless = argv.includes("--headless");
  return {
    ok: true,
    plan: {
      window: display && !headless,
      noDisplay: headless
        ? "--headless was given"
        : display
          ? undefined
          : "no display here ($DISPLAY and $WAYLAND_DISPLAY are not set)",
      locale,
      width,
      height: 800,
      port,
      once: argv.includes("--once"),
      build: !argv.includes("--no-build"),
      screenshot: value("--screenshot") ?? join(ROOT, "dist", "demo-screenshot.png"),
    },
  };
}

/** The flags of every launch: Chromium reaches nothing on its own (updates, sync, QUIC probes). */
const QUIET = [
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

/** Chromium for the plan: a window, or headless with its debugging port on 127.0.0.1. */
export function launchFor(plan: DemoPlan): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: !plan.window,
    args: plan.window
      ? [...QUIET, `--window-size=${plan.width + 16},${plan.height + 120}`]
      : [
          ...QUIET,
          "--no-sandbox",
          "--disable-gpu",
          "--remote-debugging-address=127.0.0.1",
          `--remote-debugging-port=${plan.port}`,
        ],
  });
}

/** Opens the pane on a new simulated workbook; resolves once it shows its next step. */
export async function openDemo(
  browser: Browser,
  plan: DemoPlan
): Promise<{ page: Page; host: ExcelHost }> {
  const host = new ExcelHost({ uiLocale: plan.locale });
  const dataset = readFileSync(join(ROOT, "assets", "data", "kzuz-dataset.json"), "utf8");
  const { page } = await openInHost(browser, host, {
    width: plan.width,
    height: plan.height,
    overrides: [[/assets\/data\/kzuz-dataset\.json/, () => dataset]],
  });
  await page.getByTestId("primary-action").waitFor({ timeout: 30_000 });
  return { page, host };
}

/** What the workbook holds now, in one line (said when the demo stops). */
export function workbookLine(host: ExcelHost): string {
  const tables = host.workbook.tables.map((t) => t.name);
  const charts = host.workbook.charts().map((c) => c.chart.name);
  return `The simulated workbook held ${tables.length} table(s)${tables.length ? ` (${tables.join(", ")})` : ""} and ${charts.length} chart(s)${charts.length ? ` (${charts.join(", ")})` : ""}; it is discarded now.`;
}

/** Builds dist/ when the sources changed since it was built (as npm test does). */
function buildIfStale(): boolean {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "build-if-stale.js")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  return run.status === 0;
}

async function main(): Promise<number> {
  const planned = planDemo(process.argv.slice(2), process.env, process.platform);
  if (!planned.ok) {
    console.error(`npm run demo: ${planned.error}`);
    return 2;
  }
  const { plan } = planned;
  if (plan.build && !buildIfStale()) {
    console.error("npm run demo: the build failed (see above), so there is no pane to show.");
    return 1;
  }
  console.log(
    "KZUZ demo: the built pane (dist/) in Chromium, under Microsoft's office.js, on a simulated Excel " +
      "(tests/support/excel-host) with a new, empty workbook. Its buttons work on that workbook; " +
      "nothing is sent anywhere, and the workbook is discarded when the demo stops."
  );
  if (!plan.window)
    console.log(
      `No window can open: ${plan.noDisplay}. The pane runs in headless Chromium instead.`
    );
  const browser = await launchFor(plan);
  let host: ExcelHost | undefined;
  let stopped = false;
  const stop = async (code: number) => {
    if (!stopped && host) console.log(workbookLine(host));
    stopped = true;
    await browser.close().catch(() => undefined);
    return code;
  };
  try {
    const opened = await openDemo(browser, plan);
    host = opened.host;
    await opened.page.screenshot({ path: plan.screenshot });
    console.log(
      `The pane is open (${plan.locale}, ${plan.width} px wide). Screenshot: ${plan.screenshot}`
    );
    if (plan.once) return await stop(0);
    if (plan.window) console.log("Close the window, or press Ctrl+C here, to stop.");
    else
      console.log(
        `To see and use it from another browser: open chrome://inspect in Chrome or Edge on this ` +
          `machine (from another one, first: ssh -L ${plan.port}:127.0.0.1:${plan.port} <this machine>), ` +
          `add localhost:${plan.port} under "Configure…", then click "inspect" under the page "KZUZ for Excel". ` +
          `Press Ctrl+C here to stop.`
      );
  } catch (error) {
    console.error(`npm run demo: ${error instanceof Error ? error.message : String(error)}`);
    return stop(1);
  }
  return new Promise<number>((done) => {
    const end = () => void stop(0).then(done);
    process.once("SIGINT", end);
    process.once("SIGTERM", end);
    // The window closed by the user.
    browser.once("disconnected", () => void stop(0).then(done));
  });
}

if (require.main === module)
  void main().then((code) => {
    process.exitCode = code;
    // Nothing of the demo keeps running once it stopped.
    process.exit(code);
  });
