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
  OptionGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { DatasetSnapshot, DatasetStore } from "../../data/store";
import { decimalSeparator } from "../../excel/culture";
import { insertFormula, type Confirmed, type InsertResult } from "../../excel/insert-formula";
import { WORKBOOK_SET, isSupported } from "../../excel/requirements";
import type { Workbench } from "../../excel/workbench";
import type { FunctionInfo } from "../../formulas/catalogue";
import { formulaText, separatorsFor, type Literal, type Separators } from "../../formulas/formula";
import { helpHref } from "../../i18n/help";
import type { Lang } from "../../i18n/locales";
import type { Translator } from "../../i18n/translator";
import { Busy } from "../Busy";
import { markStepDone } from "../firstRunMemory";
import { TextLink } from "../TextLink";
import { useT } from "../i18n";
import type { PaneActions } from "../paneActions";
import { useSnapshot } from "../useSnapshot";
import { ArgumentField } from "./ArgumentField";
import { FREE_KINDS, checkName, literalFor, paramLabel } from "./choices";
import { groupFunctions, oneLine, type GroupId } from "./groups";
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
  option: { display: "flex", flexDirection: "column", minWidth: 0, overflow: "hidden" },
  // One line under the name; the whole description is the field's hint once chosen.
  optionLine: {
    display: "block",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground2,
  },
  optionName: { fontFamily: tokens.fontFamilyMonospace },
});

const GROUP_LABELS = {
  figures: "formulas.group.figures",
  lists: "formulas.group.lists",
  trade: "formulas.group.trade",
  sources: "formulas.group.sources",
} as const satisfies Record<GroupId, string>;

/**
 * The separators the user types formulas with: Excel's own where it says (its decimal
 * separator, ExcelApi 1.11), else those that go with the pane language's decimal separator.
 */
