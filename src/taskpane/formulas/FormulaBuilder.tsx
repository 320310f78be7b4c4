/**
 * The formula builder: choose a KZUZ function, fill its arguments from the data, see the answer
 * (computed by the functions' own code) and insert the formula into the selected cell. Outside
 * Excel it shows the formula to copy. Loaded when first opened, so none of this weighs on the
 * pane's start.
 */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { DatasetSnapshot, DatasetStore } from "../../data/store";
import { insertFormula, type InsertResult } from "../../excel/insert-formula";
import { WORKBOOK_SET, isSupported } from "../../excel/requirements";
import type { Workbench } from "../../excel/workbench";
import type { FunctionInfo } from "../../functions/catalogue";
import { formulaText, type Literal } from "../../functions/formula";
import { Busy } from "../Busy";
import { TextLink } from "../TextLink";
import { useSnapshot } from "../useSnapshot";
import { ArgumentField } from "./ArgumentField";
import { literalFor, paramLabel } from "./choices";
import { useCatalogue } from "./useCatalogue";
import { describeValue } from "./valueText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    width: "100%",
    boxSizing: "border-box",
  },
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface FormulaBuilderProps {
  store: DatasetStore;
  /** The workbook to insert into; absent outside Excel, where the formula is shown to copy. */
  bench?: Workbench;
}

type Status =
  | { kind: "busy" }
  | { kind: "done"; ok: boolean; message: string }
  | { kind: "confirm"; address: string; content: string };

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/\s+/g, " ")
    .slice(0, 300);
}

function outcomeOf(result: InsertResult, formula: string): Status {
  switch (result.kind) {
    case "written":
      return { kind: "done", ok: true, message: `Inserted ${formula} into ${result.address}.` };
    case "occupied":
      return { kind: "confirm", address: result.address, content: result.content };
    case "moved":
      return {
        kind: "done",
        ok: false,
        message: `The selection moved to ${result.address}, so nothing was written. Insert again to write into ${result.address}.`,
      };
  }
}

