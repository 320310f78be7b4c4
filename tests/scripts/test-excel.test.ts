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
