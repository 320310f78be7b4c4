/**
 * The help pages in the build: webpack copies every language's page that exists into dist/, and
 * LocalizedFunctionsPlugin points each locale's function help links (the metadata's helpUrl,
 * learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json) at that language's page
 * when there is one. The dist/ checks need `npx webpack --mode production` first.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import {
  helpPage,
  localizeHelpUrls,
  LocalizedFunctionsPlugin,
  LOCALES,
  metadataFile,
  type Metadata,
} from "../../scripts/localized-functions-plugin";
import { decode, existingPages, HELP_DIR } from "../../scripts/lib/help-pages";
import { helpHref } from "../../src/i18n/help";
import { LANGS } from "../../src/i18n/locales";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const GOLDEN_TEXT = readFileSync(join(ROOT, "tests", "functions", "functions.golden.json"), "utf8");
const golden: Metadata = JSON.parse(GOLDEN_TEXT);
const anchorOf = (url: string) => url.split("#")[1];

test("the build names each language's page as the pane's links do", () => {
  for (const lang of LANGS) expect(helpPage(lang)).toBe(helpHref(lang));
});

test("localizeHelpUrls points every help link at the language's page, same address and anchor, nothing else changed", () => {
  const ru = localizeHelpUrls(golden, "ru");
  expect(golden.functions.every((f) => f.helpUrl?.includes("/help.html#"))).toBe(true);
  ru.functions.forEach((f, i) => {
    const english = golden.functions[i];
    expect(f.helpUrl).toBe(english.helpUrl!.replace("/help.html#", "/help.ru.html#"));
    expect({ ...f, helpUrl: english.helpUrl }).toEqual(english);
  });
  expect(localizeHelpUrls(golden, "en")).toEqual(golden);
});

/** Emits the golden functions.json, as CustomFunctionsMetadataPlugin would. */
class GoldenMetadata {
  apply(compiler: webpack.Compiler) {
    compiler.hooks.thisCompilation.tap("GoldenMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "GoldenMetadata", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset("functions.json", new webpack.sources.RawSource(GOLDEN_TEXT))
      );
    });
  }
}

test("in a build, a locale's help links lead to its page where the page exists, else to help.html", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kzuz-help-"));
  const helpDir = join(dir, "help");
  mkdirSync(helpDir);
  copyFileSync(join(HELP_DIR, "help.ru.html"), join(helpDir, "help.ru.html"));
  writeFileSync(join(dir, "entry.js"), "export const x = 1;\n");
  const compiler = webpack({
    mode: "none",
    context: dir,
    entry: "./entry.js",
    output: { path: join(dir, "out") },
    plugins: [
      new GoldenMetadata(),
      new LocalizedFunctionsPlugin(join(ROOT, "src", "functions", "locales"), { helpDir }),
    ],
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, s) => (error ? reject(error) : resolve(s!)))
  );
  expect(stats.compilation.errors).toEqual([]);
  const built = (office: string): Metadata =>
    JSON.parse(readFileSync(join(dir, "out", metadataFile(office)), "utf8"));
  const ru = built("ru-RU").functions.map((f) => f.helpUrl);
  const kk = built("kk-KZ").functions.map((f) => f.helpUrl);
  expect(ru).toEqual(golden.functions.map((f) => f.helpUrl!.replace("help.html", "help.ru.html")));
  expect(kk).toEqual(golden.functions.map((f) => f.helpUrl));
}, 60_000);

describe("dist/", () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, "functions.json")))
      throw new Error("dist/ is missing: run `npx webpack --mode production` first.");
  });

  // The production build minifies the pages (attributes unquoted), so they are compared by content.
  const ids = (html: string) => [...html.matchAll(/\sid=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  const words = (html: string) =>
    decode(html.replace(/<style>[\s\S]*?<\/style>/, ""))
      .replace(/<[^>]+>/g, " ")
      .split(/\s+/)
      .filter(Boolean);

  test("has every help page of src/taskpane/: same language, anchors and text", () => {
    const pages = existingPages();
    expect(pages).toEqual(expect.arrayContaining(["en", "ru", "kk"]));
    for (const lang of pages) {
      const source = readFileSync(join(HELP_DIR, helpPage(lang)), "utf8");
      const built = readFileSync(join(DIST, helpPage(lang)), "utf8");
      expect(built).toMatch(new RegExp(`<html lang=["']?${lang}["'>\\s]`));
      expect(ids(built)).toEqual(ids(source));
      expect(words(built)).toEqual(words(source));
    }
  });

  test("every locale's function help links lead to a section of its own language's page (English where it has none)", () => {
    const pages = existingPages();
    for (const { lang, office } of LOCALES) {
      const file = lang === "en" ? "functions.json" : metadataFile(office);
      const metadata: Metadata = JSON.parse(readFileSync(join(DIST, file), "utf8"));
      const page = (pages as string[]).includes(lang) ? helpPage(lang) : "help.html";
      const html = readFileSync(join(DIST, page), "utf8");
      for (const f of metadata.functions) {
        expect(f.helpUrl).toMatch(new RegExp(`/${page.replace(/\./g, "\\.")}#`));
        expect(ids(html)).toContain(anchorOf(f.helpUrl!));
      }
    }
  });
});
