import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { tradeHistory } from "../../data/query";
import type { DatasetSnapshot } from "../../data/store";
import { useT } from "../i18n";
import { Bar } from "./Bar";

const useStyles = makeStyles({
  years: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    padding: 0,
    listStyleType: "none",
  },
  year: { display: "contents" },
  value: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  missing: { fontStyle: "italic", gridColumn: "2 / 4" },
  summary: { cursor: "pointer" },
});

/** Every year from the first to the last, so a year without a figure shows as such, not as a skip. */
function years(list: number[]): number[] {
  if (list.length === 0) return [];
  const [first, last] = [Math.min(...list), Math.max(...list)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Each year's main trade figure as a bar whose full width is the target, on demand. */
export function YearBars({
  snapshot,
  targetUsd,
}: {
  snapshot: DatasetSnapshot;
  targetUsd: number;
}) {
  const styles = useStyles();
  const t = useT();
  const history = tradeHistory(snapshot.index);
  if (!history.ok) return null;
  return (
    <details>
      <summary className={styles.summary}>{t.t("progress.years.summary")}</summary>
      <Caption1 as="p">{t.t("progress.years.note", { goal: t.usd(targetUsd) })}</Caption1>
      <ul className={styles.years}>
        {years(history.value.map((p) => p.year)).map((year) => {
          const point = history.value.find((p) => p.year === year);
          if (!point)
            return (
              <li key={year} className={styles.year}>
                <Caption1>{year}</Caption1>
                <Caption1 className={styles.missing}>{t.t("progress.years.missing")}</Caption1>
              </li>
            );
          return (
            <li key={year} className={styles.year}>
              <Caption1>{year}</Caption1>
              <Bar size="thin" share={point.usd / targetUsd} />
              <Caption1 className={styles.value}>{t.usd(point.usd)}</Caption1>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
