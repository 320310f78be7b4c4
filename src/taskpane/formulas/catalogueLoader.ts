/**
 * The list of KZUZ functions, read from the add-in's own functions.json (generated at build time
 * from the JSDoc of src/functions/functions.ts, and served beside the pane), once per page.
 */
import { parseMetadata, type FunctionInfo } from "../../functions/catalogue";
import { failWith, type Result } from "../../data/result";

const loaded = new Map<string, Promise<Result<FunctionInfo[]>>>();

async function fetchCatalogue(url: string): Promise<Result<FunctionInfo[]>> {
  const unavailable = (why: string) =>
    failWith(
      "no-data",
      `The list of KZUZ functions could not be loaded (${why}). Close and reopen the pane; if it persists, reinstall the add-in.`
    );
  if (typeof fetch !== "function") return unavailable("this page cannot download files");
  try {
    const response = await fetch(url);
    if (!response.ok) return unavailable(`${url} answered ${response.status}`);
    return parseMetadata(await response.json());
  } catch (error) {
    return unavailable(error instanceof Error ? error.message : String(error));
  }
}

/** functions.json beside the page at `baseUrl`, loaded once; a failure is retried next time. */
export function loadCatalogue(baseUrl: string): Promise<Result<FunctionInfo[]>> {
  const url = new URL("functions.json", baseUrl).href;
  let pending = loaded.get(url);
  if (!pending) {
    pending = fetchCatalogue(url).then((result) => {
      if (!result.ok) loaded.delete(url);
      return result;
    });
    loaded.set(url, pending);
  }
  return pending;
}
