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
import { useEffect, useMemo, useState } from "react";
import type { Source } from "../../data/schema";
import type { DatasetStore } from "../../data/store";
import type { Workbench } from "../../excel/workbench";
import { helpHref } from "../../i18n/help";
import type { Translator } from "../../i18n/translator";
import { readSettings } from "../../office/settings";
import { Busy } from "../Busy";
import { markStepDone } from "../firstRunMemory";
import { rich, useT } from "../i18n";
import { partialDate, tableTitle } from "../outside/recordText";
import { TextLink } from "../TextLink";
import { useSnapshot } from "../useSnapshot";
import { useCatalogue } from "../formulas/useCatalogue";
import type { ValueText } from "../formulas/valueText";
import {
  explainCell,
  plainNumber,
  type ArgText,
  type CallExplanation,
  type Explanation,
} from "./explain";
import { useSelectedCell } from "./useSelectedCell";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  fields: {
    margin: 0,
    display: "grid",
    // Labels run ~30% longer in Russian and Kazakh: at most 45% of the width, then they wrap.
    gridTemplateColumns: "fit-content(45%) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    "& dd": { margin: 0, overflowWrap: "anywhere" },
    "& dt": { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
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
          <dd>
            {f.href ? (
              <TextLink href={f.href} target="_blank" rel="noreferrer">
                {f.text}
              </TextLink>
            ) : (
              f.text
            )}
            {f.note && (
              <>
                {" "}
                <strong>{f.note}</strong>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A source as one line of text: publisher, “title”, date. */
function sourceLabel(t: Translator, source: Source): string {
  const { publisher, title } = source;
  return source.date
    ? t.t("explain.source.dated", { publisher, title, date: partialDate(t, source.date) })
    : t.t("explain.source.label", { publisher, title });
}

/** A source, its title a link to it where it can be opened safely. */
function SourceItem({ source }: { source: Source }) {
  const t = useT();
  const { publisher } = source;
  const title = source.url ? (
    <TextLink href={source.url} target="_blank" rel="noreferrer">
      {source.title}
    </TextLink>
  ) : (
    source.title
  );
  const values: Record<string, string> = source.date
    ? { publisher, date: partialDate(t, source.date) }
    : { publisher };
  return (
    <li>
      {rich(t, source.date ? "explain.source.dated" : "explain.source.label", values, { title })}
      {!source.url &&
        source.httpUrl &&
        ` ${t.t("explain.source.insecure", { url: source.httpUrl })}`}
    </li>
  );
}

/**
 * "Copy citation": the figure, its first source (publisher, title, date) and its address, in
 * one line a journalist can paste.
 */
function CopyCitation({ figure, source }: { figure: string; source: Source }) {
  const t = useT();
  const [said, setSaid] = useState<string>();
  const text = source.url
    ? t.t("explain.citation.line", { figure, source: sourceLabel(t, source), url: source.url })
    : t.t("explain.citation.lineNoUrl", { figure, source: sourceLabel(t, source) });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(t.t("explain.citation.copied", { text }));
    } catch {
      setSaid(t.t("explain.citation.failed", { text }));
    }
  };
  return (
    <div>
      <Button size="small" onClick={() => void copy()}>
        {t.t("explain.citation.copy")}
      </Button>
      {said && <Caption1 as="p">{said}</Caption1>}
    </div>
  );
}

function Sources({ sources }: { sources: readonly Source[] }) {
  const styles = useStyles();
  const t = useT();
  const [all, setAll] = useState(false);
  if (sources.length === 0) return <Text>{t.t("explain.sources.none")}</Text>;
  const shown = all ? sources : sources.slice(0, SHOWN_SOURCES);
  return (
    <div className={styles.block}>
      <Text weight="semibold">{t.t("explain.sources.heading", { count: sources.length })}</Text>
      <ul className={styles.list}>
        {shown.map((s) => (
          <SourceItem key={s.id} source={s} />
        ))}
      </ul>
      {shown.length < sources.length && (
        <Button size="small" onClick={() => setAll(true)}>
          {t.t("explain.sources.showAll", { count: sources.length })}
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

/** The function's section of the help page, in the reader's language when it is ours. */
function localHelpUrl(t: Translator, url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.pathname.endsWith("/help.html")) return url;
    return new URL(helpHref(t.lang, parsed.hash), parsed).href;
  } catch {
    return url;
  }
}

function Call({ call }: { call: CallExplanation }) {
  const styles = useStyles();
  const t = useT();
  return (
    <section className={styles.block} aria-label={`KZUZ.${call.name}`}>
      <Text as="h3" weight="semibold" size={300}>
        <span className={styles.code}>{call.text}</span>
      </Text>
      {call.description && <Caption1>{call.description}</Caption1>}
      {call.helpUrl && (
        <TextLink href={localHelpUrl(t, call.helpUrl)} target="_blank" rel="noreferrer">
          {t.t("explain.call.help", { name: call.name })}
        </TextLink>
      )}
      {call.args.length > 0 && <Fields items={call.args} />}
      {call.answer && <Answer answer={call.answer} />}
      {call.answer?.kind === "value" &&
        call.notes?.map((note) => (
          <Text key={note} data-testid="explain-series">
            {note}
          </Text>
        ))}
      {call.why && <Text>{call.why}</Text>}
      {call.records.length > 0 && (
        <div className={styles.block}>
          <Text weight="semibold">
            {t.t("explain.call.records", { count: call.records.length })}
          </Text>
          <ul className={styles.list}>
            {call.records.map((r) => (
              <li key={r.id}>
                {t.t("explain.call.record", { table: r.table, name: r.name, id: r.id })}
                {r.unverified && <strong> {r.unverified}</strong>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {call.answer?.kind === "value" && <Sources sources={call.sources} />}
      {call.answer?.kind === "value" && call.sources.length > 0 && (
        <CopyCitation figure={call.answer.text} source={call.sources[0]} />
      )}
    </section>
  );
}

function shownValue(t: Translator, value: unknown): string {
  if (value === "" || value === null || value === undefined) return t.t("explain.value.nothing");
  return typeof value === "number" ? plainNumber(t, value) : String(value);
}

function Explained({ explanation }: { explanation: Explanation }) {
  const styles = useStyles();
  const t = useT();
  const { address } = explanation;
  switch (explanation.kind) {
    case "none":
      return <Text>{t.t("explain.cell.none", { address })}</Text>;
    case "formula": {
      // The value as the pane writes it (money with its unit) where one call gives it, the
      // cell's address after it, not in the first sentence.
      const only = explanation.calls.length === 1 ? explanation.calls[0].answer : undefined;
      const value =
        only?.kind === "value" && typeof explanation.shown === "number"
          ? only.text
          : shownValue(t, explanation.shown);
      return (
        <div className={styles.root}>
          <Text>{t.t("explain.cell.shows", { value })}</Text>
          <Caption1 className={styles.code}>{address}</Caption1>
          {explanation.spilledFrom && (
            <Text>{t.t("explain.cell.spilled", { address: explanation.spilledFrom })}</Text>
          )}
          {explanation.calls.map((call, i) => (
            <Call key={`${i}-${call.text}`} call={call} />
          ))}
        </div>
      );
    }
    case "row":
      return (
        <div className={styles.root}>
          <Text as="h3" weight="semibold" size={300}>
            {t.t("explain.row.heading", {
              table: tableTitle(t, explanation.table.key),
              name: explanation.name,
            })}
          </Text>
          <Caption1>
            {t.t("explain.row.inTable", { address, table: explanation.table.tableName })}
          </Caption1>
          {explanation.stale && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{explanation.stale}</MessageBarBody>
            </MessageBar>
          )}
          {explanation.unverified && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{explanation.unverified}</MessageBarBody>
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
  const t = useT();
  const snapshot = useSnapshot(store);
  const catalogue = useCatalogue(bench.baseUrl);
  const { state, following, reread } = useSelectedCell(bench);
  const functions = catalogue.kind === "ready" ? catalogue.functions : undefined;
  const explanation = useMemo(
    () =>
      state.kind === "ready"
        ? explainCell(t, snapshot, state.cell, functions, readSettings(bench.settings).tableIds)
        : undefined,
    [t, state, snapshot, functions, bench.settings]
  );
  const explained = explanation !== undefined && explanation.kind !== "none";
  useEffect(() => {
    if (explained) markStepDone("explain");
  }, [explained]);
  return (
    <div className={styles.root}>
      {!following && (
        <div>
          <Button onClick={reread}>{t.t("explain.selection.button")}</Button>
          <Caption1 as="p">{t.t("explain.selection.manual")}</Caption1>
        </div>
      )}
      <div role="status" aria-live="polite" className={styles.root}>
        {state.kind === "reading" && <Busy label={t.t("explain.selection.reading")} />}
        {state.kind === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {t.t("explain.selection.failed", { reason: state.reason })}
            </MessageBarBody>
          </MessageBar>
        )}
        {explanation && <Explained explanation={explanation} />}
      </div>
    </div>
  );
}

export default ExplainSelection;
