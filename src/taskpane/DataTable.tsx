import { makeStyles, tokens } from "@fluentui/react-components";
import { TextLink } from "./TextLink";
import { formatPercent, formatUsd } from "../data/format";
import type { CellValue, Column, View } from "../data/views";

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "60vh",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, minWidth: "100%" },
  caption: {
    textAlign: "start",
    padding: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  th: {
    position: "sticky",
    top: 0,
    textAlign: "start",
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: "nowrap",
  },
  td: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    maxWidth: "24em",
  },
  number: { textAlign: "end", whiteSpace: "nowrap" },
});

/** A cell as text a reader can check: amounts with units, shares as percentages. */
export function cellText(value: CellValue, column: Column): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (column.kind === "usd") return formatUsd(value);
    if (column.kind === "percent") return formatPercent(value);
    if (column.kind === "year") return String(value);
    return value.toLocaleString("en-US");
  }
  return value;
}

/** A dataset view as an accessible HTML table, in a keyboard-scrollable region. */
export function DataTable({ view }: { view: View }) {
  const styles = useStyles();
  return (
    <div
      className={styles.scroller}
      tabIndex={0}
      role="region"
      aria-label={`${view.title}, ${view.rows.length} rows`}
    >
      <table className={styles.table}>
        <caption className={styles.caption}>
          {view.title} ({view.rows.length} rows)
        </caption>
        <thead>
          <tr>
            {view.columns.map((c) => (
              <th key={c.key} scope="col" className={styles.th}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.id}>
              {view.columns.map((c, i) => {
                const value = row.cells[i];
                const numeric = typeof value === "number";
                return (
                  <td key={c.key} className={numeric ? `${styles.td} ${styles.number}` : styles.td}>
                    {c.kind === "url" &&
                    typeof value === "string" &&
                    value.startsWith("https://") ? (
                      <TextLink href={value} target="_blank" rel="noreferrer noopener">
                        {value}
                      </TextLink>
                    ) : (
                      cellText(value, c)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
