import { makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import type { DatasetSnapshot } from "../../data/store";
import { useT } from "../i18n";
import { ActionButton, type PaneActions } from "../paneActions";
import { Buttons, Section } from "../Section";

// The previews' code is loaded when the tab is first opened: the first screen needs none of it.
const Preview = lazy(() => import(/* webpackChunkName: "chart-preview" */ "../charts/Previews"));

const useStyles = makeStyles({
  chart: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * The Charts tab: a trade chart and an investment chart, built in the workbook, each with a small
 * preview drawn from the dataset in force (the same series the chart will show).
 */
export function ChartsTab({
  actions,
  snapshot,
}: {
  actions: PaneActions;
  snapshot: DatasetSnapshot;
}) {
  const t = useT();
  const styles = useStyles();
  const chart = (kind: "trade" | "investment") => (
    <div className={styles.chart}>
      <Suspense fallback={null}>
        <Preview kind={kind} index={snapshot.index} />
      </Suspense>
      <Buttons>
        <ActionButton
          actions={actions}
          start={() => actions.chart(kind)}
          label={t.t(kind === "trade" ? "data.charts.trade" : "data.charts.investment")}
        />
      </Buttons>
    </div>
  );
  return (
    <Section id="charts" title={t.t("data.charts.title")} note={t.t("data.charts.note")}>
      {chart("trade")}
      {chart("investment")}
      {actions.status("charts")}
    </Section>
  );
}