function Builder({
  functions,
  snapshot,
  bench,
}: {
  functions: readonly FunctionInfo[];
  snapshot: DatasetSnapshot;
  bench?: Workbench;
}) {
  const styles = useStyles();
  const formulaId = useId();
  const [id, setId] = useState(functions[0].id);
  // Each function keeps its own arguments while the user looks at another.
  const [typed, setTyped] = useState<Record<string, Record<string, string>>>({});
  const [status, setStatus] = useState<Status>();
  const fn = functions.find((f) => f.id === id) ?? functions[0];
  const values = typed[fn.id] ?? {};
  const setValue = (name: string, value: string) => {
    setStatus(undefined);
    setTyped((all) => ({ ...all, [fn.id]: { ...all[fn.id], [name]: value } }));
  };

  const literals: (Literal | undefined)[] = fn.params.map((p) =>
    literalFor(p.kind, values[p.name] ?? "")
  );
  let formula: string | undefined;
  let problem: string | undefined;
  try {
    formula = formulaText(fn.id, literals);
  } catch (error) {
    problem = reason(error);
  }
  const missing = fn.params.filter((p, i) => !p.optional && literals[i] === undefined);
  const args = literals.map((l) => l ?? null);
  const argOfKind = (kind: string) => args[fn.params.findIndex((p) => p.kind === kind)];
  const preview =
    fn.binding && missing.length === 0
      ? describeValue(fn.binding.evaluate(snapshot, args), fn.binding.result, {
          unit: argOfKind("unit"),
          headers: argOfKind("headers"),
        })
      : undefined;

  const insert = async (replace?: string) => {
    if (!bench || !formula) return;
    if (!isSupported(WORKBOOK_SET, bench.supports)) {
      setStatus({
        kind: "done",
        ok: false,
        message: `This version of Excel cannot insert into the selected cell (it lacks ${WORKBOOK_SET.set} ${WORKBOOK_SET.version}). Copy the formula above into the cell instead.`,
      });
      return;
    }
    const text = formula;
    setStatus({ kind: "busy" });
    try {
      const result = await bench.run((context) => insertFormula(context, text, replace));
      setStatus(outcomeOf(result, text));
    } catch (error) {
      setStatus({
        kind: "done",
        ok: false,
        message: `Excel could not write the formula: ${reason(error)}. Nothing was changed; check that the sheet is not protected and try again.`,
      });
    }
  };
  const copy = async () => {
    if (!formula) return;
    try {
      await navigator.clipboard.writeText(formula);
      setStatus({ kind: "done", ok: true, message: "Copied. Paste it into a cell in Excel." });
    } catch {
      setStatus({
        kind: "done",
        ok: false,
        message: "This page may not copy for you: select the formula above and press Ctrl+C.",
      });
    }
  };

  return (
    <div className={styles.root}>
      <Caption1 as="p">
        Choose a function and fill in its arguments; check the answer, then{" "}
        {bench ? "insert the formula into the selected cell." : "copy the formula into Excel."}
      </Caption1>
      <Field label="Function" hint={fn.description}>
        <Dropdown
          value={`KZUZ.${fn.id}`}
          selectedOptions={[fn.id]}
          onOptionSelect={(_, data) => {
            if (data.optionValue) {
              setId(data.optionValue);
              setStatus(undefined);
            }
          }}
        >
          {functions.map((f) => (
            <Option key={f.id} value={f.id} text={`KZUZ.${f.id}`}>
              {`KZUZ.${f.id}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {fn.helpUrl && (
        <TextLink href={fn.helpUrl} target="_blank" rel="noreferrer">
          {`How KZUZ.${fn.id} works (help)`}
        </TextLink>
      )}
      {fn.params.length === 0 && <Text>This function takes no arguments.</Text>}
      {fn.params.map((p) => (
        <ArgumentField
          key={`${fn.id}.${p.name}`}
          param={p}
          index={snapshot.index}
          value={values[p.name] ?? ""}
          onChange={(v) => setValue(p.name, v)}
        />
      ))}

      <section aria-label="Answer" className={styles.preview}>
        <Text weight="semibold">Answer</Text>
        {missing.length > 0 && (
          <Text>{`Fill in ${missing.map((p) => paramLabel(p.name).toLowerCase()).join(" and ")} to see the answer.`}</Text>
        )}
        {preview?.kind === "value" && (
          <>
            <Text>{preview.text}</Text>
            {preview.note && <Caption1>{preview.note}</Caption1>}
          </>
        )}
        {preview?.kind === "error" && (
          <Text className={styles.error}>{`${preview.code} ${preview.message}`}</Text>
        )}
        {!fn.binding && missing.length === 0 && (
          <Text>The pane cannot preview this function; its answer shows once it is in a cell.</Text>
        )}
      </section>

      <div>
        <label htmlFor={formulaId}>
          <Text weight="semibold">Formula</Text>
        </label>
        <input
          id={formulaId}
          className={styles.formula}
          readOnly
          value={formula ?? ""}
          onFocus={(e) => e.currentTarget.select()}
        />
        {problem && <Caption1 className={styles.error}>{problem}</Caption1>}
      </div>

      <div className={styles.buttons}>
        {bench ? (
          <Button
            appearance="primary"
            disabled={!formula || status?.kind === "busy" || status?.kind === "confirm"}
            onClick={() => void insert()}
          >
            Insert into the selected cell
          </Button>
        ) : (
          <Button appearance="primary" disabled={!formula} onClick={() => void copy()}>
            Copy the formula
          </Button>
        )}
      </div>

      <div role="status" aria-live="polite">
        {status?.kind === "busy" && <Busy label="Inserting the formula…" />}
        {status?.kind === "done" && (
          <MessageBar intent={status.ok ? "success" : "error"} layout="multiline">
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        )}
        {status?.kind === "confirm" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {`${status.address} already holds ${status.content}. Replace it with the formula?`}
              <div className={styles.buttons} style={{ marginTop: tokens.spacingVerticalS }}>
                <Button appearance="primary" onClick={() => void insert(status.address)}>
                  {`Replace ${status.address}`}
                </Button>
                <Button onClick={() => setStatus(undefined)}>Keep it</Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}

/** The formula builder, with the list of functions read from the add-in's functions.json. */
export function FormulaBuilder({ store, bench }: FormulaBuilderProps): JSX.Element {
  const snapshot = useSnapshot(store);
  const catalogue = useCatalogue(bench?.baseUrl ?? document.baseURI);
  if (catalogue.kind === "loading") return <Busy label="Loading the KZUZ functions…" />;
  if (catalogue.kind === "failed")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{catalogue.message}</MessageBarBody>
      </MessageBar>
    );
  return <Builder functions={catalogue.functions} snapshot={snapshot} bench={bench} />;
}

export default FormulaBuilder;
