/**
 * No English sentence in src/ outside the catalogues (src/i18n/messages): every sentence a user
 * reads is a catalogue message (src/i18n/message.ts), said by a translator. A string literal,
 * a template's fixed text or JSX text that reads as an English sentence fails this test, with
 * its file and line. Not counted: developer text (console lines, an Error's own message, a zod
 * schema's JSON Schema documentation), Office.js load lists and CSS values (tests/repo/english.ts).
 *
 * KNOWN lists what is left, file by file, each with why. A count must match exactly: a new
 * sentence fails, and so does a file that lost one (lower its count, or drop it, in the same
 * commit). The help pages (.html) are documents, not code, and are not read.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readsAsSentence, sentencesIn } from "./english";

const ROOT = join(__dirname, "..", "..");

/**
 * Files that may hold English sentences, how many, and why: only names and data (column headers,
 * what users type to find something), never a sentence anyone reads as ours.
 */
const KNOWN: Record<string, { count: number; why: string }> = {
  // Column headers are names, not sentences: the published interface formulas reference
  // (structured references such as KZUZ_Agreements[What it does]), English and stable like table
  // and sheet names (src/i18n/README.md). They stay beside the columns they name, in the start
  // bundle (the custom functions write them): moving them into the workbook area cost 0.85 KiB
  // gzip at start, measured, over the start budget. The pane finds each one's label in the
  // reader's language by it (recordText.ts).
  "src/data/views/agreements.ts": { count: 1, why: "a column header (a name formulas use)" },
  "src/data/views/trade.ts": { count: 1, why: "a column header (a name formulas use)" },
  "src/taskpane/outside/recordText.ts": { count: 2, why: "the same headers, as keys" },
  // Words users type to find an agreement domain ("rare earth metals" finds geology & mining):
  // matched against what they type, never shown to them; data, like the dataset's own aliases.
  "src/data/query/build.ts": { count: 1, why: "a domain's synonyms users type (data)" },
};

/** Source files under src/ that git tracks (the catalogues are JSON, the help pages HTML). */
function sourceFiles(): string[] {
  return execFileSync("git", ["ls-files", "src"], { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => /\.(ts|tsx|js|mjs)$/.test(f) && !f.startsWith("src/i18n/messages/"));
}

describe("no English sentence in src/", () => {
  const found = sourceFiles().map((file) => ({
    file,
    sentences: sentencesIn(file, readFileSync(join(ROOT, file), "utf8")),
  }));

  test("reads the whole tree", () => {
    expect(found.length).toBeGreaterThan(100);
  });

  test("outside the known files, none", () => {
    const unexpected = found
      .filter(({ file }) => !(file in KNOWN))
      .flatMap(({ sentences }) => sentences.map((s) => `${s.file}:${s.line}: ${s.text}`));
    expect(unexpected).toEqual([]);
  });

  test("each known file holds exactly as many as listed (a new one fails; a removed one too)", () => {
    const counts = Object.fromEntries(
      Object.keys(KNOWN).map((file) => [
        file,
        found.find((f) => f.file === file)?.sentences.length ?? 0,
      ])
    );
    expect(counts).toEqual(
      Object.fromEntries(Object.entries(KNOWN).map(([file, { count }]) => [file, count]))
    );
  });
});

describe("the detector", () => {
  test("catches a sentence planted in code, a template and JSX", () => {
    const planted = [
      'export const said = "The dataset could not be loaded.";',
      "export const t = (n: number) => `Excel could not write ${n} tables, try again.`;",
      "export const C = () => <p>Nothing was changed here.</p>;",
      "export const e = { kind: 'x', message: 'must be a whole number' };",
    ].join("\n");
    expect(sentencesIn("src/x/planted.tsx", planted).map((s) => s.line)).toEqual([1, 2, 3, 4]);
  });

  test("lets developer text, ids, Office.js load lists and CSS through", () => {
    const allowed = [
      'console.error("KZUZ: the pane failed to start", e);',
      'globalThis.console?.warn("KZUZ: a dataset listener failed");',
      'throw new Error("planRefresh: the table has no ID column");',
      'class E extends Error { constructor() { super("The table was edited meanwhile."); } }',
      'z.string().describe("The amount in the currency the source gave.");',
      'z.string().meta({ id: "Usd", description: "An amount in whole US dollars." });',
      'message("data.excel.refresh.noTables");',
      'range.load("values, formulas, numberFormat");',
      'const border = "1px solid CanvasText";',
      'const key = "KZUZ_Trade";',
    ].join("\n");
    expect(sentencesIn("src/x/allowed.ts", allowed)).toEqual([]);
  });

  test.each([
    ["Nothing was changed.", true],
    ["the selected cells", true],
    ["Kazakhstan's statistics", false],
    ["data.excel.refresh.noTables", false],
    ["kzuz-dataset.schema.json", false],
    ["https://example.org/kzuz-dataset.json", false],
  ])("%j reads as a sentence: %s", (text, expected) => {
    expect(readsAsSentence(text)).toBe(expected);
  });
});
