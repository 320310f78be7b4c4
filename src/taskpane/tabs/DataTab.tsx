import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { DatasetSnapshot } from "../../data/store";
import type { Workbench } from "../../excel/workbench";
import { afterFirstScreen } from "../AfterFirstScreen";
import type { PaneActions } from "../paneActions";

// Below the next step: the first screen's second step, its own chunk (../AfterFirstScreen).
const DataMore = afterFirstScreen(() =>
  import(/* webpackChunkName: "excel-more" */ "./DataMore").then((m) => m.DataMore)
);

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** The Data tab: the next step, progress towards the target, the tables to choose and insert, refresh, sharing as values. */
export function DataTab({
  bench,
  snapshot,
  actions,
  hasTables,
  first,
}: {
  bench: Workbench;
  snapshot: DatasetSnapshot;
  actions: PaneActions;
  hasTables: boolean;
  /** The one next step (insert, or refresh), shown first. */
  first?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      {first}
      <DataMore bench={bench} snapshot={snapshot} actions={actions} hasTables={hasTables} />
    </div>
  );
}
