/** Findings F15, F18–F21 of the reliability review (reviews/reliability-2026-11.md): inputs that must be refused. */
import { buildIndex, progress, requiredGrowth } from "../../src/data/query";
import type { Result } from "../../src/data/result";
import type { Dataset } from "../../src/data/schema";
import { parseDataset, parseDatasetText } from "../../src/data/validate";
import {
  REMOVE,
  edited,
  expectDataError,
  issuesOf,
  publishedDataset,
  rawCopy,
  unwrap,
} from "../support/dataset";
import { english } from "../support/english";

const d = publishedDataset();
const index = (list: readonly { id: string }[], id: string) => list.findIndex((x) => x.id === id);
const currentTarget = d.targets.findIndex((t) => t.current);
const latestHeadline = d.trade.observations.reduce(
  (best, o, i) => (o.headline && (best < 0 || o.year > d.trade.observations[best].year) ? i : best),
  -1
);
const NOW = () => new Date("2026-12-07T23:00:00Z");

function issueAt(json: unknown, path: string, now = NOW) {
  const issues = issuesOf(parseDataset(json, { now }));
  const issue = issues.find((i) => i.path === path);
  if (!issue) throw new Error(`no issue at ${path}; got ${JSON.stringify(issues).slice(0, 500)}`);
  return issue;
}

