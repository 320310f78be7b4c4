import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatPercent, formatUsd } from "../../data/format";
import { tableOf, type CellValue, type Column, type View } from "../../data/views";
import { TextLink } from "../TextLink";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(16rem, 1fr))",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  fields: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground2 },
  definition: { margin: 0 },
  summary: { cursor: "pointer", fontSize: tokens.fontSizeBase200 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
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

/** The few columns a card shows at once: amounts, years and dates; the rest are under Details. */
function keyColumns(view: View): number[] {
  const at = view.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => ["usd", "year", "date", "percent"].includes(c.kind))
    .map(({ i }) => i);
  // A trade figure may cover part of a year only: its period goes with its amount.
  const extra = ["period", "source"]
    .map((key) => view.columns.findIndex((c) => c.key === key))
    .filter((i) => i >= 0);
  return [...at.slice(0, 2), ...extra];
}

function Value({ value, column }: { value: CellValue; column: Column }) {
  if (column.kind === "url" && typeof value === "string" && value.startsWith("https://"))
    return (
      <TextLink href={value} target="_blank" rel="noreferrer noopener">
        {value}
      </TextLink>
    );
  return <>{cellText(value, column)}</>;
}

function Fields({ view, cells, at }: { view: View; cells: readonly CellValue[]; at: number[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.fields}>
      {at
        .filter((i) => cells[i] !== null && cells[i] !== "")
        .map((i) => (
          <div key={view.columns[i].key} style={{ display: "contents" }}>
            <dt className={styles.term}>{view.columns[i].header}</dt>
            <dd className={styles.definition}>
              <Value value={cells[i]} column={view.columns[i]} />
            </dd>
          </div>
        ))}
    </dl>
  );
}

/**
 * A table's rows as cards that read at 320 px: each row's name, its amount, year and source, and
 * every other field on demand. Wider windows fit several cards a line.
 */
export function RecordCards({ view }: { view: View }) {
  const styles = useStyles();
  const entry = tableOf(view.key);
  const shown = keyColumns(view);
  const rest = view.columns.map((_, i) => i).filter((i) => !shown.includes(i));
  return (
    <>
      <Text as="h2" weight="semibold" size={400}>
        {view.title} ({view.rows.length})
      </Text>
      <ul className={styles.list} aria-label={`${view.title}, ${view.rows.length}`}>
        {view.rows.map((row) => {
          const cell = (key: string) => row.cells[view.columns.findIndex((c) => c.key === key)];
          const name = entry.rowName(cell, row.id);
          return (
            <li key={row.id} className={styles.card}>
              <Text as="h3" weight="semibold" size={300}>
                {name}
              </Text>
              <Fields view={view} cells={row.cells} at={shown} />
              <details>
                <summary className={styles.summary}>
                  All details<span className={styles.hidden}> of {name}</span>
                </summary>
                <Fields view={view} cells={row.cells} at={rest} />
              </details>
            </li>
          );
        })}
      </ul>
      <Caption1 as="p">In Excel each of these is a table with one column per field.</Caption1>
    </>
  );
}
