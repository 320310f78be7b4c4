import { makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState, type ReactNode } from "react";
import type { DatasetSnapshot } from "../../data/store";
import { TABLES } from "../../data/views";
import type { Workbench } from "../../excel/workbench";
import { AfterFirstScreen } from "../AfterFirstScreen";
import { Busy } from "../Busy";
import { RefreshHistory } from "../data/RefreshHistory";
import { InsertCards } from "../data/InsertCards";
import { ShareValues } from "../data/ShareValues";
import { useT } from "../i18n";
import { ActionButton, type PaneActions } from "../paneActions";
import { PART_LABELS } from "../parts";
import { ProgressSummary } from "../progress/ProgressSummary";
import { Buttons, Section } from "../Section";
import { useSecondStep } from "../staged";

// Loaded when "Where the data comes from" is first opened.
const DatasetAddress = lazy(() =>
  import(/* webpackChunkName: "address" */ "../DatasetAddress").then((m) => ({
    default: m.DatasetAddress,
  }))
);

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  address: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { cursor: "pointer" },
});

/** The Data tab: the next step, progress towards the target, the tables one by one, refresh, sharing as values. */
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
  const t = useT();
  const [addressOpen, setAddressOpen] = useState(false);
  // At the page's start the next step is drawn first, the rest a frame later (../staged).
  const below = useSecondStep();
  if (!below) return <div className={styles.panel}>{first}</div>;
  return (
    <div className={styles.panel}>
      {first}
      <ProgressSummary snapshot={snapshot} />
      <Section id="tables" title={t.t("data.tables.title")} note={t.t("data.tables.note")}>
        <InsertCards supports={bench.supports} officeJs={bench.cards?.officeJs} />
        <Buttons>
          {hasTables && (
            <ActionButton
              actions={actions}
              start={() => actions.insertAll("tables")}
              label={t.t("data.tables.all")}
            />
          )}
          {TABLES.map((part) => {
            const label = t.t(PART_LABELS[part.key]);
            return (
              <ActionButton
                key={part.key}
                actions={actions}
                aria-label={t.t("data.tables.insertOne", { part: label })}
                start={() => actions.insertOne(part.key)}
                label={label}
              />
            );
          })}
        </Buttons>
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
    </div>
  );
}
