import {
  MAX_TEXT,
  addTestResult,
  describeValue,
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
