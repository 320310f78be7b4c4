import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { DatasetSnapshot } from "../data/store";
import { readSettings } from "../office/settings";
import { defaultDatasetUrl } from "../data/url";
import type { Workbench } from "../excel/workbench";
import { About } from "./About";
import { FirstRun } from "./FirstRun";
import { useT } from "./i18n";
import { ActionButton, usePaneActions } from "./paneActions";
import { Buttons } from "./Section";
import { Tabs, type Tab } from "./Tabs";
import { NewerNotice } from "./data/NewerNotice";
import { ChartsTab } from "./tabs/ChartsTab";
import { DataTab } from "./tabs/DataTab";
import { ExplainTab } from "./tabs/ExplainTab";
import { FormulasTab } from "./tabs/FormulasTab";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  primary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { margin: 0 },
});

/**
 * The pane inside Excel: what the data is, the one next step, then the sections, one file each
 * (./tabs). Every action goes through one table with one busy lock (./paneActions).
 */
export function ExcelPane({ bench, snapshot }: { bench: Workbench; snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const t = useT();
  const actions = usePaneActions(bench, snapshot);
  const hasTables = Object.keys(readSettings(bench.settings).tableIds).length > 0;

  const tabs: Tab[] = [
    {
      id: "data",
      label: t.t("data.tab.data"),
      render: () => (
        <DataTab bench={bench} snapshot={snapshot} actions={actions} hasTables={hasTables} />
      ),
    },
    {
      id: "formulas",
      label: t.t("data.tab.formulas"),
      render: () => <FormulasTab bench={bench} />,
    },
    { id: "charts", label: t.t("data.tab.charts"), render: () => <ChartsTab actions={actions} /> },
    { id: "explain", label: t.t("data.tab.explain"), render: () => <ExplainTab bench={bench} /> },
    { id: "about", label: t.t("data.tab.about"), render: () => <About snapshot={snapshot} /> },
  ];

  // The one next step for this workbook: insert the data, or, once our tables are in, refresh it.
  const primary = hasTables
    ? {
        label: t.t("data.next.refresh"),
        note: t.t("data.next.refreshNote", { asOf: t.day(snapshot.dataset.asOf) }),
        start: () => actions.refresh("start"),
      }
    : {
        label: t.t("data.next.insert"),
        note: t.t("data.next.insertNote"),
        start: () => actions.insertAll("start"),
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
          <ActionButton
            actions={actions}
            appearance="primary"
            start={primary.start}
            label={primary.label}
          />
        </Buttons>
        <Caption1 as="p" className={styles.note}>
          {primary.note}
        </Caption1>
        {actions.status("start")}
      </section>
      <Tabs label={t.t("data.tabs.label")} idPrefix="kzuz" tabs={tabs} />
    </div>
  );
}
