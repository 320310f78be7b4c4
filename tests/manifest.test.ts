/** The offline manifest check, on the built add-in (npm test builds first) and on broken copies of it. */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkManifest, OVERRIDE_LOCALES, pngSize } from "../scripts/check-manifest";
import { renderIcon } from "../scripts/make-icons";
import { GLOSSARY } from "../src/i18n/glossary";
import { LOCALES } from "../src/i18n/locales";

const DIST = join(__dirname, "..", "dist");
const SOURCE = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");

beforeAll(() => {
  if (!existsSync(join(DIST, "manifest.xml")))
    throw new Error("dist/ is missing: npm test runs `npm run build` first; run it, then jest.");
});

function problemsWith(edit: (xml: string) => string, dist = DIST): string[] {
  const xml = edit(readFileSync(join(DIST, "manifest.xml"), "utf8"));
  return checkManifest(xml, dist).problems;
}

test("the built manifest passes, and every file it names was emitted", () => {
  const { problems, files } = checkManifest(readFileSync(join(DIST, "manifest.xml"), "utf8"), DIST);
  expect(problems).toEqual([]);
  expect(files).toEqual(
    expect.arrayContaining([
      "taskpane.html",
      "functions.js",
      "functions.json",
      "help.html",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ])
  );
});

test("the source manifest passes too (it is what npm start sideloads)", () => {
  expect(checkManifest(SOURCE, DIST).problems).toEqual([]);
});

test("the build emits the pieces Office loads", () => {
  for (const f of [
    "manifest.xml",
    "taskpane.html",
    "functions.js",
    "functions.json",
    "taskpane.js",
  ])
    expect(existsSync(join(DIST, f))).toBe(true);
  const functions = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8"));
  expect(functions.functions.length).toBeGreaterThan(0);
});