describe("F15: a dataset cannot be dated in the future", () => {
  test("F15: asOf 2099-12-31 with a 2099 headline is refused, saying the date is in the future", () => {
    const json = edited(
      [["asOf"], "2099-12-31"],
      [["trade", "observations", latestHeadline, "year"], 2099],
      [["trade", "observations", latestHeadline, "value"], 99_000_000_000],
      [["trade", "observations", latestHeadline, "flows"], REMOVE]
    );
    const error = expectDataError(parseDataset(json, { now: NOW }));
    expect(english(error)).toBe(
      "The dataset is not valid (1 problem); the first is $.asOf: is in the future (2099-12-31; today is 2026-12-07): a dataset cannot be dated after the day it is read. Correct the dataset file, or keep using the current data."
    );
  });

  test("F15: a typo'd year (2062 for 2026) is refused by the real clock too", () => {
    expect(issueAt(edited([["asOf"], "2062-11-27"]), "$.asOf", () => new Date()).message).toMatch(
      /is in the future \(2062-11-27/
    );
  });

  test("F15: one day ahead of UTC is tolerated (time zones east of Greenwich), two are not", () => {
    expect(parseDataset(edited([["asOf"], "2026-12-08"]), { now: NOW }).ok).toBe(true);
    expect(issueAt(edited([["asOf"], "2026-12-09"]), "$.asOf").message).toMatch(/future/);
  });

  test("F15: the download applies the same clock (parseDatasetText)", () => {
    const text = JSON.stringify(edited([["asOf"], "2030-01-01"]));
    expect(english(expectDataError(parseDatasetText(text, { now: NOW })))).toMatch(/in the future/);
  });

  test("F15: things that happened cannot be dated after the dataset's own date", () => {
    const json = rawCopy() as Dataset;
    const agreement = 0;
    const statement = 0;
    const target = index(d.targets, d.targets[currentTarget].id);
    const cases: [string, (j: Dataset) => void][] = [
      [
        `$.agreements[${agreement}].date`,
        (j) => ((j.agreements[agreement] as { date: string }).date = "2027-01"),
      ],
      [
        `$.summit.statements[${statement}].date`,
        (j) => ((j.summit.statements[statement] as { date: string }).date = "2026-12-20"),
      ],
      [
        `$.targets[${target}].setOn`,
        (j) => ((j.targets[target] as { setOn: string }).setOn = "2027"),
      ],
    ];
    for (const [path, change] of cases) {
      const copy = structuredClone(json);
      change(copy);
      expect(issueAt(copy, path).message).toBe(`is after the dataset's asOf date ${d.asOf}`);
    }
  });
});

describe("F18: source addresses get the control and bidi checks all text gets", () => {
  const source = 0;
  test.each([
    ["right-to-left override", "https://files.example.org/report\u202Efdp.exe"],
    ["NUL", "https://files.example.org/a\u0000b"],
    ["BEL", "https://files.example.org/a\u0007b"],
    ["DEL", "https://files.example.org/a\u007fb"],
    ["right-to-left mark", "https://files.example.org/a\u200Fb"],
  ])("F18: a url holding a %s is refused like any short text", (_name, url) => {
    expect(
      issueAt(edited([["sources", source, "url"], url]), `$.sources[${source}].url`).message
    ).toBe("must not contain control characters");
  });

  test("F18: so does an httpUrl", () => {
    expect(
      issueAt(
        edited(
          [["sources", source, "url"], undefined],
          [["sources", source, "httpUrl"], "http://a.example/\u202Eb"]
        ),
        `$.sources[${source}].httpUrl`
      ).message
    ).toBe("must not contain control characters");
  });

  test("F18: titles and names refuse the implicit direction marks too", () => {
    expect(
      issueAt(
        edited([["sources", source, "title"], "Report \u200F2025"]),
        `$.sources[${source}].title`
      ).message
    ).toBe("must not contain control characters");
  });
});

describe("F19: a refused dataset's message is bounded and quotes what the dataset chose", () => {
  test("F19a: a 3,000,000-character unknown key gives a short message", () => {
    const json = rawCopy() as Record<string, unknown>;
    json["k".repeat(3_000_000)] = 1;
    const error = expectDataError(parseDataset(json, { now: NOW }));
    expect(english(error).length).toBeLessThanOrEqual(400);
    expect(english(error)).toContain(`$[“${"k".repeat(40)}…”]: is not a known field`);
    if (error.kind !== "invalid-dataset") throw new Error(error.kind);
    expect(error.issues[0].path.length).toBeLessThanOrEqual(200);
  });

  test("F19b: a key posing as the add-in's words is quoted, cut and stripped of its override", () => {
    const key =
      "Dataset moved — install the update from https://kzuz-update.example/setup.exe \u202E";
    const json = rawCopy() as Record<string, unknown>;
    json[key] = 1;
    const message = english(expectDataError(parseDataset(json, { now: NOW })));
    expect(message).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(message).not.toContain("setup.exe");
    expect(message).toContain(
      "$[“Dataset moved — install the update from …”]: is not a known field"
    );
  });

  test("F19: text the JSON parser echoes from a broken file is cleaned", () => {
    const message = english(
      expectDataError(parseDatasetText(`{"a": \u202Eevil-update-at-example\u202C}`, { now: NOW }))
    );
    expect(message).toMatch(/is not valid JSON/);
    expect(message).not.toMatch(/[\u202A-\u202E]/);
  });

  test("F19: every issue's text is at most 200 characters", () => {
    const json = rawCopy() as { projects: Record<string, unknown>[] };
    json.projects[0]["x".repeat(500)] = 1;
    for (const issue of issuesOf(parseDataset(json, { now: NOW }))) {
      expect(issue.path.length).toBeLessThanOrEqual(200);
      expect(issue.message.length).toBeLessThanOrEqual(200);
    }
  });
});

describe("F20: a limit is told as the limit", () => {
  const project = d.projects.findIndex((p) => p.investment.usd !== undefined);
  test("F20: usd 1e16 is 'at most 10^15 US dollars', not 'not a whole number'", () => {
    const issues = issuesOf(
      parseDataset(edited([["projects", project, "investment", "usd"], 1e16]), { now: NOW })
    );
    expect(issues).toEqual([
      {
        path: `$.projects[${project}].investment.usd`,
        message: "must be at most 10^15 US dollars",
      },
    ]);
  });

  test("F20: a fraction is still 'a whole number of US dollars'", () => {
    expect(
      issueAt(
        edited([["projects", project, "investment", "usd"], 1.5]),
        `$.projects[${project}].investment.usd`
      ).message
    ).toBe("must be a whole number of US dollars");
  });

  test("F20: a stated figure of 1e16 is 'at most 10^15'", () => {
    expect(
      issueAt(edited([["otherFigures", 0, "value"], 1e16]), "$.otherFigures[0].value").message
    ).toBe("must be at most 10^15");
  });
});

describe("F21: zero amounts that progress divides by are refused", () => {
  test("F21: a $0 target is refused", () => {
    expect(
      issueAt(
        edited([["targets", currentTarget, "valueUsd"], 0]),
        `$.targets[${currentTarget}].valueUsd`
      ).message
    ).toBe("must be 1 or more");
  });

  test("F21: a $0 headline is refused", () => {
    expect(
      issueAt(
        edited([["trade", "observations", latestHeadline, "value"], 0]),
        `$.trade.observations[${latestHeadline}].value`
      ).message
    ).toBe("a headline value must be more than 0");
  });

  /** A dataset that skipped validation (built in code): the query must still not divide by zero. */
  function unvalidated(change: (j: Dataset) => void) {
    const json = structuredClone(unwrap(parseDataset(rawCopy(), { now: NOW })));
    change(json);
    return buildIndex(json);
  }

  test("F21: PROGRESS and REQUIREDGROWTH answer no-data, never Infinity or -1, for a $0 target", () => {
    const i = unvalidated((j) => ((j.targets[currentTarget] as { valueUsd: number }).valueUsd = 0));
    for (const result of [progress(i), requiredGrowth(i)] as Result<unknown>[]) {
      const error = expectDataError(result);
      expect(error.kind).toBe("no-data");
      expect(english(error)).toMatch(/the target "target-10bn-2030" is \$0/);
    }
  });

  test("F21: REQUIREDGROWTH answers no-data, never Infinity, for a $0 headline", () => {
    const i = unvalidated(
      (j) => ((j.trade.observations[latestHeadline] as { value: number }).value = 0)
    );
    expect(english(expectDataError(requiredGrowth(i)))).toMatch(/the headline trade is \$0/);
    expect(expectDataError(progress(i)).kind).toBe("no-data");
  });
});
