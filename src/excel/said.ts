/**
 * Text this layer hands the pane: the English sentence, plus the catalogue id and values that say
 * it in the pane's language (the shape of src/i18n's Translatable; this layer imports no language,
 * so the pane translates). A value may itself be said (a table's sentence inside a refresh's
 * result), a list of said things (joined with ", "), or a day (shown as the language writes dates).
 * `parts` are sentences said one after another: `message` is their English joined with spaces.
 * Names Excel shows (tables, sheets, column headers) are values, never translated: shared
 * workbooks and structured references read alike in every language.
 */
type SaidValue = string | number | Said | readonly Said[];

export interface Said {
  message: string;
  id?: string;
  values?: Readonly<Record<string, SaidValue>>;
  parts?: readonly Said[];
  /** What `parts` are joined with: a space (sentences) unless said otherwise. */
  separator?: string;
  /** A number (`usd`: in US dollars): the pane writes it the language's way. */
  amount?: { value: number; usd: boolean };
  /** The dataset's own text in its languages ({en, ru?, ...}): the pane picks the reader's. */
  localized?: Readonly<Record<string, string | undefined>> & { en: string };
  /** An ISO day ("2026-11-27"): the pane writes it the language's way. */
  day?: string;
}

/** A catalogue message: `message` is its English, exactly as the English catalogue renders it. */
export function said(id: string, message: string, values?: Record<string, SaidValue>): Said {
  return values ? { message, id, values } : { message, id };
}

/** A day, written ISO in English ("2026-11-27"). */
export function day(iso: string): Said {
  return { message: iso, day: iso };
}

/** Text with no translation (a name, an error Excel gave): the same in every language. */
export function plain(message: string): Said {
  return { message };
}

/** Sentences one after another (empty ones left out). */
export function sentences(...parts: (Said | undefined)[]): Said {
  return joined(" ", parts);
}

/** Parts joined with `separator` (empty ones left out). */
export function joined(separator: string, parts: readonly (Said | undefined)[]): Said {
  const kept = parts.filter((p): p is Said => p !== undefined && p.message !== "");
  return separator === " "
    ? { message: kept.map((p) => p.message).join(separator), parts: kept }
    : { message: kept.map((p) => p.message).join(separator), parts: kept, separator };
}
