/** Bundles the stand-in office.js (./office.ts and the fake workbook) for the browser, in memory. */
import { buildSync } from "esbuild";
import { join } from "node:path";

export function standInOfficeJs(): string {
  const result = buildSync({
    entryPoints: [join(__dirname, "office.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    alias: { "office-addin-manifest": join(__dirname, "manifest-stub.ts") },
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
