import {
  MAX_ENCODED,
  MAX_TEXT,
  addTestResult,
  describeValue,
  fitForTestServer,
  parseResults,
  reportResults,
  type ScenarioResult,
} from "./results";

describe("addTestResult", () => {
  it("passes when expected and actual read the same, and fails otherwise", () => {
    const list: ScenarioResult[] = [];
    addTestResult(list, "same number", 250000000, 250000000);
    addTestResult(list, "number vs text", 2024, "2024");
    addTestResult(list, "objects", { a: [1] }, { a: [2] });
    expect(list.map((r) => r.pass)).toEqual([true, true, false]);
    expect(list[2]).toEqual({
      name: "objects",
      pass: false,
      expected: '{"a":[1]}',
      actual: '{"a":[2]}',
    });
  });

  it("compares values in full, though the texts it keeps are cut", () => {
    const list: ScenarioResult[] = [];
    const ids = Array.from({ length: 100 }, (_, i) => `source-${i}`);
    addTestResult(list, "long lists", ids, [...ids.slice(0, 99), "other"]);
    expect(list[0].pass).toBe(false);
    expect(list[0].expected).toBe(list[0].actual); // both cut before the difference
  });

  it("lets the scenario decide pass or fail", () => {
    const list: ScenarioResult[] = [];
    addTestResult(list, "decided", "no error", "error: x", false);
    expect(list[0].pass).toBe(false);
  });

  it("cuts long values so the whole message fits in the test server's URL", () => {
    const text = describeValue("x".repeat(5000));
    expect(text).toHaveLength(MAX_TEXT);
    expect(text.endsWith("…")).toBe(true);
    expect(describeValue(undefined)).toBe("(nothing)");
  });
});

describe("parseResults", () => {
  const good = { name: "insert", pass: true, expected: "true", actual: "true" };

  it("accepts what the page sends", () => {
    expect(parseResults({ host: "Excel Win32 16.0", results: [good] })).toEqual({
      ok: true,
      value: { host: "Excel Win32 16.0", results: [good] },
    });
  });

  it.each([
    [[good], "expected an object"],
    [{ results: [good] }, 'no "host"'],
    [{ host: "Excel" }, 'no "results"'],
    [{ host: "Excel", results: [] }, "no scenario at all"],
    [{ host: "Excel", results: [good, { name: "x", pass: "yes" }] }, "result 2 lacks"],
  ])("refuses %j with a reason", (data, reason) => {
    const parsed = parseResults(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(reason);
  });
});

describe("reportResults", () => {
  it("prints every scenario and exits 0 only when all passed", () => {
    const results = [
      { name: "insert", pass: true, expected: "true", actual: "true" },
      { name: "chart twice", pass: true, expected: "1", actual: "1" },
    ];
    expect(reportResults({ host: "Excel Mac", results })).toEqual({
      lines: [
        "Scenarios run in Excel Mac:",
        "  PASS  insert",
        "  PASS  chart twice",
        "All 2 scenarios passed in real Excel.",
      ],
      exitCode: 0,
    });
  });

  it("shows expected and actual of each failure and exits 1", () => {
    const results = [
      { name: "insert", pass: true, expected: "true", actual: "true" },
      { name: "filter kept", pass: false, expected: '["logistics"]', actual: "undefined" },
    ];
    const { lines, exitCode } = reportResults({ host: "Excel OfficeOnline", results });
    expect(exitCode).toBe(1);
    expect(lines).toEqual([
      "Scenarios run in Excel OfficeOnline:",
      "  PASS  insert",
      "  FAIL  filter kept",
      '        expected: ["logistics"]',
      "        actual:   undefined",
      "1 of 2 scenarios failed in real Excel.",
    ]);
  });
});

describe("fitForTestServer", () => {
  const size = (m: unknown) => encodeURIComponent(JSON.stringify(m)).length;
  const long = "y".repeat(MAX_TEXT);
  const many = (n: number, pass: (i: number) => boolean) =>
    Array.from({ length: n }, (_, i) => ({
      name: `scenario ${i}`,
      pass: pass(i),
      expected: long,
      actual: long,
    }));

  it("sends a message that fits unchanged", () => {
    const message = { host: "Excel", results: many(3, () => false) };
    expect(fitForTestServer(message)).toBe(message);
  });

  it("drops the details of passing scenarios first, keeping every failure's", () => {
    const message = { host: "Excel", results: many(40, (i) => i !== 7) };
    expect(size(message)).toBeGreaterThan(MAX_ENCODED);
    const fitted = fitForTestServer(message);
    expect(size(fitted)).toBeLessThanOrEqual(MAX_ENCODED);
    expect(fitted.results.map((r) => [r.name, r.pass])).toEqual(
      message.results.map((r) => [r.name, r.pass])
    );
    expect(fitted.results[7]).toEqual(message.results[7]);
    expect(fitted.results[0]).toEqual({ name: "scenario 0", pass: true, expected: "", actual: "" });
  });

  it("cuts failures' details when there are too many to send whole", () => {
    const message = { host: "Excel", results: many(60, () => false) };
    const fitted = fitForTestServer(message);
    expect(size(fitted)).toBeLessThanOrEqual(MAX_ENCODED);
    expect(fitted.results).toHaveLength(60);
    expect(fitted.results.every((r) => !r.pass && r.expected.length < MAX_TEXT)).toBe(true);
  });
});
