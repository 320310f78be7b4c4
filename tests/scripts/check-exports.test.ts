/**
 * The dead-export checker (scripts/check-exports.js, run by npm run lint): an export nobody
 * imports is found, through barrels too; imports of every kind count; the tree has none.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const { deadExports } = require("../../scripts/check-exports.js");

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "kzuz-exports-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, ".."), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

test("finds exports nobody imports, following barrels, dynamic imports and tests", () => {
  const root = tree({
    "src/taskpane/index.tsx": `import { used } from "../lib";\nimport("../lazy").then((m) => m);\nused();\n`,
    "src/lib/index.ts": `export * from "./a";\nexport { b as renamed } from "./b";\n`,
    "src/lib/a.ts": `export function used() {}\nexport function unused() {}\nexport type Shape = { x: number };\n`,
    "src/lib/b.ts": `export const b = 1;\nexport const onlyTests = 2;\n`,
    "src/lazy.ts": `export const whole = 1;\n`,
    "src/functions/functions.ts": `export function investment() {}\n`,
    "tests/b.test.ts": `import { onlyTests } from "../src/lib/b";\nonlyTests;\n`,
  });
  expect(deadExports(root)).toEqual([
    ["src/lib/a.ts", 2, "unused"],
    ["src/lib/a.ts", 3, "Shape"],
    // renamed is used nowhere, so neither is the b it re-exports
    ["src/lib/b.ts", 1, "b"],
    ["src/lib/index.ts", 2, "renamed"],
  ]);
});

test("src/ has no dead exports", () => {
  expect(deadExports()).toEqual([]);
});
