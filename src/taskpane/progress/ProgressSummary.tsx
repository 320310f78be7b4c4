import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { progress, requiredGrowth, sourceLabel } from "../../data/query";
import type { Period, Source } from "../../data/schema";
import type { DatasetSnapshot } from "../../data/store";
import type { Translator } from "../../i18n/translator";
import { percent1 } from "../figures";
import { useT } from "../i18n";
import { Bar } from "./Bar";
import { achievedBySide, sidesIfTheyDiffer, sidesWithoutGrowth, type SideFigure } from "./growth";
import { Reporters } from "./Reporters";
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

/** A figure's period: "full year", or its months in words ("January to September 2025"). */
function periodText(t: Translator, period: Period): string {
  if (period === "full year") return t.t("progress.period.fullYear");
  if (period === "not stated") return t.t("progress.period.notStated");
  return t.t(
    "progress.period.range",
    t.months(period.from, "to" in period ? period.to : period.asOf)
  );
}

/** One country's own figure for a year, or that it published none. */
function sideText(t: Translator, s: SideFigure): string {
  return s.point
    ? t.t("progress.sides.figure", {
        side: s.side,
        amount: t.usd(s.point.usd),
        period: periodText(t, s.point.observation.period),
      })
    : t.t("progress.sides.none", { side: s.side });
}

/**
 * "Publisher, date" for the figure's source: the day in the reader's words where the source gives
 * a whole day and the language is not English (English keeps the ISO day the pane shows).
 */
function sourceOrigin(t: Translator, source: Source): string {
  if (t.lang === "en" || !source.date || !/^\d{4}-\d{2}-\d{2}$/.test(source.date))
    return sourceLabel(source);
  return `${source.publisher}, ${t.date(source.date)}`;
}

/**
 * Trade against the current target, at a glance: the latest year's figure on a bar with the target
 * marked, how much is still to go, the growth needed against the growth achieved, and where the two
 * countries' figures differ. Every figure is in the text; the bars repeat it for the eye.
 */
export function ProgressSummary({ snapshot }: { snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const t = useT();
  const p = progress(snapshot.index);
  if (!p.ok)
    return (
      <Caption1 as="p" className={styles.p}>
        {t.text(p.error)}
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
  const goal = t.usd(targetUsd);
  // Years are names of years, not quantities: passed as text, never written "2,025".
  const y = String(year);
  const by = String(targetYear);
  const figure = {
    year: y,
    // The reporter in the reader's words (the dataset's own label, e.g. "Uzbekistan (trade
    // ministry)", is English only).
    side: p.value.reporter,
    status: observation?.preliminary ? "preliminary" : "final",
  };
  return (
    <section aria-labelledby="kzuz-progress-heading" className={styles.root} data-testid="progress">
      <Text as="h2" id="kzuz-progress-heading" weight="semibold" size={400}>
        {t.t("progress.heading", { goal, year: by })}
      </Text>
      <Text as="p" className={styles.p} id="kzuz-progress-label">
        {t.t("progress.latest", {
          year: y,
          value: t.usd(valueUsd),
          share: percent1(t, ratio),
          goal,
          goalYear: by,
        })}{" "}
        <strong>
          {gap > 0 ? t.t("progress.gap", { amount: t.usd(gap) }) : t.t("progress.reached")}
        </strong>
      </Text>
      <div>
        <Bar share={valueUsd / scale} marker={targetUsd / scale} />
        <Caption1 className={styles.scale} aria-hidden>
          <span>{t.money(0)}</span>
          <span>{t.t("progress.scale.goal", { amount: goal, year: by })}</span>
        </Caption1>
      </div>
      <Caption1 as="p" className={styles.p}>
        {source
          ? t.t("progress.figure.withSource", { ...figure, origin: sourceOrigin(t, source) })
          : t.t("progress.figure.noSource", figure)}
      </Caption1>
      <dl className={styles.growth} aria-label={t.t("progress.growth.label")}>
        {needed.ok && (
          <>
            <dt className={styles.term}>{t.t("progress.growth.needed")}</dt>
            <dd className={styles.definition}>
              <Text block>
                {t.t("progress.growth.neededValue", {
                  rate: percent1(t, needed.value.cagr),
                  from: String(needed.value.fromYear),
                  to: by,
                })}
              </Text>
              <Bar size="thin" share={maxRate > 0 ? needed.value.cagr / maxRate : 0} />
            </dd>
          </>
        )}
        {achieved.map((a) => (
          <div key={a.reporter} style={{ display: "contents" }}>
            <dt className={styles.term}>{t.t("progress.growth.achieved", { side: a.reporter })}</dt>
            <dd className={styles.definition}>
              <Text block>
                {a.basis === "reported" || a.fromUsd === undefined
                  ? t.t("progress.growth.reported", {
                      rate: percent1(t, a.rate),
                      year: String(a.toYear),
                      amount: t.usd(a.toUsd),
                      side: a.reporter,
                    })
                  : t.t("progress.growth.between", {
                      rate: percent1(t, a.rate),
                      from: String(a.fromYear),
                      fromAmount: t.usd(a.fromUsd),
                      to: String(a.toYear),
                      toAmount: t.usd(a.toUsd),
                    })}
              </Text>
              <Bar size="thin" share={maxRate > 0 ? Math.max(a.rate, 0) / maxRate : 0} />
            </dd>
          </div>
        ))}
      </dl>
      {single.length > 0 && (
        <Caption1 as="p" className={styles.p}>
          {t.t("progress.growth.sameSideOnly", { which: single.length > 1 ? "both" : single[0] })}
        </Caption1>
      )}
      {sides && (
        <Caption1 as="p" className={styles.p}>
          {t.t("progress.sides", {
            year: y,
            kz: sideText(t, sides[0]),
            uz: sideText(t, sides[1]),
          })}
        </Caption1>
      )}
      <Reporters index={snapshot.index} goalYear={by} />
      <YearBars snapshot={snapshot} targetUsd={targetUsd} />
    </section>
  );
}
