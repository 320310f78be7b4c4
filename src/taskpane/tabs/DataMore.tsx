/**
 * The Data tab below its next step: progress towards the target, the tables to choose and
 * insert, refresh, sharing as values. The first screen's second step: a chunk of its own,
 * drawn just after the first screen (./DataTab, ../AfterFirstScreen).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import type { DatasetSnapshot } from "../../data/store";
import type { ViewKey } from "../../data/views";
import type { Workbench } from "../../excel/workbench";
import { readSettings } from "../../office/settings";
import { AfterFirstScreen } from "../AfterFirstScreen";
import { Busy } from "../Busy";
import { RefreshHistory } from "../data/RefreshHistory";
import { InsertCards } from "../data/InsertCards";
import { ShareValues } from "../data/ShareValues";
import { useT } from "../i18n";
import { ActionButton, type PaneActions } from "../paneActions";
import { ProgressSummary } from "../progress/ProgressSummary";
import { Buttons, Section } from "../Section";

// The tables to choose from, with their previews (Fluent's Checkbox and the previews: 6 KiB).
const TableChooser = lazy(() =>
  import(/* webpackChunkName: "chooser" */ "../data/TableChooser").then((m) => ({
    default: m.TableChooser,
  }))
);

// Loaded when "Where the data comes from" is first opened.
const DatasetAddress = lazy(() =>
  import(/* webpackChunkName: "address" */ "../DatasetAddress").then((m) => ({
    default: m.DatasetAddress,
  }))
);

const useStyles = makeStyles({
  address: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { cursor: "pointer" },
});

export function DataMore({
  bench,
  snapshot,
  actions,
  hasTables,
}: {
  bench: Workbench;
  snapshot: DatasetSnapshot;
  actions: PaneActions;
  hasTables: boolean;
}) {
  const styles = useStyles();
  const t = useT();
  const [addressOpen, setAddressOpen] = useState(false);
  return (
    <>
      <ProgressSummary snapshot={snapshot} />
      <Section id="tables" title={t.t("data.tables.title")} note={t.t("data.tables.note")}>
        <InsertCards supports={bench.supports} officeJs={bench.cards?.officeJs} />
        <Suspense fallback={<Busy label={t.t("data.loading")} />}>
          <TableChooser
            index={snapshot.index}
            inWorkbook={Object.keys(readSettings(bench.settings).tableIds) as ViewKey[]}
            actions={actions}
          />
        </Suspense>
        {actions.status("tables")}
      </Section>
      <Section id="refresh" title={t.t("data.refresh.title")} note={t.t("data.refresh.note")}>
        {!hasTables && (
          <Buttons>
            <ActionButton
              actions={actions}
              start={() => actions.refresh("refresh")}
              label={t.t("data.refresh.button")}
            />
          </Buttons>
        )}
        <RefreshHistory
          settings={bench.settings}
          disabled={actions.disabled}
          onRestore={() => void actions.restore()}
        />
        {actions.status("refresh")}
        <details onToggle={(e) => setAddressOpen(e.currentTarget.open)}>
          <summary className={styles.summary}>{t.t("data.refresh.where")}</summary>
          {addressOpen && (
            <Suspense fallback={<Busy label={t.t("data.loading")} />}>
              <AfterFirstScreen>
                <div className={styles.address}>
                  <DatasetAddress bench={bench} disabled={actions.disabled} />
                </div>
              </AfterFirstScreen>
            </Suspense>
          )}
        </details>
      </Section>
      <ShareValues
        bench={bench}
        disabled={actions.disabled}
        onConvert={(scope) => void actions.convert(scope)}
        status={actions.status("share")}
      />
    </>
  );
}
