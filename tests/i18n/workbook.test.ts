/**
 * The workbook's own words (src/i18n/workbook.ts): English in every language by design, read from
 * the catalogue's workbook area. Each is plain text with `{name}` placeholders only, so
 * `workbookText` says it the same way from the compiled catalogue (the build, Jest) and from its
 * ICU source (tsx); a missing value is an error, never a blank in a cell.
 */
import fs from "node:fs";
import path from "node:path";
import { dashboardText, type DashboardId } from "../../src/i18n/dashboard";
import { workbookText, type WorkbookId } from "../../src/i18n/workbook";

const { messageProblems } = require("../../scripts/lib/catalogue.js") as {
  messageProblems(text: unknown, tag: string): string[];
};

const read = (area: string) =>
  JSON.parse(
    fs.readFileSync(path.resolve(__dirname, `../../src/i18n/messages/en/${area}.json`), "utf8")
  ) as Record<string, string>;
const source = { ...read("workbook"), ...read("dashboard") };

/** Either area's words, by the id's prefix. */
const say = (id: string, values?: Record<string, string | number>) =>
  id.startsWith("dashboard.")
    ? dashboardText(id as DashboardId, values)
    : workbookText(id as WorkbookId, values);

test("every word (workbook and dashboard areas) is valid ICU with plain {name} placeholders only", () => {
  for (const [id, text] of Object.entries(source)) {
    expect([id, messageProblems(text, "en-US")]).toEqual([id, []]);
    // No plural, select or quoting: the text is what the cell shows, placeholders filled.
    expect([id, /\{\s*\w+\s*,|'/.test(text.replace(/\w'\w/g, ""))]).toEqual([id, false]);
  }
});

test("workbookText says each word as its source reads, its placeholders filled as they are", () => {
  for (const [id, text] of Object.entries(source)) {
    const names = [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
    const values = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
    expect(say(id, values)).toBe(text.replace(/\{(\w+)\}/g, "<$1>"));
  }
  expect(workbookText("workbook.status.notInDataset", { version: "2026.11.0" })).toBe(
    "not in dataset 2026.11.0"
  );
  expect(workbookText("workbook.change.added")).toBe("added");
});

test("a missing value is an error, never a blank in a cell", () => {
  expect(() => workbookText("workbook.status.notInDataset")).toThrow(
    /needs a value for \{version\}/
  );
});
