/**
 * npm run bench: runs every bench/*.bench.ts in turn, each in its own process, and prints
 * their figures. Speed and size are measured here, never by timed tests.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = __dirname;
const benches = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n# ${file}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", join(dir, file)], {
    stdio: "inherit",
  });
  if (result.status !== 0) failed++;
}
if (failed > 0) {
  console.error(`${failed} of ${benches.length} benchmarks failed`);
  process.exit(1);
}
