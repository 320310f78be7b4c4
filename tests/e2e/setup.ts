/**
 * Before the browser tests: Chromium is there, and dist/ holds a production build at least as
 * new as src/ (CI's `npm test` has just built it; otherwise it is built here, once).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM } from "./server";

const ROOT = join(__dirname, "..", "..");

/** The newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`
    );
  if (process.env.KZUZ_E2E_DIST) return; // a build of the tester's choosing, as it is
  const built = join(ROOT, "dist", "taskpane.js");
  const sources = Math.max(newest(join(ROOT, "src")), newest(join(ROOT, "assets")));
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    console.log("\nBuilding the add-in for the browser tests (npm run build)…");
    execFileSync("npm", ["run", "build", "--silent"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
    // webpack leaves a file it would write unchanged as it is: mark the build as done now.
    const now = new Date();
    utimesSync(built, now, now);
  }
}
