/**
 * Shares as the pane's prose writes them: "49.7%" / "49,7 %", one decimal kept. (Sums: the
 * translator's `usd`, "$4.97 billion" / "4,97 млрд $".)
 */
import type { Translator } from "../i18n/translator";

/** A share or a growth rate as a percentage with one decimal, kept ("15.0%", "-9.1%"). */
export function percent1(t: Translator, share: number): string {
  return t.number(share, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
