import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatPercent, formatUsd } from "../../data/format";
import { progress, requiredGrowth, sourceLabel } from "../../data/query";
import type { DatasetSnapshot } from "../../data/store";
import { periodText } from "../../data/views";
import { Bar } from "./Bar";
import {
  achievedBySide,
  countryName,
  figuresOf,
  sidesIfTheyDiffer,
  sidesWithoutGrowth,
} from "./growth";
import { YearBars } from "./YearBars";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  p: { margin: 0 },
  scale: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  growth: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: `0 0 ${tokens.spacingVerticalXS} 0` },
});

function countryOrSide(side: "KZ" | "UZ" | "joint" | "other"): string {
  return side === "KZ" || side === "UZ" ? countryName(side) : "the source";
}

/** Growth a year as a signed percentage: "10.4% a year", "-2.4% a year". */
function perYear(fraction: number): string {
  return `${formatPercent(fraction)} a year`;
}

/**
 * Trade against the current target, at a glance: the latest year's figure on a bar with the target
 * marked, how much is still to go, the growth needed against the growth achieved, and where the two
 * countries' figures differ. Every figure is in the text; the bars repeat it for the eye.
 */
export function ProgressSummary({ snapshot }: { snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const p = progress(snapshot.index);
  if (!p.ok)
    return (
      <Caption1 as="p" className={styles.p}>
        {p.error.message}
      </Caption1>
    );
  const { year, valueUsd, targetUsd, targetYear, ratio, observationId } = p.value;
  const needed = requiredGrowth(snapshot.index);
  const achieved = achievedBySide(snapshot.index);
  const single = sidesWithoutGrowth(snapshot.index);
  const sides = sidesIfTheyDiffer(snapshot.index, year);
  const observation = snapshot.dataset.trade.observations.find((o) => o.id === observationId);
  const source = snapshot.dataset.sources.find((s) => s.id === observation?.sourceIds[0]);
  const gap = targetUsd - valueUsd;
  const scale = Math.max(targetUsd, valueUsd);
  const maxRate = Math.max(needed.ok ? needed.value.cagr : 0, ...achieved.map((a) => a.rate), 0);
  return (
    <section aria-labelledby="kzuz-progress-heading" className={styles.root} data-testid="progress">
      <Text as="h2" id="kzuz-progress-heading" weight="semibold" size={400}>
        Trade towards {formatUsd(targetUsd)} by {targetYear}
      </Text>
      <Text as="p" className={styles.p} id="kzuz-progress-label">
        Trade in {year}: {formatUsd(valueUsd)}, {formatPercent(ratio)} of the {formatUsd(targetUsd)}{" "}
        target for {targetYear}.{" "}
        <strong>{gap > 0 ? `${formatUsd(gap)} still to go.` : "Target reached."}</strong>
      </Text>
      <div>
        <Bar share={valueUsd / scale} marker={targetUsd / scale} />
        <Caption1 className={styles.scale} aria-hidden>
          <span>$0</span>
          <span>
            Target: {formatUsd(targetUsd)} ({targetYear})
          </span>
        </Caption1>
      </div>
      <Caption1 as="p" className={styles.p}>
        Figure for {year} from {observation?.reporter}
        {observation?.preliminary ? " (preliminary)" : ""}
        {source ? `; source: ${sourceLabel(source)}` : ""}.
      </Caption1>
      <dl className={styles.growth} aria-label="Growth needed and growth achieved">
        {needed.ok && (
          <>
            <dt className={styles.term}>Growth needed</dt>
            <dd className={styles.definition}>
              <Text block>
                {perYear(needed.value.cagr)} from {needed.value.fromYear} to {targetYear}
              </Text>
              <Bar size="thin" share={maxRate > 0 ? needed.value.cagr / maxRate : 0} />
            </dd>
          </>
        )}
        {achieved.map((a) => (
          <div key={a.reporter} style={{ display: "contents" }}>
            <dt className={styles.term}>Growth achieved, {figuresOf(a.reporter)}</dt>
            <dd className={styles.definition}>
              <Text block>
                {a.basis === "reported" || a.fromUsd === undefined
                  ? `${perYear(a.rate)} in ${a.toYear} (${formatUsd(a.toUsd)}), as ${countryOrSide(a.reporter)} reported with the figure`
                  : `${perYear(a.rate)} from ${a.fromYear} (${formatUsd(a.fromUsd)}) to ${a.toYear} (${formatUsd(a.toUsd)})`}
              </Text>
              <Bar size="thin" share={maxRate > 0 ? Math.max(a.rate, 0) / maxRate : 0} />
            </dd>
          </div>
        ))}
      </dl>
      {single.length > 0 && (
        <Caption1 as="p" className={styles.p}>
          Growth is compared only between figures from the same side, since the two countries count
          trade differently.{" "}
          {single
            .map(
              (s) => `${countryName(s)} has published no two yearly figures, nor a growth rate, yet`
            )
            .join("; ")}
          , so no growth is shown for them.
        </Caption1>
      )}
      {sides && (
        <Caption1 as="p" className={styles.p}>
          The two countries&apos; own figures for {year}:{" "}
          {sides
            .map((s) =>
              s.point
                ? `${countryName(s.side)} ${formatUsd(s.point.usd)} (${periodText(s.point.observation.period)})`
                : `${countryName(s.side)} has published none`
            )
            .join("; ")}
          .
        </Caption1>
      )}
      <YearBars snapshot={snapshot} targetUsd={targetUsd} />
    </section>
  );
}
