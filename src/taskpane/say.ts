/**
 * Dates and times as the pane shows them, and the Excel layer's text (src/excel/said.ts) in the
 * pane's language. English keeps the ISO day the pane has always shown ("as of 2026-11-27").
 */
import type { Translator } from "../i18n/translator";
import type { Said } from "../excel/said";

/** An ISO day ("2026-11-27") as the pane shows it in `t`'s language. */
export function dayText(t: Translator, iso: string): string {
  return t.lang === "en" ? iso : t.date(iso);
}

/** An instant as "2026-12-01 09:00 UTC" (English) or the language's date and time, in UTC. */
export function utcMinuteText(t: Translator, iso: string): string {
  if (t.lang === "en") return `${iso.slice(0, 16).replace("T", " ")} UTC`;
  const when = new Intl.DateTimeFormat(t.tag, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(new Date(iso));
  return `${when} UTC`;
}

/**
 * The Excel layer's text in `t`'s language: src/excel/said.ts writes out the translator's
 * `Translatable` shape (parts, days, amounts, dataset names, nested phrases), so the translator
 * says it; each piece without a translation keeps its English.
 */
export function say(t: Translator, s: Said): string {
  return t.text(s);
}
