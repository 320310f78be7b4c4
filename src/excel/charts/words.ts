/**
 * The words a reader reads on a chart: its title, axis titles, series names and the target's
 * label. Each is a catalogue message (src/i18n/message.ts: ids and values, the words in the
 * catalogues), written in the pane's language when the chart is built or rebuilt: the pane hands
 * the build its translator's `text` as `say`, which every build needs (tests give English).
 *
 * A chart's name ("KZUZ trade chart") is not among them: it is its identifier, used to find it
 * again on a rebuild, and stays English and stable like table and sheet names, which formulas
 * and code refer to. Series names are written as text, never as references to a header cell, so
 * they follow the language even though the Dashboard's cells stay English.
 */
import { amount, message, type Message } from "../../i18n/message";

/** Writes a chart word in the language the chart is built in. */
export type Say = (words: Message) => string;

const usd = (value: number) => amount(value, true);

export const tradeTitle = (targetUsd: number) =>
  message("data.chartWords.trade.title", { target: usd(targetUsd) });

export const tradeReported = () => message("data.chartWords.trade.reported");

export const tradePath = () => message("data.chartWords.trade.path");

export const tradeSide = (side: "KZ" | "UZ") => message("data.chartWords.trade.side", { side });

export const tradeAxis = () => message("data.chartWords.trade.axis");

export const tradeTargetLabel = (targetUsd: number, year: number) =>
  message("data.chartWords.trade.targetLabel", { target: usd(targetUsd), year: String(year) });

export const investmentTitle = () => message("data.chartWords.investment.title");

export const investmentSeries = () => message("data.chartWords.investment.series");

export const investmentAxis = () => message("data.chartWords.investment.axis");
