/**
 * Where the browser tests find the add-in: the production build in dist/, answered by Playwright
 * at ADDIN_URL (tests/support/excel-host/page.ts), with office.js from @microsoft/office-js. No
 * server runs and nothing leaves the machine.
 */
export { CHROMIUM, launchChromium as launchBrowser } from "../../scripts/lib/browser";
export { ADDIN_URL as BASE_URL } from "../support/excel-host/page";
