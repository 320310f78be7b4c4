import type { ColumnKind } from "../../data/views";

export const TABLE_STYLE = "TableStyleMedium2";

/** Number format per column kind; "@" is text, so nothing typed later becomes a formula either. */
export const NUMBER_FORMATS: Readonly<Record<ColumnKind, string>> = {
  id: "@",
  text: "@",
  url: "@",
  date: "@", // dates are as precise as their source ("2016-09"), so they stay text
  boolean: "@",
  usd: '"$"#,##0',
  number: "#,##0",
  percent: "0.0%",
  year: "0",
};
