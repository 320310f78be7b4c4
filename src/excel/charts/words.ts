/**
 * The words a reader reads on a chart: its title, axis titles, series names and the target's
 * label. Each is said here (catalogue id, values, English) and written in the pane's language
 * when the chart is built or rebuilt: the pane hands the build its translator's `text` as `say`.
 * Without one (a script, a test) they are written in English.
 *
 * A chart's name ("KZUZ trade chart") is not among them: it is its identifier, used to find it
 * again on a rebuild, and stays English and stable like table and sheet names, which formulas
 * and code refer to. Series names are written as text, never as references to a header cell, so
 * they follow the language even though the Dashboard's cells stay English.
 */
import { formatUsd } from "../../data/format";
import { said, type Said } from "../said";

/** Writes a chart word in the language the chart is built in. */
export type Say = (words: Said) => string;

/** English: the words as the code writes them. */
export const sayEnglish: Say = (words) => words.message;

const usd = (value: number): Said => ({ message: formatUsd(value), amount: { value, usd: true } });

export const tradeTitle = (targetUsd: number) =>
  said(
    "data.chartWords.trade.title",
    `Kazakhstan–Uzbekistan trade towards the ${formatUsd(targetUsd)} target`,
    {
      target: usd(targetUsd),
    }
  );

export const tradeReported = () =>
  said("data.chartWords.trade.reported", "Reported turnover (USD bn)");

export const tradePath = () => said("data.chartWords.trade.path", "Path to target (USD bn)");

export const tradeSide = (side: "KZ" | "UZ") =>
  said(
    "data.chartWords.trade.side",
    side === "KZ" ? "Kazakhstan's statistics (USD bn)" : "Uzbekistan's statistics (USD bn)",
    { side }
  );

export const tradeAxis = () => said("data.chartWords.trade.axis", "USD billion");

export const tradeTargetLabel = (targetUsd: number, year: number) =>
  said("data.chartWords.trade.targetLabel", `Target: ${formatUsd(targetUsd)} in ${year}`, {
    target: usd(targetUsd),
    year: String(year),
  });

export const investmentTitle = () =>
  said(
    "data.chartWords.investment.title",
    "Disclosed investment in the joint projects (USD million)"
  );

export const investmentSeries = () =>
  said("data.chartWords.investment.series", "Investment (USD million)");

export const investmentAxis = () => said("data.chartWords.investment.axis", "USD million");
