/**
 * The dataset's own text in a reader's language: a name or title in `lang` where the dataset
 * has it (from a source, or the dataset's own translation listed in the record's ourTranslations),
 * else its English. The data layer knows no active language; callers
 * (the pane, the functions) pass theirs.
 */
import type { LocalizedName } from "./schema";

export function localName(name: LocalizedName | string, lang: string): string {
  if (typeof name === "string") return name;
  const own = (name as Partial<Record<string, string>>)[lang];
  return own && own.trim() ? own : name.en;
}

/** A place's name in `lang`: its localizedName where the dataset has one, else its English name. */
export function placeName(
  place: { name: string; localizedName?: LocalizedName },
  lang: string
): string {
  return localName(place.localizedName ?? place.name, lang);
}
