/**
 * Custom-function speed: evaluations per second of KZUZ.INVESTMENT and KZUZ.PROJECTS through the
 * built bundle (dist/functions.js, as Excel loads it) and the streaming path a cell uses. Also
 * the bundle's start-up: the time to load functions.js and register every function.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runInNewContext } from "node:vm";

type Fn = (...args: unknown[]) => void;
const code = readFileSync(join(__dirname, "../dist/functions.js"), "utf8");

function load(): Map<string, Fn> {
  const registered = new Map<string, Fn>();
  runInNewContext(code, {
    CustomFunctions: { associate: (id: string, fn: Fn) => registered.set(id, fn) },
  });
  return registered;
}

const starts: number[] = [];
let fns = load();
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  fns = load();
  starts.push(performance.now() - t);
}
starts.sort((a, b) => a - b);
console.log(
  `functions: load functions.js and register ${fns.size} functions: ${starts[5].toFixed(1)} ms (median of 10)`
);

function rate(id: string, args: () => unknown[], n: number): void {
  const fn = fns.get(id) as Fn;
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
rate("INVESTMENT", () => [names[Math.floor(Math.random() * names.length)], null], 100_000);
rate("PROJECTS", () => [null, true], 20_000);
rate("PROJECTS", () => [names[Math.floor(Math.random() * names.length)], false], 20_000);
