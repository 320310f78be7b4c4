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
const at = (list: readonly { id: string }[], id: string) => {
  const i = list.findIndex((x) => x.id === id);
  if (i < 0) throw new Error(`no record ${id}`);
  return i;
};
const project = (id: string) => at(d.projects, id);
const observation = (id: string) => at(d.trade.observations, id);
const target = (id: string) => at(d.targets, id);

/** Validates a copy with the changes and returns the issue at `path`, failing if there is none. */
function issueAt(path: string, ...changes: Parameters<typeof edited>) {
  const issues = issuesOf(parseDataset(edited(...changes)));
  const issue = issues.find((i) => i.path === path);
  if (!issue) throw new Error(`no issue at ${path}; got ${JSON.stringify(issues)}`);
  return issue;
}

describe("parseDataset", () => {
  it("accepts the published dataset", () => {
    expect(unwrap(parseDataset(rawCopy())).schemaVersion).toBe(1);
  });

  it("reports a wrong type with the exact path", () => {
    const icic = project("icic-central-asia");
    expect(
      issueAt(`$.projects[${icic}].jobs`, [["projects", icic, "jobs"], "1150"]).message
    ).toMatch(/whole number/);
  });

  it("reports a missing field", () => {
    const i = project("tashkent-logistics-centre");
    expect(issueAt(`$.projects[${i}].sector`, [["projects", i, "sector"], REMOVE]).message).toBe(
      "is required but missing"
    );
  });

  it("reports an unknown enum value", () => {
    expect(
      issueAt("$.agreements[0].domain", [["agreements", 0, "domain"], "space"]).message
    ).toMatch(/water/);
  });

  it("reports an unknown field, naming the field", () => {
    const issue = issueAt("$.projects[0].investmnt", [["projects", 0, "investmnt"], {}]);
    expect(issue.message).toMatch(/not a known field/);
  });

  it.each([
    ["2025-02-30", /real calendar date/],
    ["2025-13-01", /YYYY-MM-DD/],
    ["15 Nov 2025", /YYYY-MM-DD/],
  ])("reports a bad date %s", (value, message) => {
    expect(issueAt("$.summit.startDate", [["summit", "startDate"], value]).message).toMatch(
      message
    );
  });

  it("reports a bad milestone date (quarter 5)", () => {
    const icic = project("icic-central-asia");
    const m = d.projects[icic].milestones.findIndex((x) => x.date === "2026-Q4");
    const path = `$.projects[${icic}].milestones[${m}].date`;
    expect(issueAt(path, [["projects", icic, "milestones", m, "date"], "2026-Q5"]).message).toMatch(
      /quarter/
    );
  });

  it("reports a negative amount", () => {
    const i = project("tashkent-logistics-centre");
    expect(
      issueAt(`$.projects[${i}].investment.usd`, [["projects", i, "investment", "usd"], -84000000])
        .message
    ).toBe("must not be negative");
  });

  it("reports a fractional dollar amount", () => {
    const i = observation("trade-2025-uz-trade-ministry");
    expect(
      issueAt(`$.trade.observations[${i}].value`, [["trade", "observations", i, "value"], 4.97])
        .message
    ).toMatch(/whole number/);
  });

  it("reports a duplicate id, pointing at the second use and the first", () => {
    const issue = issueAt("$.agreements[1].id", [["agreements", 1, "id"], d.agreements[0].id]);
    expect(issue.message).toBe(
      `duplicate id "${d.agreements[0].id}": already used at $.agreements[0].id`
    );
  });

  it("reports an id reused across collections", () => {
    expect(issueAt("$.targets[0].id", [["targets", 0, "id"], d.projects[0].id]).message).toMatch(
      /already used at \$\.projects\[0\]\.id/
    );
  });

  it("reports a dangling source id", () => {
    const i = observation("trade-2019-kz-pm");
    const issue = issueAt(`$.trade.observations[${i}].sourceIds[0]`, [
      ["trade", "observations", i, "sourceIds", 0],
      "no-such-source",
    ]);
    expect(issue.message).toMatch(/unknown source id "no-such-source"/);
  });

  it("reports a dangling source id deep inside a record", () => {
    const i = project("icic-central-asia");
    const path = `$.projects[${i}].investment.sourceIds[0]`;
    expect(issueAt(path, [["projects", i, "investment", "sourceIds", 0], "gone"]).message).toMatch(
      /unknown source id/
    );
  });

  it("reports a record without sources", () => {
    expect(issueAt("$.agreements[2].sourceIds", [["agreements", 2, "sourceIds"], []]).message).toBe(
      "must name at least one source"
    );
  });

  it("reports two headlines in one year at the second", () => {
    const first = observation("trade-2022-kz-pm");
    const second = observation("trade-2022-intellinews");
    expect(second).toBeGreaterThan(first);
    const issue = issueAt(`$.trade.observations[${second}].headline`, [
      ["trade", "observations", second, "headline"],
      true,
    ]);
    expect(issue.message).toMatch(/already has a headline \("trade-2022-kz-pm"\)/);
  });

  it("reports a headline that breaks the rule (the press over a government)", () => {
    const gov = observation("trade-2022-kz-pm");
    const press = observation("trade-2022-intellinews");
    const issue = issueAt(
      `$.trade.observations[${press}].headline`,
      [["trade", "observations", gov, "headline"], REMOVE],
      [["trade", "observations", press, "headline"], true]
    );
    expect(issue.message).toMatch(/breaks the headline rule/);
  });

  it("reports a headline on a partial-year or qualified figure", () => {
    const partial = observation("trade-2025-9m-pinkod");
    expect(
      issueAt(`$.trade.observations[${partial}].headline`, [
        ["trade", "observations", partial, "headline"],
        true,
      ]).message
    ).toMatch(/full-year/);
  });

  it("reports a year with eligible figures but no headline", () => {
    const i = observation("trade-2019-kz-pm");
    expect(
      issueAt("$.trade.observations", [["trade", "observations", i, "headline"], REMOVE]).message
    ).toMatch(/2019/);
  });

  it("reports a flagged observation without a flag", () => {
    const i = observation("trade-2015-astanatimes");
    expect(
      issueAt(`$.trade.observations[${i}].flag`, [["trade", "observations", i, "flag"], REMOVE])
        .message
    ).toMatch(/required/);
  });

  it("reports flows that do not add up to the total", () => {
    const i = observation("trade-2025-uz-trade-ministry");
    const path = `$.trade.observations[${i}].flows`;
    expect(
      issueAt(path, [["trade", "observations", i, "flows", "kzToUz", "usd"], 340000000]).message
    ).toMatch(/add up/);
  });

  it("traces a period error into the field at fault", () => {
    const i = observation("trade-2016-9m-ambassador");
    const path = `$.trade.observations[${i}].period.to`;
    expect(
      issueAt(path, [["trade", "observations", i, "period"], { from: "2016-01", to: "2016-13" }])
        .message
    ).toMatch(/YYYY-MM/);
  });

  it("reports a period outside the observation's year", () => {
    const i = observation("trade-2016-9m-ambassador");
    const path = `$.trade.observations[${i}].period.to`;
    expect(
      issueAt(path, [["trade", "observations", i, "period"], { from: "2016-01", to: "2017-09" }])
        .message
    ).toMatch(/2016/);
  });

  it("reports an amount on a not-disclosed investment", () => {
    const i = project("tenge-bank-hq-tashkent");
    expect(
      issueAt(`$.projects[${i}].investment.usd`, [["projects", i, "investment", "usd"], 5]).message
    ).toMatch(/not disclosed/);
  });

  it("reports a disclosed investment without an amount", () => {
    const i = project("icic-central-asia");
    expect(
      issueAt(`$.projects[${i}].investment.usd`, [["projects", i, "investment", "usd"], REMOVE])
        .message
    ).toMatch(/required/);
  });

  it("reports a second current target and a missing one", () => {
    const old = target("target-3bn-2018");
    expect(
      issueAt(`$.targets[${old}].current`, [["targets", old, "current"], true]).message
    ).toMatch(/only one target/);
    const current = target("target-10bn-2030");
    expect(issueAt("$.targets", [["targets", current, "current"], false]).message).toMatch(
      /exactly one/
    );
  });

  it("reports an unknown place and a place of the wrong kind", () => {
    const i = project("lab-complex-kashkadarya");
    const path = `$.projects[${i}].locations[0].region`;
    expect(issueAt(path, [["projects", i, "locations", 0, "region"], "mars"]).message).toMatch(
      /unknown place id "mars"/
    );
    expect(issueAt(path, [["projects", i, "locations", 0, "region"], "tashkent"]).message).toBe(
      'place "tashkent" is a city, not a region'
    );
  });

  it("reports a place in the wrong country", () => {
    const i = project("lab-complex-kashkadarya");
    const path = `$.projects[${i}].locations[0].region`;
    expect(issueAt(path, [["projects", i, "locations", 0, "country"], "KZ"]).message).toMatch(
      /is in UZ, not KZ/
    );
  });

  it("reports an alias that would make names ambiguous", () => {
    const i = project("hotel-tashkent-astana");
    const path = `$.projects[${i}].aliases[0]`;
    expect(issueAt(path, [["projects", i, "aliases", 0], "Tashkent"]).message).toMatch(
      /same key as a name of "tashkent"/
    );
  });

  it("reports an oversized string", () => {
    const issue = issueAt("$.projects[0].status", [["projects", 0, "status"], "x".repeat(301)]);
    expect(issue.message).toBe("must be at most 300 characters");
  });

  it("reports control characters", () => {
    expect(issueAt("$.title", [["title"], "KZUZ\u0007data"]).message).toBe(
      "must not contain control characters"
    );
    expect(issueAt("$.title", [["title"], "KZUZ \u202edata"]).message).toBe(
      "must not contain control characters"
    );
  });

  it("allows line breaks in long text but not in short text", () => {
    expect(parseDataset(edited([["description"], "Line one.\nLine two."])).ok).toBe(true);
    expect(issueAt("$.title", [["title"], "Line one.\nLine two."]).message).toBe(
      "must not contain control characters"
    );
  });

  it("reports an oversized array", () => {
    const aliases = Array.from({ length: 51 }, (_, i) => `alias ${i}`);
    expect(issueAt("$.projects[0].aliases", [["projects", 0, "aliases"], aliases]).message).toMatch(
      /at most 50/
    );
  });

  it("reports a source dated after the dataset", () => {
    expect(issueAt("$.sources[0].date", [["sources", 0, "date"], "2027-01"]).message).toMatch(
      /after the dataset's asOf/
    );
  });

  it("reports an insecure source URL", () => {
    expect(
      issueAt("$.sources[0].url", [["sources", 0, "url"], "http://example.com/x"]).message
    ).toMatch(/https/);
  });

  it("reports an unknown schemaVersion as unsupported, before anything else", () => {
    const error = expectDataError(parseDataset({ schemaVersion: 2, anything: "else" }));
    expect(error).toMatchObject({ kind: "unsupported-schema-version", expected: 1, got: 2 });
    expect(english(error)).toMatch(/schema version 2.*version 1.*Update the add-in/);
  });

  it("reports a missing or malformed schemaVersion as a field error", () => {
    expect(issueAt("$.schemaVersion", [["schemaVersion"], REMOVE]).message).toBe(
      "is required but missing"
    );
    expect(issuesOf(parseDataset(edited([["schemaVersion"], "1"])))[0].path).toBe(
      "$.schemaVersion"
    );
  });

  it.each([[[]], [null], ["text"], [42]])("rejects %j as not an object", (value) => {
    expect(issuesOf(parseDataset(value))).toEqual([
      { path: "$", message: "must be a JSON object" },
    ]);
  });

  it("sums up the issues in its message, first one named", () => {
    const error = expectDataError(parseDataset(edited([["title"], ""], [["asOf"], "never"])));
    expect(error.kind).toBe("invalid-dataset");
    expect(english(error)).toMatch(
      /^The dataset is not valid \(2 problems\); the first is \$\.asOf: /
    );
  });
});

describe("parseDatasetText", () => {
  it("parses and validates text", () => {
    expect(parseDatasetText(JSON.stringify(rawCopy())).ok).toBe(true);
  });

  it.each(["", "{", "not json", '{"schemaVersion": 1,}'])("reports %j as not JSON", (text) => {
    const [issue] = issuesOf(parseDatasetText(text));
    expect(issue.path).toBe("$");
    expect(issue.message).toMatch(/^is not valid JSON/);
  });

  it("survives absurdly deep nesting", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(parseDatasetText(deep).ok).toBe(false);
  });
});
