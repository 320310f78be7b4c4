// ESLint 9 flat config (office-addin-lint reads this file). Built on eslint-plugin-office-addins'
// React preset, which covers .js/.ts; its file pattern is widened here to .tsx. The preset's
// parser import resolves to undefined (an ESM/CJS default-export mismatch in 4.0.10), so the
// TypeScript parser is set here explicitly.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const sources = "**/*.{js,mjs,cjs,ts,tsx,cts,mts}";

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
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs" },
  },
];
