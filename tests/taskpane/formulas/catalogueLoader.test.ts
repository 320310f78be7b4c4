import { loadTranslator } from "../../../src/i18n/translator";
import { loadCatalogue, metadataFile } from "../../../src/taskpane/formulas/catalogueLoader";
import { generatedMetadata, localizedMetadata, serveFiles } from "./metadata";
import { english } from "../../support/english";

afterEach(() => {
  delete (global as { fetch?: unknown }).fetch;
});

test("each language reads its own metadata file, with the same functions and translated descriptions", async () => {
  expect(metadataFile("en")).toBe("functions.json");
  expect(metadataFile("uz")).toBe("functions-uz-Latn-UZ.json");
  const uz = await localizedMetadata("uz");
  const origin = "https://loader.example.org";
  const served = serveFiles({
    [`${origin}/functions.json`]: (await generatedMetadata()).json,
    [`${origin}/functions-uz-Latn-UZ.json`]: uz,
  });
  global.fetch = served.fetch;
  const loaded = await loadCatalogue(`${origin}/taskpane.html`, "uz");
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  // Every function users write (not LOADSERVICE, Excel's load service of linked cards).
  expect(loaded.value.map((f) => f.id)).toEqual(
    uz.functions.filter((f) => f.id !== "LOADSERVICE").map((f) => f.id)
  );
  expect(uz.functions.map((f) => f.id)).toContain("LOADSERVICE");
  const trade = loaded.value.find((f) => f.id === "TRADE")!;
  const source = uz.functions.find((f) => f.id === "TRADE")!;
  expect(trade.description).toBe(source.description);
  expect(trade.params.map((p) => p.description)).toEqual(
    source.parameters!.map((p) => p.description)
  );
  // Bindings are kept: the preview works in every language.
  expect(loaded.value.every((f) => f.binding !== undefined)).toBe(true);
  expect(served.asked).toEqual([`${origin}/functions-uz-Latn-UZ.json`]);
});

test("when nothing can be read the error says so in the reader's language, and its English is the catalogue's", async () => {
  const origin = "https://nothing.example.org";
  global.fetch = serveFiles({}).fetch;
  const failed = await loadCatalogue(`${origin}/taskpane.html`, "ru");
  expect(failed.ok).toBe(false);
  if (failed.ok) return;
  expect(english(failed.error)).toBe(
    `The list of KZUZ functions could not be loaded (${origin}/functions.json answered 404). Close and reopen the pane; if it persists, reinstall the add-in.`
  );
  const ru = await loadTranslator("ru");
  expect(ru.text(failed.error)).toMatch(
    /^Не удалось загрузить список функций KZUZ \(.*functions\.json вернул код 404\)/
  );

  delete (global as { fetch?: unknown }).fetch;
  const noFetch = await loadCatalogue(`${origin}/taskpane.html`, "en");
  expect(noFetch.ok).toBe(false);

  global.fetch = (async () => {
    throw new Error("network down");
  }) as typeof fetch;
  const thrown = await loadCatalogue(`${origin}/taskpane.html`, "en");
  expect(thrown.ok).toBe(false);
  if (!thrown.ok) {
    expect(english(thrown.error)).toContain("(network down)");
  }
});
