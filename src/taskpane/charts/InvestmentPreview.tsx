/**
 * A small preview of the investment chart, drawn as inline SVG from the very bars the chart
 * will show (src/excel/charts/series): a bar per joint project with a disclosed or estimated
 * amount, largest first, each with its name (in the pane's language) and amount; projects
 * without one are named in words, never drawn as 0. Screen readers get a sentence instead of the
 * drawing.
 */
import { Text } from "@fluentui/react-components";
import { localName } from "../../data/localName";
import type { Index } from "../../data/query";
import { investmentBars, type InvestmentBar } from "../../excel/charts/series";
import * as W from "../../excel/charts/words";
import type { Translator } from "../../i18n/translator";
import { useT } from "../i18n";
import { Legend } from "./Legend";
import { usePreviewStyles } from "./previewStyles";

const WIDTH = 300;
const ROW = 30;
const NAME_MAX = 44;

/** The amount as the bar's label says it: "more than $84 million (one stage only)". */
function amountText(t: Translator, bar: InvestmentBar): string {
  const { investment } = bar.project;
  return t.t("data.charts.preview.amount", {
    amount: t.usd(bar.usd),
    qualifier: investment.qualifier === "more than" ? "moreThan" : "none",
    kind: investment.status === "estimated" ? "estimate" : investment.scope ? "stage" : "none",
  });
}

function barText(t: Translator, bar: InvestmentBar): string {
  return t.t("data.charts.preview.bar", {
    name: localName(bar.project.name, t.lang),
    amount: amountText(t, bar),
  });
}

/** What the preview shows, in words: the text alternative. */
function investmentAlt(t: Translator, index: Index): string {
  const { bars, notDisclosed } = investmentBars(index);
  const parts = [
    t.t("data.charts.preview.investment", {
      count: bars.length,
      bars: bars.map((b) => barText(t, b)).join("; "),
    }),
  ];
  if (notDisclosed.length > 0)
    parts.push(
      t.t("data.charts.preview.notDisclosed", {
        names: notDisclosed.map((p) => localName(p.name, t.lang)).join(", "),
      })
    );
  return parts.join(" ");
}

const short = (text: string) =>
  text.length > NAME_MAX ? `${text.slice(0, NAME_MAX - 1).trimEnd()}…` : text;

export function InvestmentPreview({ index }: { index: Index }) {
  const t = useT();
  const styles = usePreviewStyles();
  const { bars } = investmentBars(index);
  const height = Math.max(bars.length, 1) * ROW + 4;
  const max = Math.max(...bars.map((b) => b.usd), 1);
  // The longest bar's length: each bar's label must fit after it (about 5.5 units a character).
  const labels = bars.map((b) => amountText(t, b));
  const span = Math.max(
    60,
    Math.min(WIDTH, ...bars.map((b, i) => (WIDTH - 8 - labels[i].length * 5.5) / (b.usd / max)))
  );
  return (
    <figure className={styles.figure} data-testid="chart-preview-investment">
      <figcaption>
        <Text size={200} weight="semibold">
          {t.text(W.investmentTitle())}
        </Text>
      </figcaption>
      <svg
        role="img"
        aria-label={investmentAlt(t, index)}
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${height}`}
      >
        {bars.map((bar, i) => {
          const top = i * ROW;
          const width = Math.max((bar.usd / max) * span, 1);
          return (
            <g key={bar.project.id}>
              <text className={styles.label} x={0} y={top + 10}>
                {short(localName(bar.project.name, t.lang))}
              </text>
              <rect className={styles.reported} x={0} y={top + 14} width={width} height={12} />
              <text className={styles.label} x={width + 4} y={top + 24}>
                {labels[i]}
              </text>
            </g>
          );
        })}
        <line className={styles.axis} x1={0.5} x2={0.5} y1={0} y2={height} />
      </svg>
      <Legend items={[{ className: styles.reported, label: t.text(W.investmentSeries()) }]} />
    </figure>
  );
}
