/**
 * functions.json as the build makes it, generated here from src/functions/functions.ts by the same
 * generator (custom-functions-metadata), and a fetch that serves it as the add-in's origin does.
 */
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

export const FUNCTIONS_SOURCE = join(__dirname, "../../../src/functions/functions.ts");

export interface GeneratedMetadata {
  json: {
    functions: {
      id: string;
      description?: string;
      options?: Record<string, boolean>;
      parameters?: { name: string; description?: string; optional?: boolean }[];
    }[];
  };
  /** Function id → the name of the function in functions.ts that Excel calls. */
  exports: Map<string, string>;
}

let generated: Promise<GeneratedMetadata> | undefined;

export function generatedMetadata(): Promise<GeneratedMetadata> {
  return (generated ??= generateCustomFunctionsMetadata(FUNCTIONS_SOURCE).then((result) => {
    if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
    return {
      json: JSON.parse(result.metadataJson),
      exports: new Map(result.associate.map((a) => [a.id, a.functionName])),
    };
  }));
}

// Generating compiles functions.ts with TypeScript: about a second on an idle machine, several
// when other work shares the cores. Every file that imports this module does it once, before its
// tests, with a budget of its own, so no test's timeout pays for it.
beforeAll(() => generatedMetadata(), 60_000);

/**
 * A fetch answering `url` with functions.json (as `edit` leaves it), and 404 for anything else;
 * records the addresses asked.
 */
export async function serveFunctionsJson(
  url: string,
  edit: (json: GeneratedMetadata["json"]) => void = () => undefined
): Promise<{ fetch: typeof fetch; asked: string[] }> {
  // A copy (jsdom has no structuredClone): the generated file is shared by every test.
  const json = JSON.parse(
    JSON.stringify((await generatedMetadata()).json)
  ) as GeneratedMetadata["json"];
  edit(json);
  const asked: string[] = [];
  const fake = (async (input: RequestInfo | URL) => {
    const address = String(input);
    asked.push(address);
    const found = address === url;
    return {
      ok: found,
      status: found ? 200 : 404,
      json: async () => JSON.parse(JSON.stringify(json)),
    } as Response;
  }) as typeof fetch;
  return { fetch: fake, asked };
}

const plugin = require("../../../scripts/localized-functions-plugin.js") as {
  localizeMetadata(metadata: unknown, catalogue: unknown): GeneratedMetadata["json"];
  readCatalogue(dir: string, lang: string): unknown;
};

/**
 * functions-<locale>.json as the build makes it: the generated functions.json with the texts of
 * src/functions/locales/<lang>.json, by the build's own plugin code.
 */
export async function localizedMetadata(lang: string): Promise<GeneratedMetadata["json"]> {
  const { json } = await generatedMetadata();
  const dir = join(__dirname, "../../../src/functions/locales");
  return plugin.localizeMetadata(json, plugin.readCatalogue(dir, lang));
}

/** A fetch answering each address of `files` with its JSON, and 404 for anything else. */
export function serveFiles(files: Record<string, unknown>): {
  fetch: typeof fetch;
  asked: string[];
} {
  const asked: string[] = [];
  const fake = (async (input: RequestInfo | URL) => {
    const address = String(input);
    asked.push(address);
    const found = Object.prototype.hasOwnProperty.call(files, address);
    return {
      ok: found,
      status: found ? 200 : 404,
      json: async () => JSON.parse(JSON.stringify(files[address])),
    } as Response;
  }) as typeof fetch;
  return { fetch: fake, asked };
}
