/**
 * A small preview of the trade chart, drawn as inline SVG from the very series the chart will
 * show (src/excel/charts/series): a column a year for the headline figure (a year without one is
 * a gap, never 0), each country's own figure beside it, and the dashed path to the target, with
 * a diamond at the target. Screen readers get a sentence instead of the drawing; the legend uses
 * the chart's own series names in the pane's language.
 */
import { Text } from "@fluentui/react-components";
import type { Index } from "../../data/query";
import { tradeSeries, type TradeSeries } from "../../excel/charts/series";
import * as W from "../../excel/charts/words";
import type { Translator } from "../../i18n/translator";
import { useT } from "../i18n";
import { Legend } from "./Legend";
import { usePreviewStyles } from "./previewStyles";

const WIDTH = 300;
const HEIGHT = 120;
const TOP = 8;
const BOTTOM = 14;

/** What the preview shows, in words: the text alternative. */
function tradeAlt(t: Translator, s: TradeSeries): string {
  const parts = [
    t.t("data.charts.preview.trade", {
      first: String(s.years[0]),
      last: String(s.years[s.years.length - 1]),
      latest: t.usd(s.latest.usd),
      latestYear: String(s.latest.year),
    }),
  ];
  if (s.cagr !== undefined)
    parts.push(
      t.t("data.charts.preview.tradePath", {
        target: t.usd(s.targetUsd),
        targetYear: String(s.targetYear),
      })
    );
  if (s.gaps.length > 0)
    parts.push(t.t("data.charts.preview.gaps", { years: s.gaps.map(String).join(", ") }));
  return parts.join(" ");
}

export function TradePreview({ index }: { index: Index }) {
  const t = useT();
  const styles = usePreviewStyles();
  const found = tradeSeries(index);
  if (!found.ok) return null;
  const s = found.series;
  const values = [...s.reported, ...s.path, ...s.sides.KZ, ...s.sides.UZ].filter(
    (v): v is number => v !== null
  );
  const max = Math.max(...values, s.targetUsd / 1e9) * 1.05;
  const base = HEIGHT - BOTTOM;
  const y = (v: number) => base - (v / max) * (base - TOP);
  const slot = WIDTH / s.years.length;
  const x = (i: number) => i * slot;
  const bar = (
    i: number,
    v: number | null,
    offset: number,
    width: number,
    className: string,
    name: string
  ) =>
    v === null ? null : (
      <rect
        key={`${name}-${i}`}
        data-series={name}
        className={className}
        x={x(i) + offset}
        y={y(v)}
        width={width}
        height={Math.max(base - y(v), 0.5)}
      />
    );
  const path = s.path
    .map((v, i) => (v === null ? null : `${x(i) + slot / 2},${y(v)}`))
    .filter((p): p is string => p !== null);
  const goal = s.years.indexOf(s.targetYear);
  const goalY = y(s.targetUsd / 1e9);
  const labelled = [0, s.years.indexOf(s.latest.year), s.years.length - 1].filter(
    (i, n, all) => all.indexOf(i) === n
  );
  return (
    <figure className={styles.figure} data-testid="chart-preview-trade">
      <figcaption>
        <Text size={200} weight="semibold">
          {t.text(W.tradeTitle(s.targetUsd))}
        </Text>
      </figcaption>
      <svg
        role="img"
        aria-label={tradeAlt(t, s)}
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      >
        {s.years.map((_, i) => [
          bar(i, s.reported[i], slot * 0.1, slot * 0.4, styles.reported, "reported"),
          bar(i, s.sides.KZ[i], slot * 0.5, slot * 0.2, styles.kz, "KZ"),
          bar(i, s.sides.UZ[i], slot * 0.7, slot * 0.2, styles.uz, "UZ"),
        ])}
        <line className={styles.axis} x1={0} x2={WIDTH} y1={base} y2={base} />
        {path.length > 1 && <polyline className={styles.path} points={path.join(" ")} />}
        {s.cagr !== undefined && goal >= 0 && (
          <polygon
            className={styles.goal}
            points={`${x(goal) + slot / 2},${goalY - 5} ${x(goal) + slot / 2 + 4},${goalY} ${x(goal) + slot / 2},${goalY + 5} ${x(goal) + slot / 2 - 4},${goalY}`}
          />
        )}
        {labelled.map((i) => (
          <text
            key={i}
            className={styles.label}
            x={Math.min(Math.max(x(i) + slot / 2, 12), WIDTH - 12)}
            y={HEIGHT - 2}
            textAnchor="middle"
          >
            {s.years[i]}
          </text>
        ))}
      </svg>
      <Legend
        items={[
          { className: styles.reported, label: t.text(W.tradeReported()) },
          ...(s.cagr !== undefined
            ? [{ className: styles.path, label: t.text(W.tradePath()), line: true }]
            : []),
          { className: styles.kz, label: t.text(W.tradeSide("KZ")) },
          { className: styles.uz, label: t.text(W.tradeSide("UZ")) },
        ]}
      />
    </figure>
  );
}
