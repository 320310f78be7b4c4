/**
 * The real steps of npm run test:excel (./test-excel.ts): webpack, office-addin-test-server,
 * the test build's dev server and office-addin-debugging. The dev server is started here, in a
 * process group of its own, rather than by office-addin-debugging's --dev-server, which on Mac
 * stops only the shell it started and leaves webpack running.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { TestServer } from "office-addin-test-server";
import { TEST_PAGE } from "../tests/real-excel/test-manifest";
import { statusOf } from "./lib/dev-server";
import type { Harness } from "./test-excel";

const ROOT = path.join(__dirname, "..");
const TEST_SERVER_PORT = 4201; // the port office-addin-test-helpers posts to by default
const DEV_SERVER_PORT = 3000; // the port every URL in the manifest names
const MANIFEST = path.join("dist-excel-test", "manifest.xml");
const WEBPACK_CONFIG = "webpack.excel-test.config.js";
const LOG_FILE = path.join(ROOT, ".kzuz", "excel-test-dev-server.log");
const windows = process.platform === "win32";

/**
 * How to start a tool of node_modules: Node itself running the package's own bin script (its
 * package.json "bin"), with the arguments as an array and no shell. So a project path with spaces
 * works on Windows too: node_modules/.bin/*.cmd needs a shell there (Node refuses to spawn .cmd
 * and .bat files without one since 20.12.2), and through a shell Node does not quote the
 * arguments (https://nodejs.org/api/child_process.html#spawning-bat-and-cmd-files-on-windows).
 */
export function toolCommand(
  name: string,
  args: readonly string[],
  root = ROOT
): { file: string; args: string[]; options: { cwd: string; shell: false } } {
  const manifest = path.join(root, "node_modules", name, "package.json");
  const { bin } = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
    bin?: string | Record<string, string>;
  };
  const script = typeof bin === "string" ? bin : bin?.[name];
  if (!script) throw new Error(`${name} has no command of that name in ${manifest}`);
  return {
    file: process.execPath,
    args: [path.join(root, "node_modules", name, script), ...args],
    options: { cwd: root, shell: false },
  };
}

function run(name: string, args: string[]): number | null {
  const tool = toolCommand(name, args);
  return spawnSync(tool.file, tool.args, { ...tool.options, stdio: "inherit" }).status;
}

/** True if something accepts connections on localhost:`port`. */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "localhost", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function logTail(): string {
  return fs.existsSync(LOG_FILE)
    ? fs.readFileSync(LOG_FILE, "utf8").split("\n").slice(-10).join("\n")
    : "";
}

export function microsoftHarness(): Harness {
  let server: TestServer | undefined;
  let devServer: ChildProcess | undefined;
  let sideloaded = false;
  return {
    async build() {
      for (const port of [DEV_SERVER_PORT, TEST_SERVER_PORT])
        if (await portInUse(port))
          throw new Error(`port ${port} is in use (is npm start running? stop it with npm stop)`);
      if (run("webpack", ["--config", WEBPACK_CONFIG, "--mode", "development"]) !== 0)
        throw new Error("the test add-in did not build (see webpack's output above)");
    },
    async startTestServer() {
      const { TestServer } = await import("office-addin-test-server");
      server = new TestServer(TEST_SERVER_PORT);
      // Until started, the server holds a rejected "no results" promise: handle it so Node does not stop.
      server.getTestResults().catch(() => undefined);
      if (!(await server.startTestServer()))
        throw new Error(`office-addin-test-server did not start on port ${TEST_SERVER_PORT}`);
    },
    async serve() {
      fs.mkdirSync(path.dirname(LOG_FILE), { recursive: true });
      const log = fs.openSync(LOG_FILE, "w");
      const tool = toolCommand("webpack", [
        "serve",
        "--config",
        WEBPACK_CONFIG,
        "--mode",
        "development",
      ]);
      devServer = spawn(tool.file, tool.args, {
        ...tool.options,
        detached: !windows,
        stdio: ["ignore", log, log],
      });
      const page = `https://localhost:${DEV_SERVER_PORT}/${TEST_PAGE}`;
      const deadline = Date.now() + 180_000;
      while (Date.now() < deadline) {
        if ((await statusOf(page)) === 200) return;
        if (devServer.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 1000));
      }
      throw new Error(
        `the test build's dev server did not serve ${page}; the end of ${path.relative(ROOT, LOG_FILE)}:\n${logTail()}`
      );
    },
    async sideload(target) {
      const args = [
        "start",
        MANIFEST,
        target.kind,
        "--app",
        "excel",
        "--no-debug",
        "--no-live-reload",
      ];
      if (target.kind === "web") args.push("--document", target.document);
      sideloaded = true;
      if (run("office-addin-debugging", args) !== 0)
        throw new Error("office-addin-debugging could not sideload the test add-in (see above)");
    },
    async results(ms) {
      if (!server) return undefined;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), ms);
      });
      try {
        return await Promise.race([server.getTestResults(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async stop(target) {
      // Unregisters the test add-in, then stops the dev server's whole process tree.
      if (sideloaded) run("office-addin-debugging", ["stop", MANIFEST, target.kind]);
      if (devServer?.pid !== undefined && devServer.exitCode === null) {
        if (windows) spawnSync("taskkill", ["/pid", String(devServer.pid), "/t", "/f"]);
        else process.kill(-devServer.pid, "SIGTERM");
      }
      await server?.stopTestServer();
    },
  };
}
