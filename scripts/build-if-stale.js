// @ts-check
/**
 * `npm test` needs a production build in dist/ (the built functions, manifest and help pages are
 * tested, and the start budget is checked on it), but not a new one every time: this builds only
 * when something the build reads has changed since dist/ was built. What it reads: the tracked
 * and untracked (not ignored) files under src/, assets/, scripts/ and the build's own files, by
 * content, and the installed webpack toolchain's lock file. `--force` builds anyway.
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

/** A hash of every input file's path and content (environment settings that change the build too). */
function inputsHash() {
  const files = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ...INPUTS],
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
