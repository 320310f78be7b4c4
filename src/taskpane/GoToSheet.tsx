import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Arrival, Destination } from "../excel/goto";
import { useT } from "./i18n";
import { PART_LABELS } from "./parts";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  label: { margin: 0 },
  problem: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

/**
 * "Go to sheet" after inserting or building: one button where one table or chart was written;
 * where several tables were, a labelled group with a button per table. Excel then shows the
 * sheet with the table (or chart) selected; if it is gone, the pane says so and what to do.
 */
export function GoToSheet({
  destinations,
  disabled,
  onGo,
}: {
  destinations: readonly Destination[];
  disabled: boolean;
  /** Goes there; undefined if another action held the pane meanwhile. */
  onGo: (to: Destination) => Promise<Arrival | undefined>;
}) {
  const styles = useStyles();
  const t = useT();
  const labelId = useId();
  const [problem, setProblem] = useState<string>();
  const go = async (to: Destination) => {
    setProblem(undefined);
    const arrival = await onGo(to);
    if (!arrival || arrival.ok) return;
    setProblem(
      "missing" in arrival
        ? t.t("data.goTo.missing", {
            name: arrival.missing,
            what: "chart" in to ? "chart" : "table",
          })
        : t.t("data.goTo.failed", { reason: arrival.reason })
    );
  };
  const name = (to: Destination) =>
    "table" in to
      ? t.t(PART_LABELS[to.table])
      : t.t(to.chart === "trade" ? "data.goTo.tradeChart" : "data.goTo.investmentChart");
  return (
    <>
      {destinations.length === 1 ? (
        <div className={styles.root}>
          <Button
            size="small"
            disabled={disabled}
            aria-label={t.t("data.goTo.to", { name: name(destinations[0]) })}
            onClick={() => void go(destinations[0])}
          >
            {t.t("data.goTo.button")}
          </Button>
        </div>
      ) : (
        <div role="group" aria-labelledby={labelId} className={styles.root}>
          <Caption1 as="p" id={labelId} className={styles.label}>
            {t.t("data.goTo.several")}
          </Caption1>
          {destinations.map((to) => (
            <Button
              key={"table" in to ? to.table : to.chart}
              size="small"
              disabled={disabled}
              onClick={() => void go(to)}
            >
              {name(to)}
            </Button>
          ))}
        </div>
      )}
      {problem && (
        <Caption1 as="p" role="alert" className={styles.problem}>
          {problem}
        </Caption1>
      )}
    </>
  );
}
