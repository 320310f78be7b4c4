/**
 * Custom-function speed: evaluations per second of KZUZ.INVESTMENT and KZUZ.PROJECTS through the
 * built chunks (those taskpane.html loads up to functions.js, as Excel loads them) and the
 * streaming path a cell uses; the time to load them and register every function; and the
 * JavaScript time to update 10,000 live KZUZ formulas after a refresh.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createContext, runInContext } from "node:vm";
// First: the page's store with the published dataset, as the functions find it once it loaded.
import { pageStore } from "../tests/support/page-store";
import { distFetch } from "../tests/support/dist-fetch";
import { parseDataset } from "../src/data/validate";
import { englishTranslator } from "../src/i18n/translator";
import * as kzuz from "../src/functions/functions";

type Fn = (...args: unknown[]) => void;
const DIST = join(__dirname, "../dist");
const page = readFileSync(join(DIST, "taskpane.html"), "utf8");
const scripts = [...page.matchAll(/<script[^>]+src=["']?([^"'\s>]+)/g)]
  .map((m) => m[1])
  .filter((src) => !/^https?:/.test(src));
const chunks = scripts
  .slice(0, scripts.indexOf("functions.js") + 1)
  .map((file) => ({ file, code: readFileSync(join(DIST, file), "utf8") }));

/**
 * The built functions, registered and answering: the dataset is not in the scripts but fetched
 * (here from dist/, as the page fetches it), so they are ready when a cell has its first answer.
 */
async function load(): Promise<Map<string, Fn>> {
  const registered = new Map<string, Fn>();
  const context = createContext({
    CustomFunctions: { associate: (id: string, fn: Fn) => registered.set(id, fn) },
    fetch: distFetch(DIST).fetch,
  });
  for (const { file, code } of chunks) runInContext(code, context, { filename: file });
  await new Promise<void>((resolve) => registered.get("ASOF")!({ setResult: () => resolve() }));
  return registered;
}

async function main(): Promise<void> {
  const starts: number[] = [];
  let fns = await load();
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    fns = await load();
    starts.push(performance.now() - t);
  }
  starts.sort((a, b) => a - b);
  console.log(
    `functions: load ${chunks.map((c) => c.file).join(", ")}, register ${fns.size} functions and fetch the dataset until a first answer: ${starts[5].toFixed(1)} ms (median of 10)`
  );
  await rate("INVESTMENT", () => [names[Math.floor(Math.random() * names.length)], null], 100_000);
  await recalculated(1_000, 100);
  await rate("PROJECTS", () => [null, true], 20_000);
  await rate("PROJECTS", () => [names[Math.floor(Math.random() * names.length)], false], 20_000);
  refreshLiveFormulas();
}

/** Each measurement runs on a freshly loaded runtime, so cells left live by one do not weigh on the next. */
async function rate(id: string, args: () => unknown[], n: number): Promise<void> {
  const fn = (await load()).get(id) as Fn;
  let last: unknown;
  const invocation = { setResult: (v: unknown) => (last = v) };
  const t = performance.now();
  for (let i = 0; i < n; i++) fn(...args(), { ...invocation });
  const ms = performance.now() - t;
  console.log(
    `functions: ${id}: ${Math.round((n / ms) * 1000).toLocaleString("en-US")} evaluations/s (${n.toLocaleString("en-US")} in ${ms.toFixed(0)} ms; last result ${JSON.stringify(last).slice(0, 40)})`
  );
}

const names = [
  "Kashka-Daria",
  "Qashqadaryo",
  "Tashkent",
  "Kazakhstan",
  "logistics",
  "ICIC",
  "Turkestan region",
  "Uzbekistan",
];

/**
 * A sheet of 1,000 INVESTMENT cells recalculated 100 times: Excel cancels a streaming cell's
 * invocation before evaluating it again (on a manual recalculation or an edit of its arguments),
 * so cells do not pile up as they do in the loop above, where every evaluation stays live.
 */
async function recalculated(cells: number, rounds: number): Promise<void> {
  const fn = (await load()).get("INVESTMENT") as Fn;
  const sheet = Array.from({ length: cells }, (_, i) => ({
    query: names[(i * 7) % names.length],
    invocation: undefined as
      { setResult: (v: unknown) => void; onCanceled?: () => void } | undefined,
  }));
  let last: unknown;
  const recalculate = () => {
    for (const cell of sheet) {
      cell.invocation?.onCanceled?.();
      cell.invocation = { setResult: (v: unknown) => (last = v) };
      fn(cell.query, null, cell.invocation);
    }
  };
  for (let r = 0; r < 10; r++) recalculate(); // warm-up, not timed: a sheet is recalculated often
  const t = performance.now();
  for (let r = 0; r < rounds; r++) recalculate();
  const ms = performance.now() - t;
  const n = cells * rounds;
  console.log(
    `functions: INVESTMENT, ${cells.toLocaleString("en-US")} cells recalculated ${rounds} times: ${Math.round((n / ms) * 1000).toLocaleString("en-US")} evaluations/s (${n.toLocaleString("en-US")} in ${ms.toFixed(0)} ms; last result ${JSON.stringify(last)})`
  );
}

/** 10,000 live formulas, a sheet-like mix, then a refresh that changes some of their answers. */
function refreshLiveFormulas(): void {
  const store = pageStore;
  const cells: { results: unknown[] }[] = [];
  const years = [2019, 2020, 2021, 2022, 2023, 2024];
  for (let i = 0; i < 10_000; i++) {
    const cell = { results: [] as unknown[], setResult: (v: unknown) => cell.results.push(v) };
    cells.push(cell);
    if (i % 4 === 0) kzuz.trade(years[i % years.length], null, cell);
    else if (i % 10 === 1) kzuz.progress(null, null, cell);
    else kzuz.investment(names[i % names.length], null, cell);
  }
  const revised = structuredClone(store.get().dataset) as unknown as {
    version: string;
    projects: { id: string; investment: { usd?: number } }[];
  };
  revised.version = "2026.12.0";
  const lab = revised.projects.find((p) => p.id === "lab-complex-kashkadarya");
  if (lab) lab.investment.usd = 300_000_000;
  const parsed = parseDataset(revised);
  if (!parsed.ok) throw new Error(englishTranslator.text(parsed.error));
  const before = cells.reduce((n, c) => n + c.results.length, 0);
  const times: number[] = [];
  for (let round = 0; round < 7; round++) {
    const dataset = round === 0 ? parsed.value : structuredClone(parsed.value);
    const t = performance.now();
    store.replace(dataset, { kind: "url", url: "https://example.org/d.json", fetchedAt: "now" });
    times.push(performance.now() - t);
  }
  const updated = cells.reduce((n, c) => n + c.results.length, 0) - before;
  times.sort((a, b) => a - b);
  console.log(
    `functions: 10,000 live formulas updated after a refresh: ${times[3].toFixed(1)} ms of JavaScript (median of 7, index build included; ${updated.toLocaleString("en-US")} cells redrawn over the 7 refreshes)`
  );
}
void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
