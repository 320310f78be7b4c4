/**
 * Sums and shares as the pane's prose writes them, in the reader's language: "$4.97 billion" /
 * "4,97 млрд $", "49.7%" / "49,7 %". Large sums keep up to three decimals of billions (two of
 * millions), so a figure is never rounded into a different claim ("$5B" for 4.97 would be one,
 * which Intl's compact currency format does); the unit's wording is each catalogue's.
 */
import type { Translator } from "../i18n/translator";

/** At most `digits` decimals: exact to the figure's scale, never a different claim. */
function rounded(n: number, digits: number): number {
  return Number(n.toFixed(digits));
}

/**
 * US dollars: billions and millions in words, smaller sums in full ("$12,500"). The amount goes
 * to the catalogue as a number, so a language whose unit agrees with it (French "1,5 milliard",
 * "2 milliards") chooses by plural rules, and it is written the language's way.
 */
export function usd(t: Translator, value: number): string {
  const abs = Math.abs(value);
  // Every language here writes a negative sum with a leading minus, as Intl does.
  const sign = value < 0 ? "-" : "";
  if (abs >= 1e9) return sign + t.t("common.usd.billion", { amount: rounded(abs / 1e9, 3) });
  if (abs >= 1e6) return sign + t.t("common.usd.million", { amount: rounded(abs / 1e6, 2) });
  return t.money(Math.round(value));
}

/** A share or a growth rate as a percentage with one decimal, kept ("15.0%", "-9.1%"). */
export function percent1(t: Translator, share: number): string {
  return t.number(share, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
