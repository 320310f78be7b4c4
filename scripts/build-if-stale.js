// @ts-check
/**
 * `npm test` needs a production build in dist/ (the built functions, manifest and help pages are
 * tested, and the start budget is checked on it), but not a new one every time: this builds only
 * when something the build reads has changed since dist/ was built. What it reads: the tracked
 * and untracked (not ignored) files under src/, assets/, scripts/ (less the scripts of other
 * commands, NOT_READ below) and the build's own files, by content, and the installed webpack
 * toolchain's lock file. `--force` builds anyway.
 *
 * A fresh clone has no dist/: its first `npm test` builds once (about 30 s of CPU), the next ones
 * only after a change to what the build reads. Changing a test, the Jest setup or the size
 * budget rebuilds nothing.
 */
const { execFileSync, spawnSync } = require("node:child_process");
const { createHash } = require("node:crypto");
const { existsSync, readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const STAMP = path.join(ROOT, "dist", ".build-stamp");
const INPUTS = [
  "src",
  "assets",
  "scripts",
  "manifest.xml",
  "webpack.config.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];
/**
 * Files under scripts/ the production build does not read (webpack.config.js requires
 * dev-certs.js, dataset-check-plugin.js, localized-functions-plugin.js and the catalogue
 * loaders): tools of other commands. A change to one of them needs no new dist/.
 */
const NOT_READ = [
  "scripts/build-if-stale.js",
  "scripts/check-size.js",
  "scripts/start-budget.json",
  "scripts/check-exports.js",
  "scripts/lib/esbuild-jest.js",
  "scripts/lib/catalogue-jest.js",
  "scripts/test-excel.ts",
  "scripts/excel-test-harness.ts",
  "scripts/demo.ts",
  "scripts/start.js",
  "scripts/stop.js",
  "scripts/data-report.ts",
  "scripts/lib/data-report.ts",
  "scripts/check-manifest.ts",
  "scripts/check-manifest-overrides.ts",
  "scripts/make-icons.ts",
  "scripts/gen-schema.ts",
  "scripts/lib/browser.ts",
];

/** A hash of every input file's path and content (environment settings that change the build too). */
function inputsHash() {
  const files = execFileSync(
    "git",
    [
      "ls-files",
      "-z",
      "--cached",
      "--others",
      "--exclude-standard",
      "--",
      ...INPUTS,
      ...NOT_READ.map((file) => `:(exclude)${file}`),
    ],
    { cwd: ROOT, encoding: "utf8" }
  )
    .split("\0")
    .filter(Boolean)
    .sort();
  const hash = createHash("sha256");
  hash.update(`KZUZ_PUBLIC_URL=${process.env.KZUZ_PUBLIC_URL ?? ""}\0`);
  for (const file of files) {
    const full = path.join(ROOT, file);
    if (!existsSync(full)) continue; // deleted in the working tree, not yet staged
    hash.update(`${file}\0`).update(readFileSync(full)).update("\0");
  }
  return hash.digest("hex");
}

function main() {
  const force = process.argv.includes("--force");
  const wanted = inputsHash();
  const have = existsSync(STAMP) ? readFileSync(STAMP, "utf8").trim() : "";
  if (!force && have === wanted) {
    console.log("dist/ is up to date with the sources: no build needed (--force builds anyway).");
    return;
  }
  const webpack = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const run = spawnSync(process.execPath, [webpack, "--mode", "production"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  writeFileSync(STAMP, `${wanted}\n`);
}

if (require.main === module) main();

module.exports = { inputsHash };
