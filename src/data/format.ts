/**
 * Numbers as people read them, with their units: "$4.97 billion", "$250 million", "49.7%".
 * English, since the dataset's text is English; exact to three significant figures at most,
 * never rounded into a different claim (no "$5 billion" for 4.97).
 */

function trim(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.?0+$/, "");
}

/** A whole-dollar amount: "$4.97 billion", "$355.41 million", "$84 million", "$12,500". */
export function formatUsd(usd: number): string {
  const abs = Math.abs(usd);
  const sign = usd < 0 ? "-" : "";
  if (abs >= 1e9) return `${sign}$${trim(abs / 1e9, 3)} billion`;
  if (abs >= 1e6) return `${sign}$${trim(abs / 1e6, 2)} million`;
  return `${sign}$${Math.round(abs).toLocaleString("en-US")}`;
}
