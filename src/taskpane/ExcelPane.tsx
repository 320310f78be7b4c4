import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { plural } from "../data/format";
import type { DatasetSnapshot } from "../data/store";
import { TABLES } from "../data/views";
import { readSettings } from "../office/settings";
import { defaultDatasetUrl } from "../data/url";
import type { Workbench } from "../excel/workbench";
import { About } from "./About";
import { Busy } from "./Busy";
import { FirstRun } from "./FirstRun";
import { ProgressSummary } from "./progress/ProgressSummary";
import { Buttons, Section } from "./Section";
import { Status } from "./Status";
import { Tabs, type Tab } from "./Tabs";
import { TextLink } from "./TextLink";
import { useActions, type Place, type Summarise } from "./useActions";
import {
  buildChart,
  convertToValues,
  insertTables,
  refreshDataset,
  restorePrevious,
} from "./workbook";
import { NewerNotice } from "./data/NewerNotice";
import { RefreshHistory } from "./data/RefreshHistory";
import { ShareValues } from "./data/ShareValues";

// Loaded when their tab is first opened, so they are not in the pane's start bundle.
const FormulaBuilder = lazy(() =>
  import(/* webpackChunkName: "formulas" */ "./formulas/FormulaBuilder").then((m) => ({
    default: m.FormulaBuilder,
  }))
);
const DatasetAddress = lazy(() =>
  import(/* webpackChunkName: "address" */ "./DatasetAddress").then((m) => ({
    default: m.DatasetAddress,
  }))
);
const ExplainSelection = lazy(() =>
  import(/* webpackChunkName: "explain" */ "./explain/ExplainSelection").then((m) => ({
    default: m.ExplainSelection,
  }))
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  primary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  note: { margin: 0 },
  address: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { cursor: "pointer" },
});

const tablesWritten: Summarise = (o) => ({
  title: o.changes.every((c) => c.created) ? "Tables inserted" : "Tables updated",
  summary: `${plural(o.changes.length, "table")} in the workbook: ${o.changes.map((c) => c.tableName).join(", ")}.`,
});

