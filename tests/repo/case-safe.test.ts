/**
 * No two tracked paths may differ only in case: Windows and macOS file systems are
 * case-insensitive by default, so such a pair checks out as one file and breaks the build there
 * (FirstRun.tsx beside firstRun.ts did). Folders count too: src/Data/x.ts beside src/data/y.ts
 * collide on those systems.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** Every tracked path and each folder above it, as git lists them. */
function trackedPaths(): string[] {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  const all = new Set<string>();
  for (const file of files) {
    const parts = file.split("/");
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join("/"));
  }
  return [...all];
}

/** Groups of paths that are equal when case is ignored; only groups of two or more. */
function caseCollisions(paths: readonly string[]): string[][] {
  const byFolded = new Map<string, Set<string>>();
  for (const path of paths) {
    const folded = path.toLowerCase();
    const group = byFolded.get(folded) ?? new Set<string>();
    group.add(path);
    byFolded.set(folded, group);
  }
  return [...byFolded.values()].filter((g) => g.size > 1).map((g) => [...g].sort());
}

describe("case-safe tree", () => {
  it("finds a pair of files and a pair of folders that differ only in case", () => {
    expect(
      caseCollisions([
        "src/taskpane/FirstRun.tsx",
        "src/taskpane/firstRun.tsx",
        "src/Data",
        "src/data",
        "src/taskpane/firstRun.ts",
      ])
    ).toEqual([
      ["src/taskpane/FirstRun.tsx", "src/taskpane/firstRun.tsx"],
      ["src/Data", "src/data"],
    ]);
  });

  it("no two tracked paths differ only in case", () => {
    const paths = trackedPaths();
    expect(paths.length).toBeGreaterThan(100);
    expect(caseCollisions(paths)).toEqual([]);
  });
});
