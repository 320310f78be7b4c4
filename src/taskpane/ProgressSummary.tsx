import { Caption1, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatPercent, formatUsd } from "../data/format";
import { progress, requiredGrowth, sourceLabel, tradeHistory } from "../data/query";
import type { DatasetSnapshot } from "../data/store";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  years: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  year: { display: "contents" },
  value: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  missing: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
});

/** Every year from the first to the last, so a year without a figure shows as such, not as a skip. */
function years(list: number[]): number[] {
  if (list.length === 0) return [];
  const [first, last] = [Math.min(...list), Math.max(...list)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Each year's headline turnover as a bar against the target: the chart's content, in the pane. */
function YearBars({ snapshot, targetUsd }: { snapshot: DatasetSnapshot; targetUsd: number }) {
  const styles = useStyles();
  const history = tradeHistory(snapshot.index);
  if (!history.ok) return null;
  return (
    <ul
      className={styles.years}
      aria-label={`Trade turnover by year, against the ${formatUsd(targetUsd)} target`}
    >
      {years(history.value.map((p) => p.year)).map((year) => {
        const point = history.value.find((p) => p.year === year);
        if (!point)
          return (
            <li key={year} className={styles.year}>
              <Caption1>{year}</Caption1>
              <Caption1 className={styles.missing}>no full-year figure in the sources</Caption1>
              <span />
            </li>
          );
        const text = `${point.year}: ${formatUsd(point.usd)}, ${formatPercent(point.usd / targetUsd)} of the target`;
        return (
          <li key={point.year} className={styles.year}>
            <Caption1 aria-hidden>{point.year}</Caption1>
            <ProgressBar value={Math.min(point.usd / targetUsd, 1)} max={1} aria-label={text} />
            <Caption1 aria-hidden className={styles.value}>
              {formatUsd(point.usd)}
            </Caption1>
          </li>
        );
      })}
    </ul>
  );
}

/** Trade against the current target, at a glance: a bar, the figures, the growth needed, the sources. */
export function ProgressSummary({ snapshot }: { snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const p = progress(snapshot.index);
  const g = requiredGrowth(snapshot.index);
  if (!p.ok) return <Caption1 as="p">{p.error.message}</Caption1>;
  const { year, valueUsd, targetUsd, targetYear, ratio, observationId } = p.value;
  const observation = snapshot.dataset.trade.observations.find((o) => o.id === observationId);
  const source = snapshot.dataset.sources.find((s) => s.id === observation?.sourceIds[0]);
  const label = `Trade in ${year}: ${formatUsd(valueUsd)}, ${formatPercent(ratio)} of the ${formatUsd(targetUsd)} target for ${targetYear}`;
  return (
    <section aria-labelledby="kzuz-progress-heading" className={styles.root} data-testid="progress">
      <Text as="h2" id="kzuz-progress-heading" weight="semibold" size={400}>
        Progress towards the trade target
      </Text>
      <Text as="p" id="kzuz-progress-label">
        {label}
      </Text>
      <ProgressBar
        value={Math.min(ratio, 1)}
        max={1}
        thickness="large"
        aria-labelledby="kzuz-progress-label"
      />
      {g.ok && (
        <Text as="p">
          Reaching {formatUsd(targetUsd)} by {targetYear} needs {formatPercent(g.value.cagr)} growth
          a year from {g.value.fromYear}.
        </Text>
      )}
      <YearBars snapshot={snapshot} targetUsd={targetUsd} />
      <Caption1 as="p">
        Source for {year}: {observation?.reporter}
        {source ? `, via ${sourceLabel(source)}` : ""}
        {observation?.preliminary ? " (preliminary)" : ""}.
      </Caption1>
    </section>
  );
}
