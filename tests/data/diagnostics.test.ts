/**
 * The dataset's diagnostics are messages (ids and values, src/i18n/message.ts), said in the
 * reader's language: the schema's rules carry catalogue ids (src/data/schema/rule.ts), the
 * validator turns zod's issues into messages with the limit, what was expected and what was
 * found, and the cross-reference checks hand their messages up whole. The English wording of each
 * check is tested in validate.test.ts and hardening.test.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { parseDataset, parseDatasetText } from "../../src/data/validate";
import { loadTranslator } from "../../src/i18n/translator";
import { LANGS } from "../../src/i18n/locales";
import { edited, expectDataError, issuesOf } from "../support/dataset";
import { idProblems, messageProblems } from "../support/messages";

const { placeholders } = require("../../scripts/lib/catalogue.js") as {
  placeholders(text: string): Set<string>;
};

const SCHEMA = path.resolve(__dirname, "../../src/data/schema");

/** The ids the schema's rules name, from its source. */
const ruleIds = fs
  .readdirSync(SCHEMA)
  .flatMap((f) => [
    ...fs.readFileSync(path.join(SCHEMA, f), "utf8").matchAll(/rule\("([\w.]+)"\)/g),
  ])
  .map(([, id]) => id);

test("the schema's rules name catalogue ids, each said with at most the limit it is given", () => {
  expect(new Set(ruleIds).size).toBeGreaterThan(15);
  const problems = ruleIds.flatMap((id) =>
    idProblems(id, id.startsWith("dataset.limit.") ? ["limit", "count"] : [])
  );
  expect(problems).toEqual([]);
});

test("the catalogue's limit messages use only {limit} and {count}", () => {
  const en = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../../src/i18n/messages/en/dataset.json"), "utf8")
  ) as Record<string, string>;
  const limits = Object.keys(en).filter((k) => /^dataset\.(limit|text|list|number)\./.test(k));
  expect(limits.length).toBeGreaterThan(10);
  for (const key of limits)
    for (const name of placeholders(en[key]))
      expect([key, name]).toEqual([key, expect.stringMatching(/^(limit|count)$/)]);
});

/** A broken copy of the published dataset: one issue of each way a problem is found. */
const broken = edited(
  [["title"], ""], // a limit without an id of its own
  [["projects", 0, "jobs"], "many"], // a rule's id (a type check)
  [["agreements", 0, "domain"], "space"], // zod's invalid value
  [["projects", 0, "extra"], 1], // an unknown field
  [["agreements", 1, "sourceIds", 0], "gone"] // a cross-reference check
);

test("every issue is a message whose ids are in all five catalogues with every value given", () => {
  const error = expectDataError(parseDataset(broken));
  if (error.kind !== "invalid-dataset") throw new Error(error.kind);
  expect(error.issues.length).toBeGreaterThanOrEqual(4);
  for (const issue of error.issues)
    expect([issue.path, messageProblems(issue.said)]).toEqual([issue.path, []]);
  expect(messageProblems(error)).toEqual([]);
});

test("English says what was expected and what was found", () => {
  expect(issuesOf(parseDataset(edited([["projects", 0, "name", "en"], 42])))).toEqual([
    { path: "$.projects[0].name.en", message: "must be of type string, not integer" },
  ]);
  expect(issuesOf(parseDataset(edited([["agreements", 0, "domain"], "space"])))[0].message).toMatch(
    /^must be one of "water", "geology & mining", .*"tourism"$/
  );
  expect(issuesOf(parseDataset(edited([["projects", 0, "locations"], []])))[0].message).toBe(
    "must have at least 1 entry"
  );
});

test.each(LANGS.filter((l) => l !== "en"))(
  "a %s reader reads the problems in that language",
  async (lang) => {
    const t = await loadTranslator(lang);
    const en = await loadTranslator("en");
    const error = expectDataError(parseDataset(broken));
    if (error.kind !== "invalid-dataset") throw new Error(error.kind);
    for (const issue of error.issues) expect(t.text(issue.said)).not.toBe(en.text(issue.said));
    // The path is the file's own, the same in every language.
    expect(t.text(error)).toContain(error.issues[0].path);
  }
);

test("a parser's own words are a value, kept as they are", () => {
  const [issue] = issuesOf(parseDatasetText("{"));
  expect(issue.message).toMatch(/^is not valid JSON \(.+\)$/);
});
