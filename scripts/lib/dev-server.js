// @ts-check
/**
 * Starting webpack-dev-server and knowing when it is ready, shared by npm start (scripts/start.js)
 * and the page benchmark (bench/pane.bench.ts); the browser tests serve dist/ without a server.
 * Ready means the page answers 200: office-addin-debugging's own check only sees that some
 * process holds the port, which is true long before the first compilation ends.
 */
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const https = require("node:https");
const net = require("node:net");
const path = require("node:path");

const ROOT = path.join(__dirname, "..", "..");
const windows = process.platform === "win32";

/** Path of a CLI installed in node_modules/.bin. */
function bin(name) {
  return path.join(ROOT, "node_modules", ".bin", windows ? `${name}.cmd` : name);
}

/**
 * Resolves with the HTTP status of `url`, or 0 if nothing answers within 2 s. Accepts the dev
 * certificate, which the machine may not trust (scripts/dev-certs.js).
 * @param {string} url
 * @returns {Promise<number>}
 */
function statusOf(url) {
  return new Promise((resolve) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve(0));
    req.on("timeout", () => req.destroy());
  });
}

/** A TCP port nothing listens on right now. @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `webpack serve` with the repository's webpack.config.js, writing its output to
 * `logFile`. The server is detached, as the leader of its own process group, so that it outlives
 * `npm start` and stopDevServer() ends webpack with its children.
 * @param {{ port: number; logFile: string; mode?: "development" | "production" }} options
 * @returns {import("node:child_process").ChildProcess}
 */
function spawnDevServer({ port, logFile, mode = "development" }) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, "w");
  const child = spawn(bin("webpack"), ["serve", "--mode", mode], {
    cwd: ROOT,
    env: { ...process.env, KZUZ_DEV_PORT: String(port) },
    detached: true,
    stdio: ["ignore", log, log],
    shell: windows,
  });
  fs.closeSync(log);
  child.unref();
  return child;
}

/** Stops a server spawnDevServer() started; false if it had already stopped. @param {number} pid */
function stopDevServer(pid) {
  try {
    process.kill(windows ? pid : -pid, "SIGTERM");
    return true;
  } catch {
    return false;
  }
}

/** The last `count` lines of a log file, or "" if there is none. */
function tail(logFile, count = 15) {
  if (!fs.existsSync(logFile)) return "";
  return fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-count).join("\n");
}

/**
 * Waits until `url` answers 200. If the server exits first, or `timeoutMs` passes, stops it and
 * throws an error that quotes the end of its log.
 * @param {import("node:child_process").ChildProcess} child from spawnDevServer()
 * @param {{ url: string; logFile: string; timeoutMs?: number }} options
 * @returns {Promise<void>}
 */
async function waitUntilServing(child, { url, logFile, timeoutMs = 180_000 }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await statusOf(url)) === 200) return;
    if (child.exitCode !== null || child.signalCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (child.pid) stopDevServer(child.pid);
  throw new Error(
    `The dev server did not serve ${url}. Last lines of its log (${logFile}):\n${tail(logFile)}`
  );
}

/**
 * Starts the dev server on `port` and resolves with it once `page` answers 200.
 * @param {{ port: number; logFile: string; mode?: "development" | "production"; page?: string; timeoutMs?: number }} options
 * @returns {Promise<{ pid: number; url: string }>} url: the page's address
 */
async function startDevServer({ port, logFile, mode, page = "taskpane.html", timeoutMs }) {
  const child = spawnDevServer({ port, logFile, mode });
  const url = `https://localhost:${port}/${page}`;
  await waitUntilServing(child, { url, logFile, timeoutMs });
  return { pid: /** @type {number} */ (child.pid), url };
}

module.exports = {
  ROOT,
  bin,
  statusOf,
  freePort,
  spawnDevServer,
  waitUntilServing,
  startDevServer,
  stopDevServer,
};
