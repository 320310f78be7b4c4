import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Index } from "../../data/query";
import type { CellValue, View } from "../../data/views";
import { useT } from "../i18n";
import { TextLink } from "../TextLink";
import { cellText, columnLabel, recordTitle, tableTitle } from "./recordText";

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
    // Labels run ~30% longer in Russian and Kazakh: at most half the card, then they wrap.
    gridTemplateColumns: "fit-content(50%) minmax(0, 1fr)",
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

interface FieldsProps {
  index: Index;
  view: View;
  id: string;
  cells: readonly CellValue[];
  at: number[];
}

function Fields({ index, view, id, cells, at }: FieldsProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <dl className={styles.fields}>
      {at
        .filter((i) => cells[i] !== null && cells[i] !== "")
        .map((i) => (
          <div key={view.columns[i].key} style={{ display: "contents" }}>
            <dt className={styles.term}>{columnLabel(t, view.columns[i].header)}</dt>
            <dd className={styles.definition}>
              {view.columns[i].kind === "url" &&
              typeof cells[i] === "string" &&
              cells[i].startsWith("https://") ? (
                <TextLink href={cells[i]} target="_blank" rel="noreferrer noopener">
                  {cells[i]}
                </TextLink>
              ) : (
                cellText(t, index, view.key, id, view.columns[i], cells[i])
              )}
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
export function RecordCards({ index, view }: { index: Index; view: View }) {
  const styles = useStyles();
  const t = useT();
  const title = tableTitle(t, view.key);
  const shown = keyColumns(view);
  const rest = view.columns.map((_, i) => i).filter((i) => !shown.includes(i));
  return (
    <>
      <Text as="h2" weight="semibold" size={400}>
        {t.t("outside.cards.heading", { title, count: view.rows.length })}
      </Text>
      <ul
        className={styles.list}
        aria-label={t.t("outside.cards.list", { title, count: view.rows.length })}
      >
        {view.rows.map((row) => {
          const cell = (key: string) => row.cells[view.columns.findIndex((c) => c.key === key)];
          const name = recordTitle(t, index, view.key, row.id, cell);
          return (
            <li key={row.id} className={styles.card}>
              <Text as="h3" weight="semibold" size={300}>
                {name}
              </Text>
              <Fields index={index} view={view} id={row.id} cells={row.cells} at={shown} />
              <details>
                <summary className={styles.summary}>
                  {t.t("outside.cards.details")}
                  {/* Which card's details, for screen readers: a name, in any language. */}
                  <span className={styles.hidden}>{` (${name})`}</span>
                </summary>
                <Fields index={index} view={view} id={row.id} cells={row.cells} at={rest} />
              </details>
            </li>
          );
        })}
      </ul>
      <Caption1 as="p">{t.t("outside.cards.inExcel")}</Caption1>
    </>
  );
}
