/** The dev server and the browser for the browser tests. */
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:https";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const E2E_PORT = Number(process.env.KZUZ_E2E_PORT || 3123);
export const BASE_URL = `https://localhost:${E2E_PORT}/`;
const ROOT = join(__dirname, "..", "..");

/** The Chromium to drive: Debian's, never a downloaded one. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function statusOf(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve(0));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

/** Starts webpack-dev-server on E2E_PORT and resolves once it serves taskpane.html. */
export async function startDevServer(): Promise<ChildProcess> {
  const child = spawn(
    join(ROOT, "node_modules", ".bin", "webpack"),
    ["serve", "--mode", "development"],
    {
      cwd: ROOT,
      env: { ...process.env, KZUZ_DEV_PORT: String(E2E_PORT) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    }
  );
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if ((await statusOf(`${BASE_URL}taskpane.html`)) === 200) return child;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  if (child.pid) process.kill(-child.pid, "SIGTERM");
  throw new Error(`the dev server did not serve ${BASE_URL}taskpane.html:\n${output.slice(-3000)}`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
