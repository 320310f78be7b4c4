/** The dev server for the browser tests, on a port of its own beside a running `npm start`. */
import { join } from "node:path";
import { ROOT, startDevServer as start } from "../../scripts/lib/dev-server";

export { CHROMIUM, launchChromium as launchBrowser } from "../../scripts/lib/browser";

export const E2E_PORT = Number(process.env.KZUZ_E2E_PORT || 3123);
export const BASE_URL = `https://localhost:${E2E_PORT}/`;

/** Starts webpack-dev-server on E2E_PORT and resolves once it serves taskpane.html. */
export function startDevServer(): Promise<{ pid: number }> {
  const logFile = join(ROOT, ".kzuz", `e2e-dev-server-${E2E_PORT}.log`);
  return start({ port: E2E_PORT, logFile, timeoutMs: 120_000 });
}