function useSeparators(t: Translator, bench?: Workbench): Separators {
  const decimal =
    new Intl.NumberFormat(t.tag).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
  const [excel, setExcel] = useState<string>();
  useEffect(() => {
    if (!bench) return;
    let live = true;
    bench
      .run((context) => decimalSeparator(context, bench.supports))
      .then((found) => {
        if (live && found) setExcel(found);
      })
      // Excel could not say: the language's separators stand.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [bench]);
  return separatorsFor(excel ?? decimal);
}

/** The pane's one busy lock: Insert waits while another action runs, and holds it meanwhile. */
type Lock = Pick<PaneActions, "disabled" | "hold">;

export interface FormulaBuilderProps {
  store: DatasetStore;
  /** The workbook to insert into; absent outside Excel, where the formula is shown to copy. */
  bench?: Workbench;
  /** The pane's busy lock, where there is a pane with actions (in Excel). */
  lock?: Lock;
}

type Status =
  | { kind: "busy" }
  | { kind: "done"; ok: boolean; message: string }
  | { kind: "confirm"; address: string; content: string };

/** "query", "query and unit": the missing arguments as the language lists them. */
function listOf(items: string[], t: Translator): string {
  return new Intl.ListFormat(t.tag, { type: "conjunction" }).format(items);
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/\s+/g, " ")
    .slice(0, 300);
}

function outcomeOf(result: InsertResult, formula: string, t: Translator): Status {
  switch (result.kind) {
    case "written":
      return {
        kind: "done",
        ok: true,
        message: t.t("formulas.insert.done", { formula, address: result.address }),
      };
    case "occupied":
      return { kind: "confirm", address: result.address, content: result.content };
    case "moved":
      return {
        kind: "done",
        ok: false,
        message: t.t("formulas.insert.moved", { address: result.address }),
      };
  }
}

/**
 * A function's help link, to the help page in the reader's language (help.ru.html#investment):
 * the metadata of every language links to the English page, and the pages share their anchors.
 */
function helpIn(url: string, lang: Lang): string {
  return url.replace(/(^|\/)help\.html(?=#|$)/, (_, slash: string) => slash + helpHref(lang));
}

function Builder({
  functions,
  snapshot,
  bench,
  lock,
}: {
  functions: readonly FunctionInfo[];
  snapshot: DatasetSnapshot;
  bench?: Workbench;
  lock?: Lock;
}) {
  const styles = useStyles();
  const t = useT();
  const formulaId = useId();
  const fillInId = useId();
  const separators = useSeparators(t, bench);
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
  // The formula as Range.formulas takes it (English separators), and as the user types it.
  let formula: string | undefined;
  let local: string | undefined;
  let problem: string | undefined;
  try {
    formula = formulaText(fn.id, literals);
    local = formulaText(fn.id, literals, separators);
  } catch (error) {
    problem = reason(error);
  }
  const missing = fn.params.filter((p, i) => !p.optional && literals[i] === undefined);
  // Names whose field already says what is wrong: the Answer points there, not says it again.
  const wrong = fn.params.filter(
    (p) =>
      FREE_KINDS.has(p.kind) &&
      checkName(p.kind, snapshot.index, values[p.name] ?? "", t)?.kind === "problem"
  );
  const names = (params: typeof fn.params) =>
    listOf(
      params.map((p) => paramLabel(p.name, t).toLocaleLowerCase(t.tag)),
      t
    );
  const args = literals.map((l) => l ?? null);
  const argOfKind = (kind: string) => args[fn.params.findIndex((p) => p.kind === kind)];
  const preview =
    fn.binding && missing.length === 0
      ? describeValue(
          fn.binding.evaluate(snapshot, args),
          fn.binding.result,
          { unit: argOfKind("unit"), headers: argOfKind("headers") },
          t
        )
      : undefined;

  const insert = async (replace?: Confirmed) => {
    if (!bench || !formula) return;
    if (!isSupported(WORKBOOK_SET, bench.supports)) {
      setStatus({
        kind: "done",
        ok: false,
        message: t.t("formulas.insert.unsupported", {
          set: `${WORKBOOK_SET.set} ${WORKBOOK_SET.version}`,
        }),
      });
      return;
    }
    const text = formula;
    const write = () => bench.run((context) => insertFormula(context, text, replace));
    setStatus({ kind: "busy" });
    try {
      // Under the pane's one lock: nothing else writes to the workbook meanwhile.
      const result = lock ? await lock.hold(write) : await write();
      if (!result) {
        setStatus(undefined);
        return;
      }
      setStatus(outcomeOf(result, text, t));
      if (result.kind === "written") markStepDone("formula");
    } catch (error) {
      setStatus({
        kind: "done",
        ok: false,
        message: t.t("formulas.insert.failed", { why: reason(error) }),
      });
    }
  };
  const copy = async () => {
    if (!local) return;
    try {
      await navigator.clipboard.writeText(local);
      setStatus({ kind: "done", ok: true, message: t.t("formulas.copy.done") });
      markStepDone("formula");
    } catch {
      setStatus({
        kind: "done",
        ok: false,
        message: t.t("formulas.copy.failed"),
      });
    }
  };

  return (
    <div className={styles.root}>
      <Caption1 as="p">{t.t(bench ? "formulas.intro.insert" : "formulas.intro.copy")}</Caption1>
      <Field label={t.t("formulas.function.label")} hint={fn.description}>
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
          {groupFunctions(functions).map((group) => (
            <OptionGroup key={group.id} label={t.t(GROUP_LABELS[group.id])}>
              {group.functions.map((f) => (
                <Option key={f.id} value={f.id} text={`KZUZ.${f.id}`}>
                  <span className={styles.option}>
                    <span className={styles.optionName} data-option-name>{`KZUZ.${f.id}`}</span>
                    <Caption1 className={styles.optionLine}>{oneLine(f.description)}</Caption1>
                  </span>
                </Option>
              ))}
            </OptionGroup>
          ))}
        </Dropdown>
      </Field>
      {fn.helpUrl && (
        <TextLink href={helpIn(fn.helpUrl, t.lang)} target="_blank" rel="noreferrer">
          {t.t("formulas.function.help", { name: `KZUZ.${fn.id}` })}
        </TextLink>
      )}
      {fn.params.length === 0 && <Text>{t.t("formulas.function.noArguments")}</Text>}
      {fn.params.map((p) => (
        <ArgumentField
          key={`${fn.id}.${p.name}`}
          param={p}
          index={snapshot.index}
          value={values[p.name] ?? ""}
          onChange={(v) => setValue(p.name, v)}
        />
      ))}

      <section aria-label={t.t("formulas.answer.title")} className={styles.preview}>
        <Text weight="semibold">{t.t("formulas.answer.title")}</Text>
        {missing.length > 0 && (
          <Text id={fillInId}>{t.t("formulas.answer.fillIn", { names: names(missing) })}</Text>
        )}
        {preview?.kind === "value" && (
          <>
            <Text>{preview.text}</Text>
            {preview.note && <Caption1>{preview.note}</Caption1>}
          </>
        )}
        {preview?.kind === "error" &&
          (wrong.length > 0 ? (
            <Text>
              {t.t("formulas.answer.fixAbove", { names: names(wrong), code: preview.code })}
            </Text>
          ) : (
            <Text className={styles.error}>{`${preview.code} ${preview.message}`}</Text>
          ))}
        {!fn.binding && missing.length === 0 && <Text>{t.t("formulas.answer.noPreview")}</Text>}
      </section>

      <div>
        <label htmlFor={formulaId}>
          <Text weight="semibold">{t.t("formulas.formula.label")}</Text>
        </label>
        <input
          id={formulaId}
          className={styles.formula}
          readOnly
          value={local ?? ""}
          onFocus={(e) => e.currentTarget.select()}
        />
        {problem && <Caption1 className={styles.error}>{problem}</Caption1>}
      </div>

      <div className={styles.buttons}>
        {bench && (
          // Not before every required argument is filled in: the Answer says which are missing.
          <Button
            appearance="primary"
            disabledFocusable={
              !formula ||
              missing.length > 0 ||
              lock?.disabled === true ||
              status?.kind === "busy" ||
              status?.kind === "confirm"
            }
            aria-describedby={missing.length > 0 ? fillInId : undefined}
            onClick={() => void insert()}
          >
            {t.t("formulas.insert.button")}
          </Button>
        )}
        <Button
          appearance={bench ? "secondary" : "primary"}
          disabledFocusable={!local || missing.length > 0}
          aria-describedby={missing.length > 0 ? fillInId : undefined}
          onClick={() => void copy()}
        >
          {t.t("formulas.copy.button")}
        </Button>
      </div>
      {separators.list !== "," && (
        <Caption1>{t.t("formulas.copy.separator", { separator: separators.list })}</Caption1>
      )}

      <div role="status" aria-live="polite">
        {status?.kind === "busy" && <Busy label={t.t("formulas.insert.busy")} />}
        {status?.kind === "done" && (
          <MessageBar intent={status.ok ? "success" : "error"} layout="multiline">
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        )}
        {status?.kind === "confirm" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t.t("formulas.insert.occupied", {
                address: status.address,
                content: status.content,
              })}
              <div className={styles.buttons} style={{ marginTop: tokens.spacingVerticalS }}>
                <Button
                  appearance="primary"
                  disabled={lock?.disabled}
                  onClick={() => void insert({ address: status.address, content: status.content })}
                >
                  {t.t("formulas.insert.replace", { address: status.address })}
                </Button>
                <Button onClick={() => setStatus(undefined)}>{t.t("formulas.insert.keep")}</Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}

/**
 * The formula builder, with the list of functions read from the add-in's metadata in the pane's
 * language (functions-<locale>.json; functions.json in English).
 */
export function FormulaBuilder({ store, bench, lock }: FormulaBuilderProps): JSX.Element {
  const t = useT();
  const snapshot = useSnapshot(store);
  const catalogue = useCatalogue(bench?.baseUrl ?? document.baseURI);
  if (catalogue.kind === "loading") return <Busy label={t.t("formulas.catalogue.loading")} />;
  if (catalogue.kind === "failed")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{catalogue.message}</MessageBarBody>
      </MessageBar>
    );
  return <Builder functions={catalogue.functions} snapshot={snapshot} bench={bench} lock={lock} />;
}

export default FormulaBuilder;
