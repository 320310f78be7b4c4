import {
  FluentProvider,
  Spinner,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { detectHost, type HostState } from "../excel/host";
import { NotInExcel } from "./NotInExcel";
import { ExcelPane } from "./ExcelPane";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

function prefersDark(): boolean {
  return (
    typeof window !== "undefined" &&
    typeof window.matchMedia === "function" &&
    window.matchMedia("(prefers-color-scheme: dark)").matches
  );
}

/** The task pane: finds out where it runs, then shows the Excel pane or says how to open it in Excel. */
export function App({ detect = detectHost }: { detect?: () => Promise<HostState> }) {
  const [host, setHost] = useState<HostState | undefined>(undefined);
  const styles = useStyles();
  useEffect(() => {
    let live = true;
    void detect().then((state) => live && setHost(state));
    return () => {
      live = false;
    };
  }, [detect]);
  return (
    <FluentProvider theme={prefersDark() ? webDarkTheme : webLightTheme}>
      <main className={styles.root}>
        <Title2 as="h1">KZUZ for Excel</Title2>
        {host === undefined ? (
          <Spinner label="Connecting to Excel…" />
        ) : host.kind === "excel" ? (
          <ExcelPane />
        ) : (
          <NotInExcel host={host} />
        )}
      </main>
    </FluentProvider>
  );
}
