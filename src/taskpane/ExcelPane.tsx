import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { DatasetSnapshot } from "../data/store";
import { readSettings } from "../office/settings";
import { defaultDatasetUrl } from "../data/url";
import type { Workbench } from "../excel/workbench";
import { LOADING, afterFirstScreen } from "./AfterFirstScreen";
import { FirstRun } from "./FirstRun";
import { useT } from "./i18n";
import { ActionButton, usePaneActions } from "./paneActions";
import { Buttons } from "./Section";
import { ChartIcon, ExplainIcon, FormulaIcon, InfoIcon, TableIcon } from "./icons";
import { Tabs, type Tab } from "./Tabs";
import { DataTab } from "./tabs/DataTab";

// Beyond the first screen, in the chunk of its second step (./AfterFirstScreen): the other tabs
// and the notice of a newer dataset (shown only once the messages' rest is here anyway).
const FormulasTab = afterFirstScreen(
  () =>
    import(/* webpackChunkName: "excel-more" */ "./tabs/FormulasTab").then((m) => m.FormulasTab),
  LOADING
);
const ChartsTab = afterFirstScreen(
  () => import(/* webpackChunkName: "excel-more" */ "./tabs/ChartsTab").then((m) => m.ChartsTab),
  LOADING
);
const ExplainTab = afterFirstScreen(
  () => import(/* webpackChunkName: "excel-more" */ "./tabs/ExplainTab").then((m) => m.ExplainTab),
  LOADING
);
const About = afterFirstScreen(
  () => import(/* webpackChunkName: "excel-more" */ "./About").then((m) => m.About),
  LOADING
);
const NewerNotice = afterFirstScreen(() =>
  import(/* webpackChunkName: "excel-more" */ "./data/NewerNotice").then((m) => m.NewerNotice)
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  primary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { margin: 0 },
});

/**
 * The pane inside Excel: "Getting started" on first use, then the sections, one file each (./tabs),
 * the Data tab opening on the one next step. The Data tab is the first screen; the others (and
 * the Data tab below its next step) are the code and messages loaded just after it (./AfterFirstScreen). Every action goes through one table with one busy lock (./paneActions).
 */
export function ExcelPane({ bench, snapshot }: { bench: Workbench; snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const t = useT();
  const actions = usePaneActions(bench, snapshot);
  const hasTables = Object.keys(readSettings(bench.settings).tableIds).length > 0;

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

  // On the Data tab, first: its result shows there, not on every tab.
  const primarySection = (
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
  );

  const tabs: Tab[] = [
    {
      id: "data",
      label: t.t("data.tab.data"),
      icon: <TableIcon />,
      render: () => (
        <DataTab
          bench={bench}
          snapshot={snapshot}
          actions={actions}
          hasTables={hasTables}
          first={primarySection}
        />
      ),
    },
    {
      id: "formulas",
      label: t.t("data.tab.formulas"),
      icon: <FormulaIcon />,
      render: () => <FormulasTab bench={bench} actions={actions} />,
    },
    {
      id: "charts",
      label: t.t("data.tab.charts"),
      icon: <ChartIcon />,
      render: () => <ChartsTab actions={actions} snapshot={snapshot} />,
    },
    {
      id: "explain",
      label: t.t("data.tab.explain"),
      icon: <ExplainIcon />,
      render: () => <ExplainTab bench={bench} />,
    },
    {
      id: "about",
      label: t.t("data.tab.about"),
      icon: <InfoIcon />,
      render: () => <About snapshot={snapshot} />,
    },
  ];

  return (
    <div className={styles.root}>
      <FirstRun hasTables={hasTables} />
      <NewerNotice
        url={readSettings(bench.settings).datasetUrl ?? defaultDatasetUrl(bench.baseUrl)}
        inForce={snapshot.dataset}
      />
      <Tabs label={t.t("data.tabs.label")} idPrefix="kzuz" tabs={tabs} />
    </div>
  );
}
