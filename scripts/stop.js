// @ts-check
/** npm stop: stops the dev server npm start left running and, on Windows and Mac, unloads the sideloaded add-in. */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { ROOT, bin, stopDevServer } = require("./lib/dev-server.js");

const PID_FILE = path.join(ROOT, ".kzuz", "dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync(bin("office-addin-debugging"), ["stop", "manifest.xml"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}

if (!fs.existsSync(PID_FILE)) {
  console.log("No dev server started by npm start is running.");
} else {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  if (stopDevServer(pid)) console.log(`Stopped the dev server (process ${pid}).`);
  else console.log("The dev server had already stopped.");
  fs.rmSync(PID_FILE);
}
