/**
 * The add-in's version, as README's "Changes" section describes it: the manifest's <Version>
 * (n.n.n.n, what Office compares to reload the add-in and its functions' metadata) begins with
 * package.json's version (n.n.n), and the newest entry of "Changes" is that version, so a bump
 * never goes without a line saying what changed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

const manifest = /<Version>([^<]+)<\/Version>/.exec(read("manifest.xml"))?.[1];
const pkg = (JSON.parse(read("package.json")) as { version: string }).version;

test("the manifest's version begins with package.json's", () => {
  expect(manifest).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(manifest?.split(".").slice(0, 3).join(".")).toBe(pkg);
});

test("README's Changes section starts with this version", () => {
  const readme = read("README.md");
  const changes = readme.slice(readme.indexOf("\n## Changes\n"));
  expect(changes.startsWith("\n## Changes\n")).toBe(true);
  expect(/\n### (\d+\.\d+\.\d+)/.exec(changes)?.[1]).toBe(pkg);
});
