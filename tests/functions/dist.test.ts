/**
 * The built functions (npm test builds first), loaded in Node the way Excel's runtime would: a
 * fresh global scope with only CustomFunctions.associate provided, running the scripts
 * taskpane.html loads up to and including functions.js (webpack's runtime and the shared chunk
 * first), in the page's order.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";

const DIST = join(__dirname, "..", "..", "dist");
const GOLDEN = join(__dirname, "functions.golden.json");

/** The local scripts taskpane.html loads, in order, up to and including functions.js. */
function scriptsUpToFunctions(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]+src=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const at = scripts.indexOf("functions.js");
  if (at < 0) throw new Error("taskpane.html does not load functions.js");
  return scripts.slice(0, at + 1);
}

function loadBundle() {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
  };
  const context = createContext({ CustomFunctions });
  for (const file of scriptsUpToFunctions())
    runInContext(readFileSync(join(DIST, file), "utf8"), context, { filename: file });
  return registered;
}

test("the page loads webpack's runtime and the shared chunk before functions.js", () => {
  expect(scriptsUpToFunctions()).toEqual(["runtime.js", "shared.js", "functions.js"]);
});

test("every function in functions.json registers, and nothing else does", () => {
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
    functions: { id: string }[];
  };
  const registered = loadBundle();
  expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  expect(registered.size).toBe(11);
});

test('KZUZ.INVESTMENT("Kashka-Daria") evaluates to 250000000 in the built bundle', () => {
  const investment = loadBundle().get("INVESTMENT")!;
  const results: unknown[] = [];
  investment("Kashka-Daria", null, { setResult: (v: unknown) => results.push(v) });
  expect(results).toEqual([250_000_000]);
});

test("the generated functions.json matches the golden copy (UPDATE_GOLDEN=1 rewrites it)", () => {
  const built = readFileSync(join(DIST, "functions.json"), "utf8");
  if (process.env.UPDATE_GOLDEN) require("node:fs").writeFileSync(GOLDEN, built);
  expect(JSON.parse(built)).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
});

test("every function's help link leads to a section of help.html", () => {
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
    functions: { id: string; helpUrl: string }[];
  };
  const help = readFileSync(join(DIST, "help.html"), "utf8");
  for (const f of metadata.functions) {
    const anchor = f.helpUrl.split("#")[1];
    expect(help).toMatch(new RegExp(`id=["']?${anchor}["'\\s>]`));
  }
});