/** The pane inside Excel: what the data is, the one next step, then the sections. */
export function ExcelPane({ bench, snapshot }: { bench: Workbench; snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const { busy, results, run, dismiss } = useActions();
  const [addressOpen, setAddressOpen] = useState(false);
  const disabled = busy !== undefined;
  const hasTables = Object.keys(readSettings(bench.settings).tableIds).length > 0;
  const { version, asOf } = snapshot.dataset;

  const refreshed: Summarise = () => {
    const now = bench.store.get().dataset;
    return {
      title: "Refreshed",
      summary:
        now.version === version && now.asOf === asOf
          ? `Already up to date: version ${now.version}, as of ${now.asOf}.`
          : `Now using version ${now.version}, as of ${now.asOf} (was ${version}).`,
    };
  };
  const chartBuilt: Summarise = () => ({ title: "Chart built" });
  const insertAll = (place: Place) =>
    run(
      place,
      "Inserting the tables…",
      () =>
        insertTables(
          bench,
          TABLES.map((t) => t.key)
        ),
      tablesWritten
    );
  const refresh = (place: Place) =>
    run(place, "Refreshing the data…", () => refreshDataset(bench), refreshed);
  const restore = () =>
    run(
      "refresh",
      "Restoring the previous dataset…",
      () => restorePrevious(bench),
      () => ({
        title: "Restored",
        summary: `Now using version ${bench.store.get().dataset.version}, as of ${bench.store.get().dataset.asOf}.`,
      })
    );
  const status = (place: Place) => (
    <Status
      key={results[place]?.id}
      busy={busy?.place === place ? busy.label : undefined}
      result={results[place]}
      onDismiss={() => dismiss(place)}
    />
  );
  const chart = (kind: "trade" | "investment", label: string) => (
    <Button
      disabled={disabled}
      onClick={() =>
        void run("charts", `Building the ${kind} chart…`, () => buildChart(bench, kind), chartBuilt)
      }
    >
      {label}
    </Button>
  );

  const tabs: Tab[] = [
    {
      id: "data",
      label: "Data",
      render: () => (
        <div className={styles.panel}>
          <ProgressSummary snapshot={snapshot} />
          <Section
            id="tables"
            title="Tables"
            note="Each part goes on its own sheet as a named Excel table, such as KZUZ_Projects. Inserting again updates it."
          >
            <Buttons>
              {hasTables && (
                <Button disabled={disabled} onClick={() => void insertAll("tables")}>
                  All tables
                </Button>
              )}
              {TABLES.map((part) => (
                <Button
                  key={part.key}
                  disabled={disabled}
                  aria-label={`Insert the ${part.label} table`}
                  onClick={() =>
                    void run(
                      "tables",
                      `Inserting ${part.label}…`,
                      () => insertTables(bench, [part.key]),
                      tablesWritten
                    )
                  }
                >
                  {part.label}
                </Button>
              ))}
            </Buttons>
            {status("tables")}
          </Section>
          <Section
            id="refresh"
            title="Refresh"
            note="Downloads the latest data, checks it, then updates the tables and every KZUZ formula. If anything fails, nothing changes."
          >
            {!hasTables && (
              <Buttons>
                <Button disabled={disabled} onClick={() => void refresh("refresh")}>
                  Refresh
                </Button>
              </Buttons>
            )}
            <RefreshHistory
              settings={bench.settings}
              disabled={disabled}
              onRestore={() => void restore()}
            />
            {status("refresh")}
            <details onToggle={(e) => setAddressOpen(e.currentTarget.open)}>
              <summary className={styles.summary}>Where Refresh downloads from</summary>
              {addressOpen && (
                <Suspense fallback={<Busy label="Loading…" />}>
                  <div className={styles.address}>
                    <DatasetAddress bench={bench} disabled={disabled} />
                  </div>
                </Suspense>
              )}
            </details>
          </Section>
          <ShareValues
            bench={bench}
            disabled={disabled}
            onConvert={(scope) =>
              void run(
                "share",
                "Converting the formulas…",
                () => convertToValues(bench, scope),
                () => ({ title: "Converted" })
              )
            }
            status={status("share")}
          />
        </div>
      ),
    },
    {
      id: "formulas",
      label: "Formulas",
      render: () => (
        <div className={styles.panel}>
          <Caption1 as="p" className={styles.note}>
            Type <code>=KZUZ.</code> in any cell to list the formulas; they update when the data is
            refreshed.{" "}
            <TextLink href="help.html#functions" target="_blank" rel="noopener">
              Every formula, with examples
            </TextLink>
          </Caption1>
          <Suspense fallback={<Busy label="Loading the formula builder…" />}>
            <FormulaBuilder store={bench.store} bench={bench} />
          </Suspense>
        </div>
      ),
    },
    {
      id: "charts",
      label: "Charts",
      render: () => (
        <Section
          id="charts"
          title="Charts"
          note="Excel charts on the KZUZ Dashboard sheet, with their key figures as KZUZ formulas. The trade chart reads the Trade table: insert it first. Building again replaces a chart."
        >
          <Buttons>
            {chart("trade", "Build trade chart")}
            {chart("investment", "Build investment chart")}
          </Buttons>
          {status("charts")}
        </Section>
      ),
    },
    {
      id: "explain",
      label: "Explain",
      render: () => (
        <Suspense fallback={<Busy label="Loading…" />}>
          <ExplainSelection store={bench.store} bench={bench} />
        </Suspense>
      ),
    },
    { id: "about", label: "About", render: () => <About snapshot={snapshot} /> },
  ];

  // The one next step for this workbook: insert the data, or, once our tables are in, refresh it.
  const primary = hasTables
    ? {
        label: "Refresh the data",
        note: `Your workbook has KZUZ tables, with data as of ${asOf}. Refresh gets the latest and updates the tables and formulas.`,
        act: () => void refresh("start"),
      }
    : {
        label: "Insert the data as tables",
        note: "Projects, agreements, trade, targets and sources, each as an Excel table on its own sheet.",
        act: () => void insertAll("start"),
      };

  return (
    <div className={styles.root}>
      <FirstRun />
      <NewerNotice
        url={readSettings(bench.settings).datasetUrl ?? defaultDatasetUrl(bench.baseUrl)}
        inForce={snapshot.dataset}
      />
      <section aria-label="Next step" className={styles.primary} data-testid="primary-action">
        <Buttons>
          <Button appearance="primary" disabled={disabled} onClick={primary.act}>
            {primary.label}
          </Button>
        </Buttons>
        <Caption1 as="p" className={styles.note}>
          {primary.note}
        </Caption1>
        {status("start")}
      </section>
      <Tabs label="Sections" idPrefix="kzuz" tabs={tabs} />
    </div>
  );
}
