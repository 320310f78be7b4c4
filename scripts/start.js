// @ts-check
/**
 * npm start: serves the add-in on https://localhost:3000 and, where Office supports it
 * (Windows and Mac), sideloads it into desktop Excel through office-addin-debugging.
 * Elsewhere (Linux), or if sideloading fails, it says so plainly and prints how to use the
 * add-in in Excel on the web. The dev server keeps running in the background; npm stop stops it.
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { ROOT, bin, statusOf, spawnDevServer, waitUntilServing } = require("./lib/dev-server.js");

const STATE_DIR = path.join(ROOT, ".kzuz");
const PID_FILE = path.join(STATE_DIR, "dev-server.pid");
const LOG_FILE = path.join(STATE_DIR, "dev-server.log");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PAGE = `https://localhost:${PORT}/taskpane.html`;

/** Starts the dev server in the background (npm stop reads its PID file) and waits until it serves the page. */
async function startDevServer() {
  if ((await statusOf(PAGE)) === 200) {
    console.log(`The dev server is already running: ${PAGE}`);
    return true;
  }
  const child = spawnDevServer({ port: PORT, logFile: LOG_FILE });
  fs.writeFileSync(PID_FILE, String(child.pid));
  console.log(`Starting the dev server (log: ${path.relative(ROOT, LOG_FILE)})…`);
  try {
    await waitUntilServing(child, { url: PAGE, logFile: LOG_FILE });
    return true;
  } catch (error) {
    fs.rmSync(PID_FILE, { force: true });
    console.error(String(error instanceof Error ? error.message : error));
    return false;
  }
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
