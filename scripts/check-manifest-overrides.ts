/**
 * The manifest's per-locale overrides, for scripts/check-manifest.ts: the locales come from
 * src/i18n/locales.json, every language of the add-in but the default (English), plus the other
 * Office display languages that read one of ours (`alsoOffice`, e.g. fr-CA reads French).
 */
import type { Element } from "@xmldom/xmldom";
import LOCALES from "../src/i18n/locales.json";

const TRANSLATED = LOCALES.filter((l) => l.lang !== "en");
/**
 * Office display languages that get another locale's strings: fr-CA → fr-FR. Office matches an
 * Override's Locale to its display language exactly and otherwise shows the DefaultValue
 * (learn.microsoft.com/office/dev/add-ins/develop/localization), so a French-Canadian Office
 * needs its own Override to see the French name and ribbon.
 */
const ALIAS_OF = new Map<string, string>(
  TRANSLATED.flatMap((l) => (l.alsoOffice as string[]).map((a): [string, string] => [a, l.office]))
);
/** The locales the manifest overrides: every language of the add-in but English, and their aliases. */
export const OVERRIDE_LOCALES = [...TRANSLATED.map((l) => l.office), ...ALIAS_OF.keys()];
/** The locale whose strings (and functions-<locale>.json) a locale shows: itself, or fr-FR for fr-CA. */
const primaryOf = (locale: string) => ALIAS_OF.get(locale) ?? locale;
/** Strings that are the brand, the same in every language: never overridden (the namespace must not be). */
const UNTRANSLATED = new Set(["Functions.Namespace", "Group.Label"]);

function children(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

export function overridesOf(el: Element): { locale: string; value: string }[] {
  return children(el)
    .filter((c) => c.localName === "Override")
    .map((c) => ({ locale: c.getAttribute("Locale") ?? "", value: c.getAttribute("Value") ?? "" }));
}

/**
 * Per-locale overrides, placed as Microsoft's "Localization for Office Add-ins" documents them:
 * <Override Locale Value/> children of DisplayName and Description, <bt:Override/> children of the
 * resources. Each overridden element needs every locale once, with a non-empty value within the
 * element's limit (DisplayName and short strings 125 characters, Description and long strings 250,
 * URLs 2048); the display name, the description, every string but the brand's and the functions
 * metadata URL must be overridden.
 */
export function checkOverrides(
  root: Element,
  resources: Map<string, { kind: string; el: Element }>,
  problems: string[]
): void {
  const targets: { where: string; el: Element; limit: number; required: boolean }[] = [];
  for (const [name, limit] of [
    ["DisplayName", 125],
    ["Description", 250],
  ] as const) {
    const el = children(root).find((c) => c.localName === name);
    if (el) targets.push({ where: name, el, limit, required: true });
  }
  for (const [id, r] of resources) {
    const limit = r.kind === "ShortStrings" ? 125 : r.kind === "LongStrings" ? 250 : 2048;
    const isString = r.kind === "ShortStrings" || r.kind === "LongStrings";
    const required = (isString && !UNTRANSLATED.has(id)) || id === "Functions.Metadata.Url";
    targets.push({ where: `resource ${id}`, el: r.el, limit, required });
  }
  for (const { where, el, limit, required } of targets) {
    const overrides = overridesOf(el);
    if (overrides.length === 0) {
      if (required)
        problems.push(`${where} has no locale overrides (${OVERRIDE_LOCALES.join(", ")})`);
      continue;
    }
    const id = el.getAttribute("id") ?? "";
    if (UNTRANSLATED.has(id)) problems.push(`${where} is the brand and must not be overridden`);
    for (const locale of OVERRIDE_LOCALES) {
      const found = overrides.filter((o) => o.locale === locale);
      if (found.length === 0) problems.push(`${where} has no override for ${locale}`);
      else if (found.length > 1)
        problems.push(`${where} overrides ${locale} ${found.length} times`);
    }
    for (const { locale, value } of overrides) {
      if (!OVERRIDE_LOCALES.includes(locale))
        problems.push(`${where} overrides "${locale}", which is not one of the add-in's locales`);
      if (!value.trim()) problems.push(`${where} has an empty override for ${locale}`);
      else if (value.length > limit)
        problems.push(`${where}'s ${locale} override is longer than ${limit} characters`);
    }
    for (const [alias, primary] of ALIAS_OF) {
      const a = overrides.find((o) => o.locale === alias);
      const p = overrides.find((o) => o.locale === primary);
      if (a && p && a.value !== p.value)
        problems.push(
          `${where}'s ${alias} override differs from ${primary}'s, whose strings it shows`
        );
    }
    if (id === "Functions.Metadata.Url")
      for (const { locale, value } of overrides) {
        const file = `functions-${primaryOf(locale)}.json`;
        if (value && !value.endsWith(`/${file}`))
          problems.push(`${where}'s ${locale} override must name ${file}, got ${value}`);
      }
  }
}
