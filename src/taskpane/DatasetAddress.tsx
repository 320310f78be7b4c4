import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { checkDatasetUrl } from "../data/url";
import { defaultDatasetUrl } from "../data/url";
import type { Workbench } from "../excel/workbench";
import { readSettings, writeSettings } from "../office/settings";
import { useT } from "./i18n";

const useStyles = makeStyles({
  hint: { overflowWrap: "anywhere" },
  submit: { marginTop: tokens.spacingVerticalS },
});

/**
 * Where Refresh downloads from: saved in the workbook, checked before it is saved. Fluent's Field
 * wires the label, hint, error and aria-invalid; this form is loaded only when first opened, so
 * Field and Input cost nothing at start.
 */
export function DatasetAddress({ bench, disabled }: { bench: Workbench; disabled: boolean }) {
  const styles = useStyles();
  const t = useT();
  const saved = readSettings(bench.settings).datasetUrl;
  const [text, setText] = useState(saved ?? "");
  const [problem, setProblem] = useState<string>();
  const [note, setNote] = useState<{ ok: boolean; text: string }>();
  const save = async (value: string) => {
    setNote(undefined);
    if (value.trim() !== "") {
      const checked = checkDatasetUrl(value.trim());
      // The data layer's error, in the pane's language once its catalogue id lands.
      if (!checked.ok) return setProblem(t.text(checked.error));
    }
    setProblem(undefined);
    const okSaved = await writeSettings(bench.settings, { datasetUrl: value.trim() || undefined });
    setText(value.trim());
    setNote(
      okSaved
        ? { ok: true, text: t.t("data.address.saved") }
        : { ok: false, text: t.t("data.address.notSaved") }
    );
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(text);
      }}
    >
      <Field
        label={t.t("data.address.label")}
        hint={{
          className: styles.hint,
          children: t.t("data.address.hint", { url: defaultDatasetUrl(bench.baseUrl) }),
        }}
        validationState={problem ? "error" : note ? (note.ok ? "success" : "warning") : "none"}
        validationMessage={problem ?? note?.text}
      >
        <Input
          type="url"
          value={text}
          onChange={(_, data) => setText(data.value)}
          placeholder="https://…"
          disabled={disabled}
        />
      </Field>
      <Button type="submit" disabled={disabled} className={styles.submit}>
        {t.t("data.address.save")}
      </Button>
    </form>
  );
}
