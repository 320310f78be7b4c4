/**
 * LocalizedFunctionsPlugin inside a real webpack compilation: it turns the functions.json asset
 * into functions-<locale>.json files, and a broken catalogue fails the build instead of shipping.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { LocalizedFunctionsPlugin } from "../../scripts/localized-functions-plugin";

const CATALOGUES = join(__dirname, "..", "..", "src", "functions", "locales");
const GOLDEN = readFileSync(join(__dirname, "..", "functions", "functions.golden.json"), "utf8");

/** Emits the golden functions.json, as CustomFunctionsMetadataPlugin would. */
class GoldenMetadata {
  apply(compiler: webpack.Compiler) {
    compiler.hooks.thisCompilation.tap("GoldenMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "GoldenMetadata", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset("functions.json", new webpack.sources.RawSource(GOLDEN))
      );
    });
  }
}

function build(catalogues: string): Promise<{ stats: webpack.Stats; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), "kzuz-l10n-"));
  writeFileSync(join(dir, "entry.js"), "export const x = 1;\n");
  const compiler = webpack({
    mode: "none",
    context: dir,
    entry: "./entry.js",
    output: { path: join(dir, "out") },
    plugins: [new GoldenMetadata(), new LocalizedFunctionsPlugin(catalogues)],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) =>
      error ? reject(error) : resolve({ stats: stats!, out: join(dir, "out") })
    )
  );
}

test("the build emits a translated metadata file per locale", async () => {
  const { stats, out } = await build(CATALOGUES);
  expect(stats.compilation.errors).toEqual([]);
  const assets = Object.keys(stats.compilation.assets).sort();
  expect(assets).toEqual(
    expect.arrayContaining([
      "functions-fr-FR.json",
      "functions-kk-KZ.json",
      "functions-ru-RU.json",
      "functions-uz-Latn-UZ.json",
    ])
  );
  const ru = JSON.parse(readFileSync(join(out, "functions-ru-RU.json"), "utf8"));
  expect(ru.functions.find((f: { id: string }) => f.id === "TARGET").description).toMatch(
    /^Целевой показатель/
  );
}, 60_000);

test("a catalogue missing a function fails the build, naming it, and its file is not emitted", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kzuz-catalogues-"));
  cpSync(CATALOGUES, dir, { recursive: true });
  const kk = JSON.parse(readFileSync(join(dir, "kk.json"), "utf8"));
  delete kk.PROGRESS;
  writeFileSync(join(dir, "kk.json"), JSON.stringify(kk));
  const { stats } = await build(dir);
  expect(stats.compilation.errors.map((e) => e.message)).toEqual([
    "functions catalogue kk.json:\n  kk: function PROGRESS is missing",
  ]);
  expect(Object.keys(stats.compilation.assets)).not.toContain("functions-kk-KZ.json");
}, 60_000);
