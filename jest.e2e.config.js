/**
 * Browser tests: the production build (dist/) in Debian's Chromium (playwright-core), under
 * Microsoft's office.js with a simulated Excel (tests/support/excel-host).
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  globalSetup: "<rootDir>/tests/e2e/setup.ts",
  testTimeout: 60000,
  maxWorkers: 1,
  moduleNameMapper: {
    // The simulated Excel's workbook model uses office-addin-mock (see jest.config.js).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  transform: {
    "^.+\\.tsx?$": "<rootDir>/scripts/lib/esbuild-jest.js",
  },
};
