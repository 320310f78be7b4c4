import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { seriesPoints, tradeHistory, type TradePoint } from "../../data/query";
import type { DatasetSnapshot } from "../../data/store";
import { useT } from "../i18n";
import { Bar } from "./Bar";

const useStyles = makeStyles({
  table: {
    width: "100%",
    // Fixed columns that wrap: four columns fit 320 px in every language (Kazakh is the longest).
    tableLayout: "fixed",
    borderCollapse: "collapse",
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      textAlign: "start",
      verticalAlign: "top",
      fontWeight: tokens.fontWeightRegular,
      overflowWrap: "anywhere",
    },
    "& th:first-child": { width: "3.5em" },
    "& thead th": { fontWeight: tokens.fontWeightSemibold },
  },
  value: { fontVariantNumeric: "tabular-nums" },
  missing: { fontStyle: "italic" },
  summary: { cursor: "pointer" },
});

/** Every year from the first to the last, so a year without a figure shows as such, not as a skip. */
function years(list: number[]): number[] {
  if (list.length === 0) return [];
  const [first, last] = [Math.min(...list), Math.max(...list)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Year by year, on demand: the headline figure as a bar whose full width is the target, with whose
 * figure it is, and beside it each country's own full-year figure, so the two series read side by
 * side and a change of reporter shows where it happens.
 */
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
  const own = {
    KZ: seriesPoints(snapshot.index, "KZ"),
    UZ: seriesPoints(snapshot.index, "UZ"),
  };
  const all = [...history.value, ...own.KZ, ...own.UZ].map((p) => p.year);
  const figure = (p: TradePoint | undefined) =>
    p ? (
      <Caption1 className={styles.value}>{t.usd(p.usd)}</Caption1>
    ) : (
      <Caption1 className={styles.missing}>{t.t("progress.years.none")}</Caption1>
    );
  return (
    <details>
      <summary className={styles.summary}>{t.t("progress.years.summary")}</summary>
      <Caption1 as="p">{t.t("progress.years.note", { goal: t.usd(targetUsd) })}</Caption1>
      <table className={styles.table} data-testid="progress-years">
        <caption>
          <Caption1>{t.t("progress.years.table")}</Caption1>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Caption1>{t.t("progress.years.col.year")}</Caption1>
            </th>
            <th scope="col">
              <Caption1>{t.t("progress.years.col.headline")}</Caption1>
            </th>
            <th scope="col">
              <Caption1>{t.t("progress.reporters.side", { side: "KZ" })}</Caption1>
            </th>
            <th scope="col">
              <Caption1>{t.t("progress.reporters.side", { side: "UZ" })}</Caption1>
            </th>
          </tr>
        </thead>
        <tbody>
          {years(all).map((year) => {
            const point = history.value.find((p) => p.year === year);
            return (
              <tr key={year}>
                <th scope="row">
                  <Caption1>{year}</Caption1>
                </th>
                <td>
                  {point ? (
                    <>
                      <Bar size="thin" share={point.usd / targetUsd} />
                      <Caption1 className={styles.value}>
                        {t.t("progress.years.by", {
                          amount: t.usd(point.usd),
                          side: point.observation.reporterSide,
                        })}
                      </Caption1>
                    </>
                  ) : (
                    <Caption1 className={styles.missing}>{t.t("progress.years.missing")}</Caption1>
                  )}
                </td>
                <td>{figure(own.KZ.find((p) => p.year === year))}</td>
                <td>{figure(own.UZ.find((p) => p.year === year))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
