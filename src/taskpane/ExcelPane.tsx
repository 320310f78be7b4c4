import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { DatasetSnapshot } from "../data/store";
import { checkDatasetUrl } from "../data/url";
import { TABLES } from "../data/views";
import { readSettings, writeSettings } from "../office/settings";
import {
  buildChart,
  defaultDatasetUrl,
  insertTables,
  refreshDataset,
  type Outcome,
  type Workbench,
} from "../excel/workbench";
import { Busy } from "./Busy";
import { DatasetSummary } from "./DatasetSummary";
import { ProgressSummary } from "./ProgressSummary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  label: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // A native input in Fluent's colours: Fluent's Input adds 4 KB to the bundle for the same job.
  input: {
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
    ":disabled": {
      color: tokens.colorNeutralForegroundDisabled,
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
    },
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** An action's progress and result, announced to screen readers. */
function Status({ busy, outcome }: { busy?: string; outcome?: Outcome }) {
  return (
    <div role="status" aria-live="polite">
      {busy && <Busy label={busy} />}
      {!busy && outcome && (
        <MessageBar intent={outcome.ok ? "success" : "error"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{outcome.ok ? "Done" : "Not done"}</MessageBarTitle>
            {outcome.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** The dataset address: saved in the workbook, checked before it is saved. */
function DatasetAddress({ bench, disabled }: { bench: Workbench; disabled: boolean }) {
  const styles = useStyles();
  const saved = readSettings(bench.settings).datasetUrl;
  const [text, setText] = useState(saved ?? "");
  const [problem, setProblem] = useState<string>();
  const [note, setNote] = useState<string>();
  const save = async (value: string) => {
    setNote(undefined);
    if (value.trim() !== "") {
      const checked = checkDatasetUrl(value.trim());
      if (!checked.ok) return setProblem(checked.error.message);
    }
    setProblem(undefined);
    const okSaved = await writeSettings(bench.settings, { datasetUrl: value.trim() || undefined });
    setText(value.trim());
    setNote(okSaved ? "Saved in this workbook." : "Could not save the address in this workbook.");
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(text);
      }}
    >
      <div className={styles.field}>
        <label htmlFor="kzuz-dataset-url" className={styles.label}>
          Dataset address (leave empty for the add-in&apos;s own copy)
        </label>
        <input
          id="kzuz-dataset-url"
          className={styles.input}
          type="url"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="https://…"
          disabled={disabled}
          aria-describedby="kzuz-dataset-url-hint kzuz-dataset-url-message"
          aria-invalid={problem ? true : undefined}
        />
        <Caption1 id="kzuz-dataset-url-hint">Default: {defaultDatasetUrl(bench.baseUrl)}</Caption1>
        <Caption1
          id="kzuz-dataset-url-message"
          role={problem ? "alert" : undefined}
          className={problem ? styles.error : undefined}
        >
          {problem ?? note}
        </Caption1>
      </div>
      <div style={{ marginTop: tokens.spacingVerticalS }}>
        <Button type="submit" disabled={disabled}>
          Save address
        </Button>
      </div>
    </form>
  );
}

/** A titled group of actions, labelled by its heading for screen readers. */
function ActionSection({
  id,
  title,
  note,
  children,
}: {
  id: string;
  title: string;
  note: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section aria-labelledby={`kzuz-${id}-heading`} className={styles.section}>
      <Text as="h2" id={`kzuz-${id}-heading`} weight="semibold" size={400}>
        {title}
      </Text>
      <Caption1 as="p">{note}</Caption1>
      {children}
    </section>
  );
}

/** The pane inside Excel: the dataset, its progress, and the actions on the workbook. */
export function ExcelPane({ bench, snapshot }: { bench: Workbench; snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const [busy, setBusy] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const act = async (label: string, action: () => Promise<Outcome>) => {
    if (busy) return;
    setBusy(label);
    setOutcome(undefined);
    const result = await action();
    setBusy(undefined);
    setOutcome(result);
  };
  const disabled = busy !== undefined;
  return (
    <div className={styles.root}>
      <DatasetSummary snapshot={snapshot} />
      <ProgressSummary snapshot={snapshot} />
      <Status busy={busy} outcome={outcome} />
      <ActionSection
        id="insert"
        title="Insert as Excel tables"
        note="Each part goes on its own sheet as a named table, e.g. KZUZ_Projects. Inserting again updates it."
      >
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            disabled={disabled}
            onClick={() =>
              void act("Inserting all tables…", () =>
                insertTables(
                  bench,
                  TABLES.map((t) => t.key)
                )
              )
            }
          >
            Insert all tables
          </Button>
          {TABLES.map((part) => (
            <Button
              key={part.key}
              disabled={disabled}
              aria-label={`Insert the ${part.label} table`}
              onClick={() =>
                void act(`Inserting ${part.label}…`, () => insertTables(bench, [part.key]))
              }
            >
              {part.label}
            </Button>
          ))}
        </div>
      </ActionSection>
      <ActionSection
        id="refresh"
        title="Refresh"
        note="Downloads the dataset, checks it, then updates the tables in place and every KZUZ formula. If anything fails, nothing changes."
      >
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            disabled={disabled}
            onClick={() => void act("Refreshing the dataset…", () => refreshDataset(bench))}
          >
            Refresh
          </Button>
        </div>
        <DatasetAddress bench={bench} disabled={disabled} />
      </ActionSection>
      <ActionSection
        id="charts"
        title="Charts"
        note="Native Excel charts on the KZUZ Dashboard sheet, with the key figures as KZUZ formulas. The trade chart reads the Trade table: insert it first. Building again replaces a chart."
      >
        <div className={styles.buttons}>
          <Button
            disabled={disabled}
            onClick={() => void act("Building the trade chart…", () => buildChart(bench, "trade"))}
          >
            Build trade chart
          </Button>
          <Button
            disabled={disabled}
            onClick={() =>
              void act("Building the investment chart…", () => buildChart(bench, "investment"))
            }
          >
            Build investment chart
          </Button>
        </div>
      </ActionSection>
    </div>
  );
}
