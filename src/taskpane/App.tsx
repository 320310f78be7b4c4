import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo } from "react";
import { sharedStore } from "../data/shared";
import type { DatasetStore } from "../data/store";
import type { Workbench } from "../excel/workbench";
import { completeActiveLang } from "../i18n/active";
import { detectHost, type HostState } from "../office/host";
import { useHost } from "./useHost";
import { documentSettings } from "../office/settings";
import { activeTranslator } from "../i18n/active";
import { officeTag } from "../i18n/locales";
import { cardsWanted } from "./data/cardsChoice";
import { Announcer } from "./Announcer";
import { Busy } from "./Busy";
import { ErrorBoundary } from "./ErrorBoundary";
import { Header } from "./Header";
import { LanguageProvider, useT } from "./i18n";
import { THEMES, themeName } from "./theme";
import { afterPaint } from "./staged";
import { useSnapshot } from "./useSnapshot";
import { loadedView, loadExcelPane, loadOutside } from "./views";

// Each view is its own chunk, fetched at start for the likely one (./views, index.tsx), so
// neither view carries the other.
const ExcelPane = lazy(() => loadExcelPane().then((m) => ({ default: m.ExcelPane })));
const OutsideExcel = lazy(() => loadOutside().then((m) => ({ default: m.OutsideExcel })));

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    // Spacing comes from the flex gaps; browsers' heading margins would double it.
    "& h1, & h2, & h3": { marginTop: 0, marginBottom: 0 },
  },
});

interface AppProps {
  detect?: () => Promise<HostState>;
  /** Where the page runs, when the page knew it before the first render. */
  initialHost?: HostState;
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
  host: HostState | undefined;
  store: DatasetStore;
  run: Workbench["run"];
}) {
  const t = useT();
  const snapshot = useSnapshot(store);
  // The first screen is up once a view shows: then the rest of the messages are fetched (the
  // other tabs, the actions' words; src/i18n/translator.ts), not before, so they never delay it.
  const shown = host !== undefined;
  useEffect(() => {
    if (!shown) return;
    // A User Timing mark (local to the page, read by the browser tests and the bench).
    if (typeof performance !== "undefined" && typeof performance.mark === "function")
      performance.mark("kzuz-first-screen");
    afterPaint(() => void completeActiveLang());
  }, [shown]);
  // The likely view's chunk is normally here before the first render: it is drawn at once.
  const Excel = loadedView("excel")?.ExcelPane;
  const Outside = loadedView("outside")?.OutsideExcel;
  // The workbook's settings are read each time they are used: Office.context exists only once
  // Office has initialised (after Office.onReady), which comes after this first render.
  // https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in
  const bench = useMemo<Workbench>(
    () => ({
      store,
      run,
      get settings() {
        return documentSettings();
      },
      // Read at each action: the switch and the language may change while the pane is open.
      get cards() {
        const lang = activeTranslator().lang;
        return { wanted: cardsWanted(), lang, culture: officeTag(lang) };
      },
      baseUrl: document.baseURI,
    }),
    [store, run]
  );
  return (
    <>
      <Header snapshot={snapshot} help={host?.kind === "excel"} />
      {host === undefined ? (
        <Busy label={t.t("shell.app.connecting")} />
      ) : host.kind === "excel" ? (
        Excel ? (
          <Excel bench={bench} snapshot={snapshot} />
        ) : (
          <Suspense fallback={<Busy label={t.t("shell.app.connecting")} />}>
            <ExcelPane bench={bench} snapshot={snapshot} />
          </Suspense>
        )
      ) : Outside ? (
        <Outside host={host} snapshot={snapshot} />
      ) : (
        <Suspense fallback={<Busy label={t.t("shell.app.loadingPreview")} />}>
          <OutsideExcel host={host} snapshot={snapshot} />
        </Suspense>
      )}
    </>
  );
}

/** The functions bundle, which holds the data, did not load: say what to do. */
function NoData() {
  const t = useT();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{t.t("shell.app.noData")}</MessageBarBody>
    </MessageBar>
  );
}

/** The task pane: finds out where it runs, then shows the Excel pane, or a read-only preview with how to get it into Excel. */
export function App({
  detect = detectHost,
  initialHost,
  store = sharedStore(),
  run = excelRun,
}: AppProps) {
  const host = useHost(detect, initialHost);
  const styles = useStyles();
  return (
    <LanguageProvider>
      <FluentProvider theme={THEMES[themeName()]}>
        <Announcer>
          <main className={styles.root}>
            <ErrorBoundary>
              {!store ? <NoData /> : <Content host={host} store={store} run={run} />}
            </ErrorBoundary>
          </main>
        </Announcer>
      </FluentProvider>
    </LanguageProvider>
  );
}
