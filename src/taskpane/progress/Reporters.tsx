/**
 * Whose figures the progress card's numbers are: each government reporter's own latest figure
 * side by side (share of the target, growth still needed from it), the range of growth needed
 * across them, and, in words, the years where the headline figure changes reporter. The two
 * countries count trade differently (up to about $0.5 billion a year apart), so a journalist
 * quoting "the" progress figure needs to know whose it is and how far the other side's differs.
 */
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { headlineSwitches, progress, requiredGrowthByReporter, type Index } from "../../data/query";
import type { Translator } from "../../i18n/translator";
import { percent1 } from "../figures";
import { useT } from "../i18n";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: `0 0 ${tokens.spacingVerticalXS} 0` },
  p: { margin: 0 },
});

/** "in 2024, to the press; in 2025, to Uzbekistan's statistics", said in the reader's language. */
function switchesText(t: Translator, index: Index): string | undefined {
  const runs = headlineSwitches(index);
  const items = runs
    .slice(1)
    .filter((run, i) => run.reporter !== runs[i].reporter)
    .map((run) => t.t("progress.switch", { year: String(run.from), side: run.reporter }));
  if (items.length === 0) return undefined;
  const list = items.reduceRight((rest, first) => t.t("progress.switch.join", { first, rest }));
  return t.t("progress.switches", { list });
}

/** Each government reporter's latest figure against the target, and the growth needed from it. */
export function Reporters({ index, goalYear }: { index: Index; goalYear: string }) {
  const styles = useStyles();
  const t = useT();
  const needed = requiredGrowthByReporter(index);
  const switches = switchesText(t, index);
  if (needed.length === 0) return switches ? <Caption1 as="p">{switches}</Caption1> : null;
  const rates = needed.map((g) => g.cagr);
  return (
    <>
      <Text as="h3" weight="semibold" size={300} id="kzuz-progress-reporters">
        {t.t("progress.reporters.heading")}
      </Text>
      <dl
        className={styles.list}
        aria-labelledby="kzuz-progress-reporters"
        data-testid="progress-reporters"
      >
        {needed.map((g) => {
          const share = progress(index, g.fromYear, g.reporter);
          return (
            <div key={g.reporter} style={{ display: "contents" }}>
              <dt className={styles.term}>
                {t.t("progress.reporters.side", { side: g.reporter })}
              </dt>
              <dd className={styles.definition}>
                {t.t("progress.reporters.value", {
                  amount: t.usd(g.valueUsd),
                  year: String(g.fromYear),
                  share: share.ok ? percent1(t, share.value.ratio) : "",
                  rate: percent1(t, g.cagr),
                  goalYear,
                })}
              </dd>
            </div>
          );
        })}
      </dl>
      {needed.length > 1 && (
        <Caption1 as="p" className={styles.p} data-testid="progress-range">
          {t.t("progress.reporters.range", {
            low: percent1(t, Math.min(...rates)),
            high: percent1(t, Math.max(...rates)),
          })}
        </Caption1>
      )}
      {switches && (
        <Caption1 as="p" className={styles.p} data-testid="progress-switches">
          {switches}
        </Caption1>
      )}
    </>
  );
}
