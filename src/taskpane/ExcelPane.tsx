import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import type { DatasetSnapshot } from "../data/store";
import { TABLES } from "../data/views";
import { helpHref } from "../i18n/help";
import type { Translator } from "../i18n/translator";
import { readSettings } from "../office/settings";
import { defaultDatasetUrl } from "../data/url";
import type { Workbench } from "../excel/workbench";
import { About } from "./About";
import { Busy } from "./Busy";
import { FirstRun } from "./FirstRun";
import { rich, useT } from "./i18n";
import { ProgressSummary } from "./progress/ProgressSummary";
import { Buttons, Section } from "./Section";
import { PART_LABELS } from "./parts";
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

// Table names (KZUZ_Projects...) are Excel's names: the same in every language.
const tablesWritten =
  (t: Translator): Summarise =>
  (o) => ({
    title: o.changes.every((c) => c.created)
      ? t.t("data.result.inserted")
      : t.t("data.result.updated"),
    summary: t.t("data.result.tables", {
      count: o.changes.length,
      names: o.changes.map((c) => c.tableName).join(", "),
    }),
  });

/** The pane inside Excel: what the data is, the one next step, then the sections. */
export function ExcelPane({ bench, snapshot }: { bench: Workbench; snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const t = useT();
  const { busy, results, run, dismiss } = useActions();
  const [addressOpen, setAddressOpen] = useState(false);
  const disabled = busy !== undefined;
  const hasTables = Object.keys(readSettings(bench.settings).tableIds).length > 0;
  const { version, asOf } = snapshot.dataset;

  const refreshed: Summarise = () => {
    const now = bench.store.get().dataset;
    const values = { version: now.version, asOf: t.day(now.asOf) };
    return {
      title: t.t("data.result.refreshed"),
      summary:
        now.version === version && now.asOf === asOf
          ? t.t("data.result.upToDate", values)
          : t.t("data.result.nowUsing", { ...values, previous: version }),
    };
  };
  const chartBuilt: Summarise = () => ({ title: t.t("data.result.chartBuilt") });
  const insertAll = (place: Place) =>
    run(
      place,
      t.t("data.busy.insertAll"),
      () =>
        insertTables(
          bench,
          TABLES.map((part) => part.key)
        ),
      tablesWritten(t)
    );
  const refresh = (place: Place) =>
    run(place, t.t("data.busy.refresh"), () => refreshDataset(bench), refreshed);
  const restore = () =>
    run(
      "refresh",
      t.t("data.busy.restore"),
      () => restorePrevious(bench),
      () => {
        const now = bench.store.get().dataset;
        return {
          title: t.t("data.result.restored"),
          summary: t.t("data.result.restoredTo", {
            version: now.version,
            asOf: t.day(now.asOf),
          }),
        };
      }
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
        void run(
          "charts",
          t.t("data.busy.chart", { kind }),
          () => buildChart(bench, kind),
          chartBuilt
        )
      }
    >
      {label}
    </Button>
  );

  const tabs: Tab[] = [
    {
      id: "data",
      label: t.t("data.tab.data"),
      render: () => (
        <div className={styles.panel}>
          <ProgressSummary snapshot={snapshot} />
          <Section id="tables" title={t.t("data.tables.title")} note={t.t("data.tables.note")}>
            <Buttons>
              {hasTables && (
                <Button disabled={disabled} onClick={() => void insertAll("tables")}>
                  {t.t("data.tables.all")}
                </Button>
              )}
              {TABLES.map((part) => {
                const label = t.t(PART_LABELS[part.key]);
                return (
                  <Button
                    key={part.key}
                    disabled={disabled}
                    aria-label={t.t("data.tables.insertOne", { part: label })}
                    onClick={() =>
                      void run(
                        "tables",
                        t.t("data.busy.insertOne", { part: label }),
                        () => insertTables(bench, [part.key]),
                        tablesWritten(t)
                      )
                    }
                  >
                    {label}
                  </Button>
                );
              })}
            </Buttons>
            {status("tables")}
          </Section>
          <Section id="refresh" title={t.t("data.refresh.title")} note={t.t("data.refresh.note")}>
            {!hasTables && (
              <Buttons>
                <Button disabled={disabled} onClick={() => void refresh("refresh")}>
                  {t.t("data.refresh.button")}
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
              <summary className={styles.summary}>{t.t("data.refresh.where")}</summary>
              {addressOpen && (
                <Suspense fallback={<Busy label={t.t("data.loading")} />}>
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
                t.t("data.busy.convert"),
                () => convertToValues(bench, scope),
                () => ({ title: t.t("data.result.converted") })
              )
            }
            status={status("share")}
          />
        </div>
      ),
    },
    {
      id: "formulas",
      label: t.t("data.tab.formulas"),
      render: () => (
        <div className={styles.panel}>
          <Caption1 as="p" className={styles.note}>
            {rich(
              t,
              "data.formulas.note",
              {},
              {
                // The function prefix is the same in every language.
                code: <code>=KZUZ.</code>,
                link: (
                  <TextLink href={helpHref(t.lang, "functions")} target="_blank" rel="noopener">
                    {t.t("data.formulas.link")}
                  </TextLink>
                ),
              }
            )}
          </Caption1>
          <Suspense fallback={<Busy label={t.t("data.formulas.loading")} />}>
            <FormulaBuilder store={bench.store} bench={bench} />
          </Suspense>
        </div>
      ),
    },
    {
      id: "charts",
      label: t.t("data.tab.charts"),
      render: () => (
        <Section id="charts" title={t.t("data.charts.title")} note={t.t("data.charts.note")}>
          <Buttons>
            {chart("trade", t.t("data.charts.trade"))}
            {chart("investment", t.t("data.charts.investment"))}
          </Buttons>
          {status("charts")}
        </Section>
      ),
    },
    {
      id: "explain",
      label: t.t("data.tab.explain"),
      render: () => (
        <Suspense fallback={<Busy label={t.t("data.loading")} />}>
          <ExplainSelection store={bench.store} bench={bench} />
        </Suspense>
      ),
    },
    { id: "about", label: t.t("data.tab.about"), render: () => <About snapshot={snapshot} /> },
  ];

  // The one next step for this workbook: insert the data, or, once our tables are in, refresh it.
  const primary = hasTables
    ? {
        label: t.t("data.next.refresh"),
        note: t.t("data.next.refreshNote", { asOf: t.day(asOf) }),
        act: () => void refresh("start"),
      }
    : {
        label: t.t("data.next.insert"),
        note: t.t("data.next.insertNote"),
        act: () => void insertAll("start"),
      };

  return (
    <div className={styles.root}>
      <FirstRun />
      <NewerNotice
        url={readSettings(bench.settings).datasetUrl ?? defaultDatasetUrl(bench.baseUrl)}
        inForce={snapshot.dataset}
      />
      <section
        aria-label={t.t("data.next.label")}
        className={styles.primary}
        data-testid="primary-action"
      >
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
      <Tabs label={t.t("data.tabs.label")} idPrefix="kzuz" tabs={tabs} />
    </div>
  );
}
