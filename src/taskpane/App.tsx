import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Busy } from "./Busy";
import { useMemo } from "react";
import { sharedStore } from "../data/shared";
import type { DatasetStore } from "../data/store";
import { detectHost, type HostState } from "../office/host";
import { useHost } from "./useHost";
import { documentSettings } from "../office/settings";
import type { Workbench } from "../excel/workbench";
import { ExcelPane } from "./ExcelPane";
import { NotInExcel } from "./NotInExcel";
import { Preview } from "./Preview";
import { ProgressSummary } from "./ProgressSummary";
import { DatasetSummary } from "./DatasetSummary";
import { ErrorBoundary } from "./ErrorBoundary";
import { THEMES, themeName } from "./theme";
import { useSnapshot } from "./useSnapshot";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export interface AppProps {
  detect?: () => Promise<HostState>;
  /** The page's dataset store (installed by the functions bundle, which loads first). */
  store?: DatasetStore;
  /** How to run a batch against the workbook; Excel.run in the add-in. */
  run?: Workbench["run"];
}

function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

function Content({
  host,
  store,
  run,
}: {
  host: HostState;
  store: DatasetStore;
  run: Workbench["run"];
}) {
  const snapshot = useSnapshot(store);
  const bench = useMemo<Workbench>(
    () => ({ store, run, settings: documentSettings(), baseUrl: document.baseURI }),
    [store, run]
  );
  if (host.kind === "excel") return <ExcelPane bench={bench} snapshot={snapshot} />;
  return (
    <>
      <NotInExcel host={host} />
      <DatasetSummary snapshot={snapshot} />
      <ProgressSummary snapshot={snapshot} />
      <Preview snapshot={snapshot} />
    </>
  );
}

/** The task pane: finds out where it runs, then shows the Excel pane, or a read-only preview with how to open it in Excel. */
export function App({ detect = detectHost, store = sharedStore(), run = excelRun }: AppProps) {
  const host = useHost(detect);
  const styles = useStyles();
  return (
    <FluentProvider theme={THEMES[themeName()]}>
      <main className={styles.root}>
        <Title2 as="h1">KZUZ for Excel</Title2>
        <ErrorBoundary>
          {!store ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                The add-in&apos;s data did not load (functions.js). Close and reopen the pane; if it
                persists, reinstall the add-in.
              </MessageBarBody>
            </MessageBar>
          ) : host === undefined ? (
            <Busy label="Connecting to Excel…" />
          ) : (
            <Content host={host} store={store} run={run} />
          )}
        </ErrorBoundary>
      </main>
    </FluentProvider>
  );
}
