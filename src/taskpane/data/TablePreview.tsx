import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Index } from "../../data/query";
import {
  NOT_DISCLOSED,
  tableOf,
  type CellValue,
  type Column,
  type ViewKey,
} from "../../data/views";
import type { Translator } from "../../i18n/translator";
import { percent1 } from "../figures";
import { useT } from "../i18n";
import { PART_LABELS } from "../parts";

/** How many rows a preview shows (Excel's navigator shows a screenful; the pane has 320 px). */
const PREVIEW_ROWS = 3;

/**
 * The columns each preview shows: the ones that say what a row is, narrow enough for 320 px.
 * The caption says how many of the table's columns these are.
 */
const PREVIEW_COLUMNS: Record<ViewKey, readonly string[]> = {
  projects: ["name", "investment"],
  agreements: ["title", "date"],
  trade: ["year", "value", "reporter"],
  targets: ["year", "value"],
  sources: ["publisher", "date"],
};

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  caption: { textAlign: "start", color: tokens.colorNeutralForeground2, paddingBottom: "2px" },
  cell: {
    textAlign: "start",
    verticalAlign: "top",
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    // Long words break only where they cannot fit, so the columns share the width fairly.
    overflowWrap: "break-word",
  },
  header: { fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: "end" },
});

/** A cell as the pane writes values: money with its unit, days and shares the language's way. */
function cellText(t: Translator, column: Column, value: CellValue): string {
  if (value === null || value === "") return "";
  if (value === NOT_DISCLOSED) return t.t("value.notDisclosed");
  if (typeof value === "number") {
    // In words, as the pane's prose: "$250 million" (reliable where Intl lacks the language).
    if (column.kind === "usd") return t.usd(value);
    if (column.kind === "percent") return percent1(t, value);
    if (column.kind === "year") return String(value);
    return t.number(value);
  }
  if (column.kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return t.day(value);
  return value;
}

/**
 * A few rows of one table as they will be inserted, in a real table (caption, column headers) so
 * a screen reader reads it as one. Headers and text stay as Excel will show them (English, marked
 * so); amounts and days are written the pane's way.
 */
export function TablePreview({ index, part, id }: { index: Index; part: ViewKey; id: string }) {
  const styles = useStyles();
  const t = useT();
  const table = tableOf(part);
  const rows = table.rows(index);
  const keys = PREVIEW_COLUMNS[part];
  const at = keys.map((k) => table.columns.findIndex((c) => c.key === k));
  const shown = rows.slice(0, PREVIEW_ROWS);
  const numeric = (c: Column) => c.kind === "usd" || c.kind === "year" || c.kind === "percent";
  return (
    <table id={id} className={styles.table}>
      <caption className={styles.caption}>
        {t.t("data.tables.previewCaption", {
          part: t.t(PART_LABELS[part]),
          shown: shown.length,
          count: rows.length,
          columns: keys.length,
          total: table.columns.length,
        })}
      </caption>
      <thead>
        <tr>
          {at.map((i) => (
            <th key={i} scope="col" lang="en" className={mergeClasses(styles.cell, styles.header)}>
              {table.columns[i].header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
          <tr key={row.id}>
            {at.map((i) => {
              const column = table.columns[i];
              const value = row.cells[i];
              // The dataset's own words stay English in Excel: read as English.
              const english = column.kind === "text" && value !== NOT_DISCLOSED;
              return (
                <td
                  key={i}
                  lang={english ? "en" : undefined}
                  className={mergeClasses(styles.cell, numeric(column) && styles.number)}
                >
                  {cellText(t, column, value)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
