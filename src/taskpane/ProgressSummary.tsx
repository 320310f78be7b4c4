import { Caption1, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatPercent, formatUsd } from "../data/format";
import { progress, requiredGrowth } from "../data/query";
import type { DatasetSnapshot } from "../data/store";
import { sourceLabel } from "../data/views";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

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
      <Caption1 as="p">
        Source: {observation?.reporter}
        {source ? `, via ${sourceLabel(source)}` : ""}
        {observation?.preliminary ? " (preliminary)" : ""}.
      </Caption1>
    </section>
  );
}