test("a production page loads office.js from Microsoft's CDN, then the runtime chunk, functions.js, then taskpane.js", () => {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const order = [
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    "runtime.js",
    "functions.js",
    "taskpane.js",
  ].map((s) => html.indexOf(s));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

describe("each kind of problem is caught", () => {
  test("malformed XML", () => {
    expect(problemsWith((x) => x.replace("</Permissions>", ""))[0]).toMatch(/not well formed/);
  });
  test("a required element missing", () => {
    expect(problemsWith((x) => x.replace(/<Permissions>.*<\/Permissions>/, ""))).toContain(
      "OfficeApp: required element <Permissions> is missing"
    );
  });
  test("elements out of order", () => {
    const moved = (x: string) => {
      const desc = x.match(/\s*<Description [^>]*\/>/)![0];
      return x.replace(desc, "").replace("<DefaultLocale>", `${desc}\n  <DefaultLocale>`);
    };
    expect(problemsWith(moved)).toContain(
      "OfficeApp: <DefaultLocale> must come before <Description>"
    );
  });
  test("Runtimes after AllFormFactors", () => {
    const swap = (x: string) => {
      const runtimes = x.match(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/)![0];
      return x.replace(runtimes, "").replace("</AllFormFactors>", `</AllFormFactors>${runtimes}`);
    };
    expect(problemsWith(swap)).toContain(
      "VersionOverrides/Hosts/Host: <Runtimes> must come before <AllFormFactors>"
    );
  });
  test("a duplicate resource id", () => {
    expect(
      problemsWith((x) => x.replace('<bt:Image id="Icon.80x80"', '<bt:Image id="Icon.32x32"'))
    ).toContain('resource id "Icon.32x32" is used twice');
  });
  test("a resid that names nothing", () => {
    expect(
      problemsWith((x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Nope.Label"/>'))
    ).toContain('<Label resid="Nope.Label"> names no resource');
  });
  test("the version not set", () => {
    expect(
      problemsWith((x) => x.replace(/<Version>[^<]*<\/Version>/, "<Version></Version>"))
    ).toContain('Version must be set as n.n[.n[.n]], got ""');
  });
  test("a URL to a file the build did not emit", () => {
    expect(problemsWith((x) => x.replace("/functions.json", "/functions-missing.json"))).toEqual(
      expect.arrayContaining([
        expect.stringContaining("functions-missing.json, which the build did not emit"),
      ])
    );
  });
  test("the functions page not being the shared runtime", () => {
    expect(
      problemsWith((x) =>
        x.replace(
          '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
          '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>'
        )
      )
    ).toEqual(
      expect.arrayContaining([expect.stringContaining("must be the shared runtime's page")])
    );
  });
  test("the page loading taskpane.js before functions.js, or a chunk functions.js needs that was not emitted", () => {
    const dist = mkdtempSync(join(tmpdir(), "kzuz-dist-"));
    cpSync(DIST, dist, { recursive: true });
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const swapped = html
      .replace("src=functions.js", "src=PLACEHOLDER")
      .replace("src=taskpane.js", "src=functions.js")
      .replace("src=PLACEHOLDER", "src=taskpane.js");
    expect(swapped).not.toBe(html);
    writeFileSync(join(dist, "taskpane.html"), swapped);
    expect(problemsWith((x) => x, dist)).toContain(
      "taskpane.html loads taskpane.js before functions.js"
    );
    writeFileSync(join(dist, "taskpane.html"), html.replace("src=runtime.js", "src=missing.js"));
    expect(problemsWith((x) => x, dist)).toContain(
      "taskpane.html loads missing.js before functions.js, but the build did not emit it: formulas would never register"
    );
  });
  test("an icon whose pixels do not match its declared size", () => {
    const dist = mkdtempSync(join(tmpdir(), "kzuz-dist-"));
    cpSync(DIST, dist, { recursive: true });
    writeFileSync(join(dist, "assets", "icon-80.png"), renderIcon(64));
    expect(problemsWith((x) => x, dist)).toContain(
      "Image Icon.80x80: assets/icon-80.png is 64×64 px but is declared at 80 px"
    );
  });
});

describe("locale overrides (learn.microsoft.com/office/dev/add-ins/develop/localization)", () => {
  test("the add-in overrides ru-RU, kk-KZ, uz-Latn-UZ, fr-FR, and fr-CA with the French strings", () => {
    // Office display languages: learn.microsoft.com/microsoft-365/cloud-storage-partner-program/faq/languages
    // lists ru-RU, kk-KZ, uz-Latn-UZ and fr-FR; French (Canada) is its own display language, and
    // Office matches an Override's Locale exactly, else shows the English DefaultValue.
    expect(OVERRIDE_LOCALES).toEqual(["ru-RU", "kk-KZ", "uz-Latn-UZ", "fr-FR", "fr-CA"]);
  });
  test("fr-CA shows the fr-FR strings and French functions metadata; a fr-CA string that differs is reported", () => {
    const xml = readFileSync(join(DIST, "manifest.xml"), "utf8");
    const fr = [...xml.matchAll(/Override Locale="fr-FR" Value="([^"]*)"/g)].map((m) => m[1]);
    const ca = [...xml.matchAll(/Override Locale="fr-CA" Value="([^"]*)"/g)].map((m) => m[1]);
    expect(ca).toHaveLength(7);
    expect(ca).toEqual(fr);
    expect(ca).toContain("https://localhost:3000/functions-fr-FR.json");
    expect(
      problemsWith((x) =>
        x.replace(
          '<Override Locale="fr-CA" Value="KZUZ pour Excel"/>',
          '<Override Locale="fr-CA" Value="KZUZ for Excel"/>'
        )
      )
    ).toEqual(["DisplayName's fr-CA override differs from fr-FR's, whose strings it shows"]);
  });
  test("the built manifest overrides the display name, description and ribbon strings in every locale, and the functions metadata per locale", () => {
    const xml = readFileSync(join(DIST, "manifest.xml"), "utf8");
    for (const locale of OVERRIDE_LOCALES) {
      expect(xml.match(new RegExp(`<Override Locale="${locale}"`, "g"))).toHaveLength(2);
      expect(xml.match(new RegExp(`<bt:Override Locale="${locale}"`, "g"))).toHaveLength(5);
      const file = `functions-${locale === "fr-CA" ? "fr-FR" : locale}.json`;
      expect(xml).toContain(`${locale}" Value="https://localhost:3000/${file}"/>`);
      expect(existsSync(join(DIST, file))).toBe(true);
    }
  });
  test("the overrides use the glossary's term wherever the English uses the term", () => {
    const missing: string[] = [];
    const elements = SOURCE.matchAll(
      /<(?:bt:String id="([^"]+)"|(DisplayName|Description)) DefaultValue="([^"]*)">([\s\S]*?)<\/(?:bt:String|DisplayName|Description)>/g
    );
    let checked = 0;
    for (const [, id, name, english, body] of elements) {
      for (const [, locale, value] of body.matchAll(/Override Locale="([^"]+)" Value="([^"]*)"/g)) {
        const lang = LOCALES.find(
          (l) => l.office === locale || l.alsoOffice.includes(locale)
        )!.lang;
        checked++;
        for (const entry of GLOSSARY)
          if (
            new RegExp(entry.en.match, "iu").test(english) &&
            !new RegExp(entry[lang].match, "iu").test(value)
          )
            missing.push(`${id ?? name} ${locale}: "${entry[lang].term}"`);
      }
    }
    expect(checked).toBe(6 * OVERRIDE_LOCALES.length);
    expect(missing).toEqual([]);
  });
  const drop = (line: string) => (x: string) => {
    expect(x).toContain(line);
    return x.replace(line, "");
  };
  test("a missing override is reported", () => {
    expect(problemsWith(drop('<bt:Override Locale="kk-KZ" Value="KZUZ деректері"/>'))).toEqual([
      "resource TaskpaneButton.Label has no override for kk-KZ",
    ]);
    expect(problemsWith(drop('<Override Locale="uz-Latn-UZ" Value="Excel uchun KZUZ"/>'))).toEqual([
      "DisplayName has no override for uz-Latn-UZ",
    ]);
  });
  test("an element left without any override is reported", () => {
    const bare = (x: string) =>
      x.replace(
        /(<bt:String id="TaskpaneButton.Tooltip" DefaultValue="[^"]*")>[\s\S]*?<\/bt:String>/,
        "$1/>"
      );
    expect(problemsWith(bare)).toEqual([
      "resource TaskpaneButton.Tooltip has no locale overrides (ru-RU, kk-KZ, uz-Latn-UZ, fr-FR, fr-CA)",
    ]);
  });
  test("an empty, too long, repeated or unknown override is reported", () => {
    expect(
      problemsWith((x) =>
        x.replace(
          '<Override Locale="fr-FR" Value="KZUZ pour Excel"/>',
          '<Override Locale="fr-FR" Value=" "/>'
        )
      )
    ).toEqual([
      "DisplayName has an empty override for fr-FR",
      "DisplayName's fr-CA override differs from fr-FR's, whose strings it shows",
    ]);
    expect(
      problemsWith((x) => x.replace('Value="Données KZUZ"', `Value="${"Données ".repeat(20)}"`))
    ).toEqual([
      "resource TaskpaneButton.Label's fr-FR override is longer than 125 characters",
      "resource TaskpaneButton.Label's fr-CA override differs from fr-FR's, whose strings it shows",
    ]);
    expect(
      problemsWith((x) =>
        x.replace(
          '<Override Locale="fr-FR" Value="KZUZ pour Excel"/>',
          '<Override Locale="ru-RU" Value="KZUZ pour Excel"/>'
        )
      )
    ).toEqual(["DisplayName overrides ru-RU 2 times", "DisplayName has no override for fr-FR"]);
    expect(
      problemsWith((x) =>
        x.replace(
          '<Override Locale="fr-FR" Value="KZUZ pour Excel"/>',
          '<Override Locale="fr-FR" Value="KZUZ pour Excel"/><Override Locale="de-DE" Value="KZUZ für Excel"/>'
        )
      )
    ).toEqual(['DisplayName overrides "de-DE", which is not one of the add-in\'s locales']);
  });
  test("the namespace overridden, or a functions metadata override naming a file the build did not emit", () => {
    expect(
      problemsWith((x) =>
        x.replace(
          '<bt:String id="Functions.Namespace" DefaultValue="KZUZ"/>',
          `<bt:String id="Functions.Namespace" DefaultValue="KZUZ">${OVERRIDE_LOCALES.map((l) => `<bt:Override Locale="${l}" Value="KZUZ"/>`).join("")}</bt:String>`
        )
      )
    ).toEqual(["resource Functions.Namespace is the brand and must not be overridden"]);
    expect(problemsWith((x) => x.replace("/functions-fr-FR.json", "/functions-fr.json"))).toEqual([
      "resource Functions.Metadata.Url's fr-CA override differs from fr-FR's, whose strings it shows",
      "resource Functions.Metadata.Url's fr-FR override must name functions-fr-FR.json, got https://localhost:3000/functions-fr.json",
      "resource Functions.Metadata.Url (fr-FR): https://localhost:3000/functions-fr.json names functions-fr.json, which the build did not emit",
    ]);
    // fr-CA reads French: its metadata URL names functions-fr-FR.json, not a file of its own.
    expect(
      problemsWith((x) => x.replaceAll("/functions-fr-FR.json", "/functions-fr-CA.json"))
    ).toEqual([
      "resource Functions.Metadata.Url's fr-FR override must name functions-fr-FR.json, got https://localhost:3000/functions-fr-CA.json",
      "resource Functions.Metadata.Url's fr-CA override must name functions-fr-FR.json, got https://localhost:3000/functions-fr-CA.json",
      "resource Functions.Metadata.Url (fr-FR): https://localhost:3000/functions-fr-CA.json names functions-fr-CA.json, which the build did not emit",
      "resource Functions.Metadata.Url (fr-CA): https://localhost:3000/functions-fr-CA.json names functions-fr-CA.json, which the build did not emit",
    ]);
  });
});

test("every icon in assets/ is the size its name says, and matches what make-icons draws", () => {
  for (const size of [16, 32, 64, 80, 128]) {
    const file = readFileSync(join(__dirname, "..", "assets", `icon-${size}.png`));
    expect(pngSize(file)).toEqual({ width: size, height: size });
    expect(file.equals(renderIcon(size))).toBe(true);
  }
});
