// @ts-check
/** npm stop: stops the dev server npm start left running and, on Windows and Mac, unloads the sideloaded add-in. */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, ".kzuz", "dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.join(
    ROOT,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging"
  );
  spawnSync(bin, ["stop", "manifest.xml"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}

if (!fs.existsSync(PID_FILE)) {
  console.log("No dev server started by npm start is running.");
} else {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  try {
    // The server was started detached, as the leader of its own process group: stop the whole group.
    process.kill(process.platform === "win32" ? pid : -pid, "SIGTERM");
    console.log(`Stopped the dev server (process ${pid}).`);
  } catch {
    console.log("The dev server had already stopped.");
  }
  fs.rmSync(PID_FILE);
}
