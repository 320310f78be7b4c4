/** Formulas over the Trade table that the trade chart reads, so it follows every refresh. */
import { HEADLINE_YES, TRADE_COLUMNS } from "../../data/views";
import { FUNCTIONS_NAMESPACE } from "../../office/namespace";

export const BILLION = 1_000_000_000;

type TradeColumnKey = "year" | "value" | "headline";

/** The header of a Trade table column the chart's formulas name. */
export function tradeHeader(key: TradeColumnKey): string {
  const column = TRADE_COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`no Trade column ${key}`);
  return column.header;
}

/** Characters that need a column name in double brackets ([[...]]) in a structured reference. */
const NEEDS_BRACKETS = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]|^\s|\s$/;

/** table[Column] as a structured reference; [ ] # ' are escaped with ' as Excel requires. */
export function columnRef(table: string, column: string): string {
  const escaped = column.replace(/['#[\]]/g, "'$&");
  return NEEDS_BRACKETS.test(column) ? `${table}[[${escaped}]]` : `${table}[${escaped}]`;
}

/**
 * The reported turnover of the year in `yearCell`, in USD billion, read from the Trade table's
 * headline rows; #N/A (a gap in the chart) when the year has no headline row with an amount (a
 * "not disclosed" text does not match ">0"), so a missing figure is never drawn as 0.
 */
export function reportedFormula(table: string, yearCell: string): string {
  const year = columnRef(table, tradeHeader("year"));
  const headline = columnRef(table, tradeHeader("headline"));
  const value = columnRef(table, tradeHeader("value"));
  const criteria = `${year},${yearCell},${headline},"${HEADLINE_YES}",${value},">0"`;
  return `=IF(COUNTIFS(${criteria})=0,NA(),SUMIFS(${value},${criteria})/${BILLION})`;
}

/**
 * The path to the target in the row `row`: compound growth from the latest headline year's
 * reported cell to the target in the target year, the growth KZUZ.REQUIREDGROWTH gives:
 * latest × (target / latest)^((year − latest year) / (target year − latest year)).
 */
export function pathFormula(cells: {
  /** Columns of the chart data's Year and Reported cells. */
  yearColumn: string;
  reportedColumn: string;
  /** The row of the latest headline year, and of the year computed. */
  latestRow: number;
  row: number;
  targetBillions: number;
  targetYear: number;
}): string {
  const { yearColumn, reportedColumn, latestRow, row, targetBillions, targetYear } = cells;
  const latest = `$${reportedColumn}$${latestRow}`;
  const latestYear = `$${yearColumn}$${latestRow}`;
  return `=${latest}*(${targetBillions}/${latest})^((${yearColumn}${row}-${latestYear})/(${targetYear}-${latestYear}))`;
}

/**
 * One country's own full-year figure for the year in `yearCell`, in USD billion: KZUZ.TRADE with
 * that reporter (its exact full-year figure, never a part of the year nor the other side's), #N/A
 * where it gave none or the add-in is not there, so the chart shows a gap, never 0.
 */
export function sideFormula(yearCell: string, side: "KZ" | "UZ"): string {
  return `=IFERROR(${FUNCTIONS_NAMESPACE}.TRADE(${yearCell},"${side}")/${BILLION},NA())`;
}
