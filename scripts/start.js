// @ts-check
/**
 * npm start: serves the add-in on https://localhost:3000 and, where Office supports it
 * (Windows and Mac), sideloads it into desktop Excel through office-addin-debugging.
 * Elsewhere (Linux), or if sideloading fails, it says so plainly and prints how to use the
 * add-in in Excel on the web. The dev server keeps running in the background; npm stop stops it.
 */
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const https = require("node:https");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const STATE_DIR = path.join(ROOT, ".kzuz");
const PID_FILE = path.join(STATE_DIR, "dev-server.pid");
const LOG_FILE = path.join(STATE_DIR, "dev-server.log");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PAGE = `https://localhost:${PORT}/taskpane.html`;
const bin = (name) =>
  path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

/** Resolves with the HTTP status of `url`, or 0 if nothing answers. Accepts the dev certificate. */
function status(url) {
  return new Promise((resolve) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve(0));
    req.on("timeout", () => req.destroy());
  });
}

function runningPid() {
  if (!fs.existsSync(PID_FILE)) return undefined;
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** Starts webpack-dev-server detached, logging to .kzuz/dev-server.log, and waits until it serves the page. */
async function startDevServer() {
  if ((await status(PAGE)) === 200) {
    console.log(`The dev server is already running: ${PAGE}`);
    return true;
  }
  fs.mkdirSync(STATE_DIR, { recursive: true });
  const log = fs.openSync(LOG_FILE, "w");
  const child = spawn(bin("webpack"), ["serve", "--mode", "development"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    shell: process.platform === "win32",
  });
  fs.writeFileSync(PID_FILE, String(child.pid));
  child.unref();
  console.log(`Starting the dev server (log: ${path.relative(ROOT, LOG_FILE)})…`);
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if ((await status(PAGE)) === 200) return true;
    if (child.exitCode !== null || !runningPid()) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const tail = fs.existsSync(LOG_FILE)
    ? fs.readFileSync(LOG_FILE, "utf8").split("\n").slice(-15).join("\n")
    : "";
  console.error(`The dev server did not come up at ${PAGE}. Last lines of its log:\n${tail}`);
  return false;
}

function printWebInstructions() {
  const warning = fs.existsSync(LOG_FILE)
    ? fs
        .readFileSync(LOG_FILE, "utf8")
        .split("\n")
        .find((l) => l.startsWith("warning: could not install"))
    : undefined;
  if (warning) console.log(`\n${warning}`);
  console.log(`
The add-in is served at ${PAGE}
To use it in Excel on the web:
  1. Open a workbook at https://www.office.com (OneDrive or SharePoint).
  2. Home > Add-ins > More Add-ins > Upload My Add-in, and choose manifest.xml from this folder.
  3. Select Home > KZUZ Data to open the pane; type =KZUZ. in a cell for the formulas.
  The browser must trust the dev certificate first (README: "Trusting the dev certificate").
Or let office-addin-debugging upload it for you:
  npx office-addin-debugging start manifest.xml web --document <URL of the workbook>
Stop the dev server with: npm stop`);
}

async function main() {
  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (desktop) {
    const result = spawnSync(
      bin("office-addin-debugging"),
      ["start", "manifest.xml", "desktop", "--app", "excel"],
      { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" }
    );
    if (result.status === 0) return;
    console.log(
      "\nSideloading into desktop Excel failed (see above). Serving the add-in for Excel on the web instead."
    );
  } else {
    console.log(
      `Sideloading into desktop Excel is available on Windows and Mac only; this is ${process.platform}.`
    );
  }
  if (!(await startDevServer())) process.exit(1);
  printWebInstructions();
}

void main();
