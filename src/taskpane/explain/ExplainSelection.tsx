/**
 * Explain this cell: follows the selection and says what the selected cell's KZUZ figure is,
 * the record it comes from and its sources, with links. Loaded when first opened.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Source } from "../../data/schema";
import type { DatasetStore } from "../../data/store";
import type { Workbench } from "../../excel/workbench";
import { readSettings } from "../../office/settings";
import { Busy } from "../Busy";
import { TextLink } from "../TextLink";
import { useSnapshot } from "../useSnapshot";
import { useCatalogue } from "../formulas/useCatalogue";
import type { ValueText } from "../formulas/valueText";
import { explainCell, type ArgText, type CallExplanation, type Explanation } from "./explain";
import { useSelectedCell } from "./useSelectedCell";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  fields: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(6em, max-content) 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    "& dd": { margin: 0, overflowWrap: "anywhere" },
    "& dt": { fontWeight: tokens.fontWeightSemibold },
  },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const SHOWN_SOURCES = 8;

function Fields({ items }: { items: readonly ArgText[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.fields}>
      {items.map((f, i) => (
        <div key={`${i}-${f.label}`} style={{ display: "contents" }}>
          <dt>{f.label}</dt>
          <dd>{f.text}</dd>
        </div>
      ))}
    </dl>
  );
}

function SourceItem({ source }: { source: Source }) {
  const label = [source.publisher, `“${source.title}”`, source.date].filter(Boolean).join(", ");
  return (
    <li>
      {label}
      {source.url && (
        <>
          {" "}
          <TextLink href={source.url} target="_blank" rel="noreferrer" aria-label={`Open ${label}`}>
            (open)
          </TextLink>
        </>
      )}
      {!source.url && source.httpUrl && ` (not secure, not linked: ${source.httpUrl})`}
    </li>
  );
}

function Sources({ sources }: { sources: readonly Source[] }) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  if (sources.length === 0) return <Text>No source is recorded for it.</Text>;
  const shown = all ? sources : sources.slice(0, SHOWN_SOURCES);
  return (
    <div className={styles.block}>
      <Text weight="semibold">
        {sources.length === 1 ? "Source" : `Sources (${sources.length})`}
      </Text>
      <ul className={styles.list}>
        {shown.map((s) => (
          <SourceItem key={s.id} source={s} />
        ))}
      </ul>
      {shown.length < sources.length && (
        <Button size="small" onClick={() => setAll(true)}>
          {`Show all ${sources.length} sources`}
        </Button>
      )}
    </div>
  );
}

function Answer({ answer }: { answer: ValueText }) {
  const styles = useStyles();
  if (answer.kind === "error")
    return <Text className={styles.error}>{`${answer.code} ${answer.message}`}</Text>;
  return (
    <>
      <Text>{answer.text}</Text>
      {answer.note && <Caption1>{answer.note}</Caption1>}
    </>
  );
}

function Call({ call }: { call: CallExplanation }) {
  const styles = useStyles();
  return (
    <section className={styles.block} aria-label={`KZUZ.${call.name}`}>
      <Text as="h3" weight="semibold" size={300}>
        <span className={styles.code}>{call.text}</span>
      </Text>
      {call.description && <Caption1>{call.description}</Caption1>}
      {call.helpUrl && (
        <TextLink href={call.helpUrl} target="_blank" rel="noreferrer">
          {`How KZUZ.${call.name} works (help)`}
        </TextLink>
      )}
      {call.args.length > 0 && <Fields items={call.args} />}
      {call.answer && <Answer answer={call.answer} />}
      {call.why && <Text>{call.why}</Text>}
      {call.records.length > 0 && (
        <div className={styles.block}>
          <Text weight="semibold">
            {call.records.length === 1 ? "From the record" : "From the records"}
          </Text>
          <ul className={styles.list}>
            {call.records.map((r) => (
              <li key={r.id}>{`${r.name} (${r.table}, ${r.id})`}</li>
            ))}
          </ul>
        </div>
      )}
      {call.answer?.kind === "value" && <Sources sources={call.sources} />}
    </section>
  );
}

function shownValue(value: unknown): string {
  return value === "" || value === null || value === undefined ? "nothing" : String(value);
}

function Explained({ explanation }: { explanation: Explanation }) {
  const styles = useStyles();
  switch (explanation.kind) {
    case "none":
      return (
        <Text>
          {`${explanation.address} holds no KZUZ formula and is not in a KZUZ table. Select a cell with a =KZUZ formula, or a row of a KZUZ table such as KZUZ_Projects, to see where its figure comes from.`}
        </Text>
      );
    case "formula":
      return (
        <div className={styles.root}>
          <Text>{`${explanation.address} shows ${shownValue(explanation.shown)}.`}</Text>
          {explanation.spilledFrom && (
            <Text>{`It is part of the table the formula in ${explanation.spilledFrom} spills.`}</Text>
          )}
          {explanation.calls.map((call, i) => (
            <Call key={`${i}-${call.text}`} call={call} />
          ))}
        </div>
      );
    case "row":
      return (
        <div className={styles.root}>
          <Text as="h3" weight="semibold" size={300}>
            {`${explanation.table.title}: ${explanation.name}`}
          </Text>
          <Caption1>{`${explanation.address} is in a row of ${explanation.table.tableName}.`}</Caption1>
          {explanation.stale && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{explanation.stale}</MessageBarBody>
            </MessageBar>
          )}
          <Fields items={explanation.fields} />
          {!explanation.stale && <Sources sources={explanation.sources} />}
        </div>
      );
  }
}

/** What the selected cell holds and where it comes from, following the selection. */
export function ExplainSelection({
  store,
  bench,
}: {
  store: DatasetStore;
  bench: Workbench;
}): JSX.Element {
  const styles = useStyles();
  const snapshot = useSnapshot(store);
  const catalogue = useCatalogue(bench.baseUrl);
  const { state, following, reread } = useSelectedCell(bench);
  const functions = catalogue.kind === "ready" ? catalogue.functions : undefined;
  const explanation = useMemo(
    () =>
      state.kind === "ready"
        ? explainCell(snapshot, state.cell, functions, readSettings(bench.settings).tableIds)
        : undefined,
    [state, snapshot, functions, bench.settings]
  );
  return (
    <div className={styles.root}>
      {!following && (
        <div>
          <Button onClick={reread}>Explain the selected cell</Button>
          <Caption1 as="p">
            This version of Excel does not report selection changes: select a cell, then press the
            button.
          </Caption1>
        </div>
      )}
      <div role="status" aria-live="polite" className={styles.root}>
        {state.kind === "reading" && <Busy label="Reading the selected cell…" />}
        {state.kind === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        )}
        {explanation && <Explained explanation={explanation} />}
      </div>
    </div>
  );
}

export default ExplainSelection;
