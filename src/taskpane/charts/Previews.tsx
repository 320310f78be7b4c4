/**
 * The Charts tab's previews, loaded with the tab's content on demand (chunk "chart-preview"), so
 * the first screen carries none of it.
 */
import type { Index } from "../../data/query";
import { InvestmentPreview } from "./InvestmentPreview";
import { TradePreview } from "./TradePreview";

export default function Preview({ kind, index }: { kind: "trade" | "investment"; index: Index }) {
  return kind === "trade" ? <TradePreview index={index} /> : <InvestmentPreview index={index} />;
}
