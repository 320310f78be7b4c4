/**
 * Data-layer speed: loading the published dataset (parse + validate + index), then 100,000 mixed
 * queries. Run with `npx tsx bench/data.bench.ts` (npm run bench runs every *.bench.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  buildIndex,
  investment,
  progress,
  requiredGrowth,
  resolve,
  tradeForYear,
  type Index,
} from "../src/data/query";
import { INTERNALS } from "../src/data/query/build";
import { parseDatasetText } from "../src/data/validate";
import { englishTranslator } from "../src/i18n/translator";

const LOAD_RUNS = 50;
const QUERIES = 100_000;
const text = readFileSync(join(__dirname, "../assets/data/kzuz-dataset.json"), "utf8");

/** Parse, validate and index, every part of the index built (some are built on first use). */
function load(): Index {
  const parsed = parseDatasetText(text);
  if (!parsed.ok) throw new Error(englishTranslator.text(parsed.error));
  const index = buildIndex(parsed.value);
  const parts = index[INTERNALS];
  void [parts.entities, parts.investments, parts.recordSourceIds, parts.domains, parts.sides];
  return index;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const loadTimes: number[] = [];
let index = load();
for (let i = 0; i < LOAD_RUNS; i++) {
  const start = performance.now();
  index = load();
  loadTimes.push(performance.now() - start);
}
console.log(
  `data: load+validate+index ${median(loadTimes).toFixed(2)} ms (median of ${LOAD_RUNS}; every part of the index built, though the name matchers, investments and sources wait for their first query)`
);

/** Names as users type them: aliases, scripts, generic words, typos, unknowns. */
const names = [
  "Kashka-Daria",
  "Qashqadaryo",
  "Қашқадарё",
  "Кашкадарья",
  "Kashkadarya region",
  "Tachkent",
  "Тошкент",
  "Tashkent region",
  "Turkistan",
  "Sirdaryo",
  "Nouveau Tachkent",
  "Astana",
  "Uzbekistan",
  "KZ",
  "ICIC",
  "Tenge Bank",
  "hotels",
  "logistics",
  "Tashkemt",
  "Samarkand",
  "tash",
  "LAB complex",
  "Kashkadarua",
];
const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const reporters = [undefined, "KZ", "Uzbekistan", "statistics", "joint"];
const kinds = 5;

let sink = 0;
const start = performance.now();
for (let i = 0; i < QUERIES; i++) {
  const name = names[i % names.length];
  const year = years[i % years.length];
  switch (i % kinds) {
    case 0:
      sink += resolve(index, name).ok ? 1 : 0;
      break;
    case 1: {
      const r = investment(index, name);
      sink += r.ok ? r.value.usd : 0;
      break;
    }
    case 2: {
      const r = tradeForYear(index, year, reporters[i % reporters.length]);
      sink += r.ok ? r.value.usd : 0;
      break;
    }
    case 3: {
      const r = progress(index, year);
      sink += r.ok ? r.value.ratio : 0;
      break;
    }
    default: {
      const r = requiredGrowth(index, year);
      sink += r.ok ? r.value.cagr : 0;
    }
  }
}
const elapsed = performance.now() - start;
console.log(
  `data: ${QUERIES} mixed queries in ${elapsed.toFixed(0)} ms = ${((elapsed * 1000) / QUERIES).toFixed(2)} µs/query` +
    (Number.isFinite(sink) ? "" : " (!)")
);
