// ESLint 9 flat config (office-addin-lint reads this file). Built on eslint-plugin-office-addins'
// React preset, which covers .js/.ts; its file pattern is widened here to .tsx. The preset's
// parser import resolves to undefined (an ESM/CJS default-export mismatch in 4.0.10), so the
// TypeScript parser is set here explicitly.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const code = "*.{js,mjs,cjs,ts,tsx,cts,mts}";
const sources = `**/${code}`;

// Layers: dependencies point down, data ← office ← excel ← taskpane; the formula library
// (src/formulas) uses data, i18n and office; the custom-functions entry (src/functions) uses the
// formula library and those below it; nothing but the pane imports src/taskpane. Each folder lists what it must not import; tests/scripts/layers.test.ts proves
// every entry fires. (Static imports only: the rule does not see import() or require().)
// Two exceptions: src/i18n/message.ts (the message type and its constructors, importing nothing at
// run time) may be imported by every layer, so lower layers hand up ids and values, never words;
// and src/i18n/workbook.ts and dashboard.ts (the workbook's own English words: status
// words, the Dashboard's cells, read from the catalogue's English-only areas), so they live in a
// catalogue too.
const packages = {
  officeJs: { group: ["@microsoft/office-js", "@microsoft/office-js/*"], why: "Office.js" },
  react: { group: ["react", "react/*", "react-dom", "react-dom/*"], why: "React" },
  fluent: { group: ["@fluentui/*"], why: "Fluent UI" },
};
const folders = ["office", "excel", "formulas", "functions", "taskpane", "i18n"];

/** One no-restricted-imports entry per forbidden package group or src/ folder. */
function layer(folder, summary, { deny = [], folders: denied = [] }) {
  const patterns = [
    ...deny.map((key) => ({
      group: packages[key].group,
      message: `src/${folder} must not import ${packages[key].why}: ${summary}`,
    })),
    ...denied.map((other) => ({
      // A relative path up into the sibling folder: ../excel, ../excel/tables, ../../excel/...
      // (not ./formulas, a module of the folder's own)
      regex:
        other === "i18n"
          ? `^(\\.\\./)+i18n(?!/(message|workbook|dashboard)$)(/|$)`
          : `^(\\.\\./)+${other}(/|$)`,
      message: `src/${folder} must not import src/${other}: ${summary}`,
    })),
  ];
  return {
    files: [`src/${folder}/**/${code}`],
    rules: { "no-restricted-imports": ["error", { patterns }] },
  };
}

export default [
  { ignores: ["dist/", "dist-excel-test/", "node_modules/", "coverage/", ".certs/"] },
  ...officeAddins.configs.react.map((config) =>
    config.files ? { ...config, files: [sources] } : config
  ),
  {
    files: [sources],
    languageOptions: { parser: tsParser, ecmaVersion: "latest", sourceType: "module" },
    settings: { react: { version: "detect" } },
    rules: {
      // The new JSX transform needs no React in scope; TypeScript checks props and names.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      "office-addins/no-context-sync-in-loop": "error",
    },
  },
  layer("data", "it is plain TypeScript every other layer builds on.", {
    deny: ["officeJs", "react", "fluent"],
    folders,
  }),
  {
    files: [`src/data/**/${code}`],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeRuntime", "CustomFunctions"].map((name) => ({
          name,
          message: `src/data must not use ${name}: it is plain TypeScript that runs outside Office.`,
        })),
      ],
    },
  },
  layer(
    "i18n",
    "the languages are plain TypeScript on Intl and Lingui; the layers above use them.",
    {
      deny: ["officeJs", "react", "fluent"],
      folders: ["data", "office", "excel", "formulas", "functions", "taskpane"],
    }
  ),
  layer("office", "it holds the Office common API under the Excel code and the pane.", {
    deny: ["react", "fluent"],
    folders: ["excel", "formulas", "functions", "taskpane", "i18n"],
  }),
  layer(
    "excel",
    "Excel writes know nothing of the pane, the custom functions or the languages (messages carry catalogue ids).",
    {
      deny: ["react", "fluent"],
      folders: ["formulas", "functions", "taskpane", "i18n"],
    }
  ),
  layer("formulas", "the formula library uses src/data, src/i18n and src/office only.", {
    deny: ["react", "fluent"],
    folders: ["excel", "functions", "taskpane"],
  }),
  layer(
    "functions",
    "the custom-functions entry wraps src/formulas over src/data and src/office.",
    {
      deny: ["react", "fluent"],
      folders: ["excel", "taskpane"],
    }
  ),
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs" },
  },
];
