/**
 * The list of KZUZ functions, read from the add-in's own metadata (generated at build time from
 * the JSDoc of src/functions/functions.ts, and served beside the pane), once per page and language:
 * functions.json in English, functions-<locale>.json (the same functions, descriptions translated)
 * in the others. A locale's file that cannot be read falls back to functions.json: English
 * descriptions rather than no builder.
 */
import { parseMetadata, type FunctionInfo } from "../../formulas/catalogue";
import { ok, type Result } from "../../data/result";
import { officeTag, type Lang } from "../../i18n/locales";
import { message, type Message, type MessageId } from "../../i18n/message";

type CatalogueResult = Result<FunctionInfo[], Message>;

const loaded = new Map<string, Promise<CatalogueResult>>();

function unavailable(id: MessageId, values?: Message["values"]) {
  return { ok: false as const, error: message(id, values) };
}

async function fetchCatalogue(url: string): Promise<CatalogueResult> {
  if (typeof fetch !== "function") return unavailable("formulas.catalogue.noFetch");
  try {
    const response = await fetch(url);
    if (!response.ok) {
      const status = String(response.status);
      return unavailable("formulas.catalogue.status", { url, status });
    }
    const parsed = parseMetadata(await response.json());
    return parsed.ok ? ok(parsed.value) : { ok: false, error: parsed.error };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return unavailable("formulas.catalogue.failed", { why });
  }
}

/** The file at `url`, loaded once; a failure is retried next time. */
function loadOnce(url: string): Promise<CatalogueResult> {
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

/** The metadata file of `lang`: functions.json for English, functions-ru-RU.json for Russian. */
export function metadataFile(lang: Lang): string {
  return lang === "en" ? "functions.json" : `functions-${officeTag(lang)}.json`;
}

/**
 * The functions in `lang`, from the metadata beside the page at `baseUrl`; English (functions.json)
 * when the language's file cannot be read.
 */
export async function loadCatalogue(baseUrl: string, lang: Lang = "en"): Promise<CatalogueResult> {
  const english = () => loadOnce(new URL(metadataFile("en"), baseUrl).href);
  if (lang === "en") return english();
  const own = await loadOnce(new URL(metadataFile(lang), baseUrl).href);
  return own.ok ? own : english();
}
