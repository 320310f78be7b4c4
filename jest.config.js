/** Jest: unit and component tests (the browser tests run separately: npm run test:e2e). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }],
    // The message catalogues compile as in the build (scripts/lib/catalogue.js).
    "src/i18n/messages/[a-z]+/[a-z]+\\.json$": "<rootDir>/scripts/lib/catalogue-jest.js",
  },
  setupFilesAfterEnv: ["@testing-library/jest-dom"],
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum; the package's main entry pulls an ESM-only chain.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
