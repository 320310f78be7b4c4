/**
 * The layer rules in eslint.config.mjs: each forbidden import is reported in the folder it is
 * forbidden in, imports that point down pass, and the current src/ tree passes. ESLint runs
 * once, in a child process (tests/scripts/eslint-in-node.js), over all the cases below, with
 * only the layer rules switched on (the whole rule set over src/ is `npm run lint`'s job).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

type Message = { ruleId: string | null; message: string; line: number };
type Case = { file: string; code: string };

const LAYER_RULES = ["no-restricted-imports", "no-restricted-globals"];
const importing = (specifier: string) => `import { x } from "${specifier}";\nexport const y = x;\n`;

const forbidden: Record<string, string[]> = {
  data: [
    "@microsoft/office-js",
    "react",
    "react-dom/client",
    "@fluentui/react-components",
    "../office/host",
    "../excel/tables",
    "../formulas/compute",
    "../taskpane/App",
    "../i18n/translator",
    // Only src/i18n/message.ts is open to the lower layers, not its neighbours.
    "../i18n/messages/en",
    "../i18n/message.json",
    "../i18n/messageBox",
    "../i18n/messages/en/workbook.json",
    "../i18n/workbooks",
  ],
  i18n: [
    "react",
    "@fluentui/react-components",
    "../data/store",
    "../office/host",
    "../taskpane/App",
  ],
  office: [
    "react",
    "@fluentui/react-components",
    "../excel/workbench",
    "../functions/live",
    "../i18n/active",
    "../taskpane/App",
  ],
  excel: [
    "react",
    "@fluentui/react-components",
    "../taskpane/App",
    "../formulas/compute",
    "../i18n/active",
    "../../i18n/translator",
  ],
  formulas: ["../taskpane/App", "../excel/tables", "../functions/live", "react"],
  functions: ["../taskpane/App", "../excel/tables", "react"],
};
const forbiddenCases = Object.entries(forbidden).flatMap(([folder, specifiers]) =>
  specifiers.map((specifier) => ({ folder, specifier }))
);

const allowed: [string, string][] = [
  ["src/office/example.ts", "../data/store"],
  ["src/excel/example.ts", "../office/host"],
  ["src/excel/example.ts", "../data/views"],
  ["src/functions/example.ts", "../office/storage"],
  ["src/functions/example.ts", "../data/query"],
  ["src/taskpane/example.tsx", "../excel/workbench"],
  ["src/taskpane/example.tsx", "@fluentui/react-components"],
  ["src/data/example.ts", "./office-names"],
  ["src/functions/example.ts", "../i18n/active"],
  ["src/functions/example.ts", "../formulas/compute"],
  ["src/formulas/example.ts", "../data/query"],
  ["src/formulas/example.ts", "../i18n/active"],
  ["src/taskpane/example.tsx", "../formulas/catalogue"],
  ["src/taskpane/example.tsx", "../i18n/translator"],
  ["src/i18n/example.ts", "@lingui/core"],
  // The message module (ids, values, the one message type) is open to every layer.
  ["src/data/example.ts", "../i18n/message"],
  ["src/data/query/example.ts", "../../i18n/message"],
  ["src/office/example.ts", "../i18n/message"],
  ["src/excel/example.ts", "../i18n/message"],
  ["src/excel/charts/example.ts", "../../i18n/message"],
  ["src/formulas/example.ts", "../i18n/message"],
  // So is the workbook's words' module (English in every language: headers, status words).
  ["src/data/views/example.ts", "../../i18n/workbook"],
  ["src/excel/example.ts", "../i18n/workbook"],
  ["src/excel/charts/example.ts", "../../i18n/dashboard"],
];

const cases: Case[] = [
  ...forbiddenCases.map(({ folder, specifier }) => ({
    file: `src/${folder}/example.ts`,
    code: importing(specifier),
  })),
  { file: "src/excel/charts/layout.tsx", code: importing("../../taskpane/App") },
  { file: "src/data/example.ts", code: "export const host = Office.context.host;\n" },
  ...allowed.map(([file, specifier]) => ({ file, code: importing(specifier) })),
];

let caseMessages: string[][];
let treeFiles: { file: string; messages: Message[] }[];

beforeAll(() => {
  const run = spawnSync(process.execPath, [join(__dirname, "eslint-in-node.js")], {
    input: JSON.stringify({ cases, globs: ["src/**/*.{ts,tsx}"], rules: LAYER_RULES }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`ESLint failed:\n${run.stderr}`);
  const out = JSON.parse(run.stdout) as { cases: Message[][]; files: typeof treeFiles };
  caseMessages = out.cases.map((messages) =>
    messages.filter((m) => LAYER_RULES.includes(m.ruleId ?? "")).map((m) => m.message)
  );
  treeFiles = out.files;
}, 120_000);

const messagesFor = (file: string, code: string) =>
  caseMessages[cases.findIndex((c) => c.file === file && c.code === code)];

describe("layer rules", () => {
  test.each(forbiddenCases)("src/$folder may not import $specifier", ({ folder, specifier }) => {
    const messages = messagesFor(`src/${folder}/example.ts`, importing(specifier));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      new RegExp(
        `^'${specifier}' import is restricted from being used by a pattern\\. src/${folder} must not import `
      )
    );
  });

  test("the rules also read .tsx files in nested folders", () => {
    expect(messagesFor("src/excel/charts/layout.tsx", importing("../../taskpane/App"))).toEqual([
      "'../../taskpane/App' import is restricted from being used by a pattern. src/excel must not import src/taskpane: Excel writes know nothing of the pane, the custom functions or the languages (messages carry catalogue ids).",
    ]);
  });

  test("src/data may not use the Office globals", () => {
    expect(
      messagesFor("src/data/example.ts", "export const host = Office.context.host;\n")
    ).toEqual([
      "Unexpected use of 'Office'. src/data must not use Office: it is plain TypeScript that runs outside Office.",
    ]);
  });

  test.each(allowed)("%s may import %s", (file, specifier) => {
    expect(messagesFor(file, importing(specifier))).toEqual([]);
  });

  test("the current src/ tree keeps its layers", () => {
    const broken = treeFiles.flatMap(({ file, messages }) =>
      messages
        .filter((m) => LAYER_RULES.includes(m.ruleId ?? ""))
        .map((m) => `${file}:${m.line}: ${m.message}`)
    );
    expect(treeFiles.length).toBeGreaterThan(30);
    expect(treeFiles.every(({ file }) => file.startsWith("src/"))).toBe(true);
    expect(broken).toEqual([]);
  });
});
