/**
 * Sums and shares as the pane's prose writes them, in the reader's language: "$4.97 billion" /
 * "4,97 млрд $", "49.7%" / "49,7 %". Large sums keep up to three decimals of billions (two of
 * millions), so a figure is never rounded into a different claim ("$5B" for 4.97 would be one,
 * which Intl's compact currency format does); the unit's wording is each catalogue's.
 */
import type { Translator } from "../i18n/translator";

/** US dollars as the pane writes sums (the translator's `usd`): "$4.97 billion", "4,97 млрд $". */
export function usd(t: Translator, value: number): string {
  return t.usd(value);
}

/** A share or a growth rate as a percentage with one decimal, kept ("15.0%", "-9.1%"). */
export function percent1(t: Translator, share: number): string {
  return t.number(share, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
