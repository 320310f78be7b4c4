/**
 * The start budget (scripts/check-size.js): what it counts (the page's own <script> tags, then
 * each view's and language's start chunks, gzip -9) and that npm test fails when a start is over.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const { scriptTags, startFigures } = require("../../scripts/check-size.js");

const budget = {
  targetKiB: 1,
  budgetKiB: { en: 2, ru: 2 },
  views: { excel: ["excel"], outside: ["outside"] },
  languages: { en: [], ru: ["i18n-ru"] },
};

/** A dist/ whose files hold `sizes` bytes of incompressible text. */
function dist(sizes: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), "kzuz-size-"));
  writeFileSync(
    join(dir, "taskpane.html"),
    `<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>` +
      `<script defer src=runtime.js></script><script defer="defer" src="taskpane.js"></script>`
  );
  let seed = 1;
  for (const [file, n] of Object.entries(sizes)) {
    const text = Array.from({ length: n }, () => {
      seed = (seed * 16807) % 2147483647;
      return String.fromCharCode(33 + (seed % 90));
    }).join("");
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

test("counts the page's own scripts (not office.js), then each view's and language's start chunks", () => {
  expect(
    scriptTags(
      `<script src="https://cdn/office.js"></script><script defer src=runtime.js></script>`
    )
  ).toEqual(["runtime.js"]);
  const dir = dist({
    "runtime.js": 100,
    "taskpane.js": 300,
    "excel.js": 50,
    "outside.js": 60,
    "i18n-ru.js": 70,
  });
  const figures = startFigures(dir, budget);
  const gz = (f: string, n: number) =>
    gzipSync(require("node:fs").readFileSync(join(dir, f)), { level: 9 }).length + n;
  expect(
    figures.map((f: { view: string; lang: string; files: string[] }) => [f.view, f.lang, f.files])
  ).toEqual([
    ["excel", "en", ["runtime.js", "taskpane.js", "excel.js"]],
    ["excel", "ru", ["runtime.js", "taskpane.js", "excel.js", "i18n-ru.js"]],
    ["outside", "en", ["runtime.js", "taskpane.js", "outside.js"]],
    ["outside", "ru", ["runtime.js", "taskpane.js", "outside.js", "i18n-ru.js"]],
  ]);
  expect(figures[0].bytes).toBe(gz("runtime.js", gz("taskpane.js", gz("excel.js", 0))));
  expect(figures.every((f: { over: boolean }) => !f.over)).toBe(true);
});

test("npm test's check exits 1 and names the start that is over its budget", () => {
  const root = mkdtempSync(join(tmpdir(), "kzuz-size-root-"));
  mkdirSync(join(root, "scripts"));
  cpSync(join(__dirname, "../../scripts/check-size.js"), join(root, "scripts/check-size.js"));
  writeFileSync(join(root, "scripts/start-budget.json"), JSON.stringify(budget));
  cpSync(
    dist({
      "runtime.js": 100,
      "taskpane.js": 300,
      "excel.js": 50,
      "outside.js": 60,
      "i18n-ru.js": 3000,
    }),
    join(root, "dist"),
    { recursive: true }
  );
  const run = spawnSync(process.execPath, [join(root, "scripts/check-size.js")], {
    encoding: "utf8",
  });
  expect(run.status).toBe(1);
  expect(run.stdout).toMatch(/OVER excel {4}ru/);
  expect(run.stdout).toMatch(/ok {3}excel {4}en/);
  expect(run.stderr).toContain("2 of 4 starts are over their budget");
});

test("a chunk named in the budget but missing from dist/ is an error, not a smaller figure", () => {
  const dir = dist({ "runtime.js": 10, "taskpane.js": 10, "excel.js": 10, "i18n-ru.js": 10 });
  expect(() => startFigures(dir, budget)).toThrow(
    "outside.js is in the start budget but not in dist/"
  );
});
