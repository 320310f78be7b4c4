/**
 * Every id the lower layers (src/data, src/office, src/excel, src/formulas, src/functions) write
 * in their source exists in every catalogue, and every placeholder its message uses in any
 * language is given a value there. The ids are found in the source: `message("id", {...})`,
 * `failWith(kind, "id", {...})` and `{ id: "id", values: {...} }`. (An id chosen at run time
 * from a table is checked by the typecheck against the English catalogue, and by the tests of
 * each layer's messages in every catalogue.)
 *
 * The workbook's own words (`workbookText("workbook.…", {...})` and `dashboardText("dashboard.…")`,
 * src/i18n/workbook.ts and dashboard.ts: status words, notes, the Dashboard's cells) are
 * English in every language by design: their areas are in the English catalogue only, so they are
 * checked there, every placeholder given.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { idProblems } from "../support/messages";

const { placeholders } = require("../../scripts/lib/catalogue.js") as {
  placeholders(text: string): Set<string>;
};

const ROOT = path.resolve(__dirname, "../..");
const LOWER = ["data", "office", "excel", "formulas", "functions"];

interface Use {
  where: string;
  id: string;
  /** The names of the values given; undefined where they cannot be read (a spread, a variable). */
  given: string[] | undefined;
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function valueNames(node: ts.Node | undefined): string[] | undefined {
  if (node === undefined) return [];
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  const names: string[] = [];
  for (const p of node.properties) {
    if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name)
      names.push(p.name.getText());
    else return undefined;
  }
  return names;
}

/** The message ids written in one file's source, with the values given to each. */
export function idUses(file: string, source: string): Use[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const uses: Use[] = [];
  const at = (node: ts.Node) =>
    `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const [a, b, c] = node.arguments;
      if (node.expression.text === "message" && a && ts.isStringLiteralLike(a))
        uses.push({ where: at(node), id: a.text, given: valueNames(b) });
      if (node.expression.text === "failWith" && b && ts.isStringLiteralLike(b))
        uses.push({ where: at(node), id: b.text, given: valueNames(c) });
      if (/^(workbook|dashboard)Text$/.test(node.expression.text) && a && ts.isStringLiteralLike(a))
        uses.push({ where: at(node), id: a.text, given: valueNames(b) });
    }
    if (ts.isObjectLiteralExpression(node)) {
      const prop = (name: string) =>
        node.properties.find(
          (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === name
        );
      const id = prop("id");
      const values = prop("values");
      const shorthand = node.properties.some(
        (p) => ts.isShorthandPropertyAssignment(p) && p.name.text === "values"
      );
      const spread = node.properties.some((p) => ts.isSpreadAssignment(p));
      if (
        id &&
        ts.isStringLiteralLike(id.initializer) &&
        /^[a-z]+\.[\w.]+$/.test(id.initializer.text)
      )
        uses.push({
          where: at(node),
          id: id.initializer.text,
          given: spread || shorthand ? undefined : values ? valueNames(values.initializer) : [],
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}

const uses = LOWER.flatMap((folder) =>
  files(path.join(ROOT, "src", folder)).flatMap((file) =>
    idUses(path.relative(ROOT, file), fs.readFileSync(file, "utf8"))
  )
);

test("the lower layers use many ids, found in their source", () => {
  expect(uses.length).toBeGreaterThan(140);
  expect(new Set(uses.map((u) => u.where.split("/")[1])).size).toBeGreaterThanOrEqual(3);
});

/** The English-only areas' messages (workbook, dashboard). */
const WORKBOOK = Object.assign(
  {},
  ...["workbook", "dashboard"].map((area) =>
    JSON.parse(fs.readFileSync(path.join(ROOT, `src/i18n/messages/en/${area}.json`), "utf8"))
  )
) as Record<string, string>;

/** A workbook word's problems: in the English catalogue's workbook area, every value given. */
function workbookProblems(id: string, given: readonly string[] | undefined): string[] {
  const source = WORKBOOK[id];
  if (source === undefined) return [`en: no workbook word ${id}`];
  if (given === undefined) return [];
  return [...placeholders(source)]
    .filter((name) => !given.includes(name))
    .map((name) => `en: ${id} uses {${name}}, which is not given`);
}

test("every id a lower layer uses is in every catalogue, with every placeholder given", () => {
  const problems = uses.flatMap((u) =>
    (/^(workbook|dashboard)\./.test(u.id)
      ? workbookProblems(u.id, u.given)
      : idProblems(u.id, u.given)
    ).map((p) => `${u.where}: ${p}`)
  );
  expect(problems).toEqual([]);
});

test("the workbook's words are found too, and checked in English only (English by design)", () => {
  const words = uses.filter((u) => /^(workbook|dashboard)\./.test(u.id));
  expect(words.length).toBeGreaterThan(50);
  expect(workbookProblems("workbook.status.notInDataset", [])).toEqual([
    "en: workbook.status.notInDataset uses {version}, which is not given",
  ]);
  expect(workbookProblems("workbook.no.such", [])).toEqual([
    "en: no workbook word workbook.no.such",
  ]);
  // No other language has the area: its words are English in every language.
  expect(idProblems("workbook.status.notInDataset", ["version"])).toContain(
    "ru: no message workbook.status.notInDataset"
  );
});

test("finds the ids and values of each way of writing a message, and names what is wrong", () => {
  const found = idUses(
    "x.ts",
    [
      'message("data.excel.failed", { reason });',
      'failWith("no-data", "errors.data.no.such", { year: "2020" });',
      'const e = { kind: "x", id: "data.excel.busy", values: { running } };',
      'const f = { id: "data.excel.failed", values: { ...more } };',
    ].join("\n")
  );
  expect(found.map(({ id, given }) => [id, given])).toEqual([
    ["data.excel.failed", ["reason"]],
    ["errors.data.no.such", ["year"]],
    ["data.excel.busy", ["running"]],
    ["data.excel.failed", undefined],
  ]);
  expect(idProblems("data.excel.failed", ["reason"])).toEqual([]);
  expect(idProblems("errors.data.no.such", [])).toContain("en: no message errors.data.no.such");
  expect(idProblems("data.excel.busy", ["running"])).toContain(
    "en: data.excel.busy uses {asked}, which is not given"
  );
});
