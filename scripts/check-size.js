// @ts-check
/**
 * The start budget: the JavaScript a pane requests before its main content, gzip -9 (as
 * ../shared/perf measures it), for every view (in Excel, outside Excel) and every language, must
 * stay within scripts/start-budget.json's budgetKiB for that language; the gap to targetKiB is
 * printed. What counts: the local <script> tags of
 * dist/taskpane.html (office.js is Microsoft's and not ours) plus the chunks the view and the
 * language load on demand before the main content (listed in the budget file; the browser tests
 * check that list against what the page really requests). Prints every figure; exits 1 when one
 * is over. Run by `npm test` after the build.
 */
const { existsSync, readFileSync } = require("node:fs");
const path = require("node:path");
const { gzipSync } = require("node:zlib");

const ROOT = path.resolve(__dirname, "..");

/**
 * @typedef {{ targetKiB: number, budgetKiB: Record<string, number>, views: Record<string, string[]>, languages: Record<string, string[]> }} Budget
 * @typedef {{ view: string, lang: string, files: string[], bytes: number, budget: number, over: boolean }} Figure
 */

/** The local scripts a page's <script> tags load, in order. @param {string} html */
function scriptTags(html) {
  return [...html.matchAll(/<script[^>]+src=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^(https?:)?\/\//.test(src));
}

/**
 * The start JavaScript of every view and language in `dist`, against `budget`.
 * @param {string} dist @param {Budget} budget @returns {Figure[]}
 */
function startFigures(dist, budget) {
  const tags = scriptTags(readFileSync(path.join(dist, "taskpane.html"), "utf8"));
  /** @type {Map<string, number>} */
  const sizes = new Map();
  const gz = (/** @type {string} */ file) => {
    if (!sizes.has(file)) {
      const full = path.join(dist, file);
      if (!existsSync(full)) throw new Error(`${file} is in the start budget but not in dist/`);
      sizes.set(file, gzipSync(readFileSync(full), { level: 9 }).length);
    }
    return /** @type {number} */ (sizes.get(file));
  };
  /** @type {Figure[]} */
  const figures = [];
  for (const [view, chunks] of Object.entries(budget.views))
    for (const [lang, langChunks] of Object.entries(budget.languages)) {
      const files = [...tags, ...[...chunks, ...langChunks].map((c) => `${c}.js`)];
      const bytes = files.reduce((sum, f) => sum + gz(f), 0);
      const ceiling = budget.budgetKiB[lang];
      if (ceiling === undefined) throw new Error(`no budgetKiB for ${lang} in the start budget`);
      figures.push({ view, lang, files, bytes, budget: ceiling, over: bytes > ceiling * 1024 });
    }
  return figures;
}

function main() {
  const dist = path.join(ROOT, "dist");
  /** @type {Budget} */
  const budget = JSON.parse(readFileSync(path.join(__dirname, "start-budget.json"), "utf8"));
  const figures = startFigures(dist, budget);
  console.log(
    `JavaScript before the main content, gzip -9 (budget per language; target ${budget.targetKiB} KiB):`
  );
  for (const f of figures) {
    const kib = f.bytes / 1024;
    const gap =
      kib > budget.targetKiB
        ? `${(kib - budget.targetKiB).toFixed(1)} over target`
        : "within target";
    console.log(
      `  ${f.over ? "OVER" : "ok  "} ${f.view.padEnd(8)} ${f.lang}  ${kib.toFixed(1).padStart(6)} KiB of ${f.budget} (${gap})  ${f.files.join(" ")}`
    );
  }
  const over = figures.filter((f) => f.over);
  if (over.length > 0) {
    console.error(
      `${over.length} of ${figures.length} starts are over their budget (scripts/start-budget.json).`
    );
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { scriptTags, startFigures };
