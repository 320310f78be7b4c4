/** Jest: unit and component tests (the browser tests run separately: npm run test:e2e). */
const FLUENT_BARRELS = "@fluentui/react-(?:components/lib-commonjs|icons/lib-cjs)/index\\.cjs$";

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  // A timeout is there to stop a test that hangs, not to time one: on a 2-core machine shared
  // with other work a UI test that takes 1 s idle takes 5 s or more. Speed is measured by
  // `npm run bench`, never by a test.
  testTimeout: 30_000,
  // Jest's default is one worker fewer than the cores: on a 2-core machine one worker, i.e. every
  // file in Jest's own process on one core while the other idles. One worker per core: the CPU
  // time is the same (measured: tests/taskpane 107 s in band, 96 s with 2 workers), the wall time
  // about half on an idle machine.
  maxWorkers: "100%",
  transform: {
    // esbuild strips the types (scripts/lib/esbuild-jest.js); `npm run typecheck` checks them.
    "^.+\\.tsx?$": "<rootDir>/scripts/lib/esbuild-jest.js",
    // The message catalogues compile as in the build (scripts/lib/catalogue.js).
    "src/i18n/messages/[a-z]+/[a-z]+\\.json$": "<rootDir>/scripts/lib/catalogue-jest.js",
    // Fluent UI's two barrels load a package (a chunk of icons) when one of its exports is first
    // read, not all 2,100+ modules for every file that renders the pane (scripts/lib/lazy-barrel-jest.js).
    [FLUENT_BARRELS]: "<rootDir>/scripts/lib/lazy-barrel-jest.js",
  },
  // node_modules runs as installed, but for those two barrels.
  transformIgnorePatterns: [`/node_modules/(?!${FLUENT_BARRELS})`],
  setupFilesAfterEnv: ["@testing-library/jest-dom", "<rootDir>/tests/support/dom-timeouts.ts"],
  moduleNameMapper: {
    // A catalogue's part (src/i18n/translator.ts) is the whole catalogue in the tests; the first
    // screen's part alone is tested through scripts/lib/catalogue.js (tests/i18n/first-screen.test.tsx).
    "^\\./messages/([a-z]+)/index\\?part=(start|rest)$": "<rootDir>/src/i18n/messages/$1/index.ts",
    // office-addin-mock needs only the OfficeApp enum; the package's main entry pulls an ESM-only chain.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
