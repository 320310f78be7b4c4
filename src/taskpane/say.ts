/**
 * The Excel layer's text (src/excel/said.ts) in the pane's language: each part and each nested
 * value translated by its catalogue id, else its English (a lower layer's id the catalogue does
 * not have yet, a DataError before its ids land). Days are written the language's way; English
 * keeps the ISO day the pane has always shown ("as of 2026-11-27").
 */
import { localName } from "../data/localName";
import type { Translator } from "../i18n/translator";
import { usd } from "./figures";
import type { Said, SaidValue } from "../excel/said";

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
 * An amount from the Excel layer in `t`'s language, written as the rest of the pane writes sums
 * (./figures: "$4.375 billion", "4,375 млрд $"), other numbers the language's way.
 */
function amountText(t: Translator, s: Said & { amount: { value: number; usd: boolean } }): string {
  if (t.lang === "en") return s.message;
  return s.amount.usd ? usd(t, s.amount.value) : t.number(s.amount.value);
}

function value(t: Translator, v: SaidValue): string | number {
  if (typeof v === "string" || typeof v === "number") return v;
  if (Array.isArray(v)) return (v as readonly Said[]).map((s) => say(t, s)).join(", ");
  return say(t, v as Said);
}

export function say(t: Translator, s: Said): string {
  if (s.parts) return s.parts.map((p) => say(t, p)).join(s.separator ?? " ");
  if (s.day !== undefined) return dayText(t, s.day);
  if (s.localized) return localName(s.localized, t.lang);
  if (s.amount) return amountText(t, { ...s, amount: s.amount });
  if (!s.id) return s.message;
  const values: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(s.values ?? {})) values[name] = value(t, v);
  return t.text({ message: s.message, id: s.id, values });
}
