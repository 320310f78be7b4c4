/** Browser tests: the built pane, served by webpack-dev-server, in Debian's Chromium (playwright-core). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  globalSetup: "<rootDir>/tests/e2e/setup.ts",
  globalTeardown: "<rootDir>/tests/e2e/teardown.ts",
  testTimeout: 60000,
  maxWorkers: 1,
  transform: {
    "^.+\\.tsx?$": "<rootDir>/scripts/lib/esbuild-jest.js",
  },
};
