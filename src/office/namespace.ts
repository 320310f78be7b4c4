/**
 * The custom functions' namespace, as the manifest declares it (Functions.Namespace): "KZUZ" for
 * the add-in. The real-Excel test add-in (npm run test:excel) is built with its own, "KZUZTEST",
 * so that it never clashes with KZUZ for Excel when both are loaded (functions of one name in
 * two add-ins: docs/excel/custom-functions-naming.md, "Naming conflicts"); its webpack config
 * defines KZUZ_FUNCTIONS_NAMESPACE, and everything that writes or reads KZUZ formulas uses this.
 */
declare const KZUZ_FUNCTIONS_NAMESPACE: string | undefined;

export const FUNCTIONS_NAMESPACE: string =
  typeof KZUZ_FUNCTIONS_NAMESPACE === "string" ? KZUZ_FUNCTIONS_NAMESPACE : "KZUZ";

/** The namespace the test add-in's manifest and build give its functions. */
export const TEST_FUNCTIONS_NAMESPACE = "KZUZTEST";
