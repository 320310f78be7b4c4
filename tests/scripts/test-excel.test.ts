import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { toolCommand } from "../../scripts/excel-test-harness";
import {
  DEFAULT_TIMEOUT_SECONDS,
  runExcelTests,
  timeoutMs,
  type Harness,
  type RunOptions,
} from "../../scripts/test-excel";

const BOOK = "https://contoso-my.sharepoint.com/:x:/g/personal/book.xlsx";

/** A harness that records its steps and answers `results` with `data`. */
function fakeHarness(data: unknown, failAt?: keyof Harness) {
  const steps: string[] = [];
  const harness: Harness = {
    build: async () => step("build"),
    startTestServer: async () => step("startTestServer"),
    serve: async () => step("serve"),
    sideload: async (target) => step(`sideload ${target.kind}`),
    results: async (ms) => {
      step(`results ${ms}`);
      return data;
    },
    stop: async (target) => step(`stop ${target.kind}`),
  };
  function step(name: string) {
    steps.push(name);
    if (failAt && name.startsWith(failAt)) throw new Error(`${failAt} failed.\nsecond line`);
  }
  return { harness, steps };
}

function options(overrides: Partial<RunOptions>) {
  const out: string[] = [];
  const err: string[] = [];
  const opts: RunOptions = {
    argv: [],
    env: {},
    platform: "linux",
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    harness: () => {
      throw new Error("no Excel step may run");
    },
    ...overrides,
  };
  return { opts, out, err };
}

const passed = { name: "insert", pass: true, expected: "true", actual: "true" };
const failed = { name: "filter", pass: false, expected: "1", actual: "0" };

describe("npm run test:excel", () => {
  it("on Linux without a workbook address: says no Excel can be reached, starts nothing, exits 1", async () => {
    const { opts, out, err } = options({});
    await expect(runExcelTests(opts)).resolves.toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([expect.stringContaining("No Excel to test in: this is linux")]);
    expect(err[0]).toContain("Nothing was tested.");
  });

  it("with results where every scenario passed: prints them and exits 0, then stops the add-in", async () => {
    const { harness, steps } = fakeHarness({ host: "Excel OfficeOnline", results: [passed] });
    const { opts, out } = options({ argv: ["--document", BOOK], harness: () => harness });
    await expect(runExcelTests(opts)).resolves.toBe(0);
    expect(steps).toEqual([
      "build",
      "startTestServer",
      "serve",
      "sideload web",
      `results ${DEFAULT_TIMEOUT_SECONDS * 1000}`,
      "stop web",
    ]);
    expect(out).toContain("  PASS  insert");
    expect(out).toContain("All 1 scenarios passed in real Excel.");
  });

  it("with a failed scenario: prints expected and actual and exits 1", async () => {
    const { harness } = fakeHarness({ host: "Excel Win32", results: [passed, failed] });
    const { opts, err } = options({ platform: "win32", harness: () => harness });
    await expect(runExcelTests(opts)).resolves.toBe(1);
    expect(err).toEqual(
      expect.arrayContaining(["  FAIL  filter", "        expected: 1", "        actual:   0"])
    );
    expect(err).toContain("1 of 2 scenarios failed in real Excel.");
  });

  it("when Excel sends nothing before the timeout: says so and exits 1", async () => {
    const { harness, steps } = fakeHarness(undefined);
    const { opts, err } = options({
      platform: "darwin",
      env: { KZUZ_TEST_TIMEOUT: "5" },
      harness: () => harness,
    });
    await expect(runExcelTests(opts)).resolves.toBe(1);
    expect(steps).toContain("results 5000");
    expect(steps[steps.length - 1]).toBe("stop desktop");
    expect(err).toEqual([expect.stringContaining("No results from Excel within 5 s")]);
    expect(err[0]).toContain("Nothing was tested.");
  });

  it("when the page sends something unreadable: exits 1 with the reason", async () => {
    const { harness } = fakeHarness({ host: "Excel", results: [] });
    const { opts, err } = options({ platform: "win32", harness: () => harness });
    await expect(runExcelTests(opts)).resolves.toBe(1);
    expect(err).toEqual([expect.stringContaining("no scenario at all")]);
  });

  it("when a step fails (build, servers, sideload): says which, exits 1, and still stops", async () => {
    const { harness, steps } = fakeHarness({ host: "Excel", results: [passed] }, "startTestServer");
    const { opts, err } = options({ platform: "win32", harness: () => harness });
    await expect(runExcelTests(opts)).resolves.toBe(1);
    expect(steps).toEqual(["build", "startTestServer", "stop desktop"]);
    expect(err).toEqual([
      "The real-Excel tests could not run: startTestServer failed. second line. Nothing was tested.",
    ]);
  });
});

describe("timeoutMs", () => {
  it("reads KZUZ_TEST_TIMEOUT in seconds, falling back to the default for anything else", () => {
    expect(timeoutMs({ KZUZ_TEST_TIMEOUT: "90" })).toBe(90_000);
    expect(timeoutMs({ KZUZ_TEST_TIMEOUT: "-1" })).toBe(DEFAULT_TIMEOUT_SECONDS * 1000);
    expect(timeoutMs({ KZUZ_TEST_TIMEOUT: "soon" })).toBe(DEFAULT_TIMEOUT_SECONDS * 1000);
    expect(timeoutMs({})).toBe(DEFAULT_TIMEOUT_SECONDS * 1000);
  });
});

describe("starting the tools without a shell (conformance review 2026-12 finding 8)", () => {
  test("a project path with spaces: Node runs the package's own bin script, arguments intact, no shell", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "kzuz project with spaces "));
    try {
      const pkg = path.join(root, "node_modules", "office-addin-debugging");
      fs.mkdirSync(pkg, { recursive: true });
      fs.writeFileSync(
        path.join(pkg, "package.json"),
        JSON.stringify({ bin: { "office-addin-debugging": "./cli.js" } })
      );
      fs.writeFileSync(
        path.join(pkg, "cli.js"),
        "process.stdout.write(JSON.stringify(process.argv.slice(2)));"
      );
      const manifest = path.join("dist excel test", "manifest.xml");
      const tool = toolCommand("office-addin-debugging", ["start", manifest, "desktop"], root);
      expect(tool.file).toBe(process.execPath);
      expect(tool.options).toEqual({ cwd: root, shell: false });
      const ran = spawnSync(tool.file, tool.args, { ...tool.options, encoding: "utf8" });
      expect(JSON.parse(ran.stdout)).toEqual(["start", manifest, "desktop"]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test("the harness never asks for a shell", () => {
    const source = fs.readFileSync(
      path.join(__dirname, "../../scripts/excel-test-harness.ts"),
      "utf8"
    );
    expect(source).not.toMatch(/shell:\s*(true|windows)/);
    expect(source).not.toMatch(/\.cmd`/);
  });

  test("the real tools resolve to their bin scripts", () => {
    for (const name of ["webpack", "office-addin-debugging"]) {
      const tool = toolCommand(name, []);
      expect(fs.existsSync(tool.args[0])).toBe(true);
    }
  });
});
