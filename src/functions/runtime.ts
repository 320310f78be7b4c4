/**
 * What the functions need from their host. Inside Excel, office.js provides CustomFunctions;
 * outside it (a plain browser showing the preview, or Node in tests) there is none, and the
 * CustomFunctions.associate calls that the metadata plugin appends to functions.ts would throw
 * and stop the page. A stand-in that registers nothing keeps the page working there.
 */
type CustomFunctionsHolder = { CustomFunctions?: { associate?: unknown } };

export function ensureCustomFunctionsRuntime(): void {
  const holder = globalThis as CustomFunctionsHolder;
  if (holder.CustomFunctions === undefined) holder.CustomFunctions = { associate: () => undefined };
}

/** True where Excel can show entity values (cards): ExcelApi 1.16. */
export function entityValuesSupported(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("ExcelApi", "1.16") === true
    );
  } catch {
    return false;
  }
}
