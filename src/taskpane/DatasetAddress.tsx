import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { checkDatasetUrl } from "../data/url";
import { defaultDatasetUrl, type Workbench } from "../excel/workbench";
import { readSettings, writeSettings } from "../office/settings";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  label: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // A native input in Fluent's colours: Fluent's Field and Input add about 5 KB gzip to the
  // pane's start bundle for the same job.
  input: {
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
    ":disabled": {
      color: tokens.colorNeutralForegroundDisabled,
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
    },
  },
  hint: { overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1 },
  submit: { marginTop: tokens.spacingVerticalS },
});

/** Where Refresh downloads the data from: saved in the workbook, checked before it is saved. */
export function DatasetAddress({ bench, disabled }: { bench: Workbench; disabled: boolean }) {
  const styles = useStyles();
  const saved = readSettings(bench.settings).datasetUrl;
  const [text, setText] = useState(saved ?? "");
  const [problem, setProblem] = useState<string>();
  const [note, setNote] = useState<string>();
  const save = async (value: string) => {
    setNote(undefined);
    if (value.trim() !== "") {
      const checked = checkDatasetUrl(value.trim(), { allowLocalhost: true });
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
          Download address (leave empty for the add-in&apos;s own copy)
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
        <Caption1 id="kzuz-dataset-url-hint" className={styles.hint}>
          The add-in&apos;s own copy: {defaultDatasetUrl(bench.baseUrl)}
        </Caption1>
        <Caption1
          id="kzuz-dataset-url-message"
          role={problem ? "alert" : undefined}
          className={problem ? styles.error : undefined}
        >
          {problem ?? note}
        </Caption1>
      </div>
      <Button type="submit" disabled={disabled} className={styles.submit}>
        Save address
      </Button>
    </form>
  );
}
