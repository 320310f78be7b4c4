import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Busy } from "./Busy";
import { useT } from "./i18n";

/** What an action ended with, as the pane shows it: a title, one short line, the rest on demand. */
export interface Result {
  ok: boolean;
  title: string;
  summary: string;
  details?: string;
}

// A sentence ends before a capital letter of any script (Cyrillic too) or an opening quote.
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}"“«(])/u;

/** Splits a long message into its first sentence and the rest (shown only when asked for). */
export function shorten(message: string): { summary: string; details?: string } {
  const [first, ...rest] = message.trim().split(SENTENCE_END);
  const details = rest.join(" ").trim();
  return details ? { summary: first, details } : { summary: first };
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  details: { margin: 0, fontSize: tokens.fontSizeBase200 },
  toggle: { alignSelf: "flex-start" },
});

/**
 * An action's progress and result, where the action is. The busy label is in a live region;
 * the result's MessageBar announces itself (politely for success, at once for an error).
 */
export function Status({
  busy,
  result,
  onDismiss,
  next,
}: {
  busy?: string;
  result?: Result;
  onDismiss: () => void;
  /** What to do next with the result (Go to sheet), shown under it. */
  next?: ReactNode;
}) {
  const styles = useStyles();
  const t = useT();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const root = useRef<HTMLDivElement>(null);
  // A result below the fold would look like nothing happened: bring it into view (the least
  // scroll that shows it; jsdom has no scrollIntoView).
  useEffect(() => {
    if (result) root.current?.scrollIntoView?.({ block: "nearest" });
  }, [result]);
  return (
    <div className={styles.root} ref={root}>
      <div role="status">{busy && <Busy label={busy} />}</div>
      {!busy && result && (
        <>
          {/* Fluent reads any politeness given as "polite", so errors leave it unset: assertive. */}
          <MessageBar
            intent={result.ok ? "success" : "error"}
            layout="multiline"
            politeness={result.ok ? "polite" : undefined}
          >
            <MessageBarBody>
              <MessageBarTitle>{result.title}</MessageBarTitle>
              {result.summary}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={t.t("data.status.dismiss")}
                  icon={<DismissRegular />}
                  onClick={() => {
                    setOpen(false);
                    onDismiss();
                  }}
                />
              }
            />
          </MessageBar>
          {next}
          {result.details && (
            <>
              <Button
                className={styles.toggle}
                size="small"
                appearance="subtle"
                aria-expanded={open}
                aria-controls={detailsId}
                onClick={() => setOpen(!open)}
              >
                {open ? t.t("data.status.hideDetails") : t.t("data.status.showDetails")}
              </Button>
              <p id={detailsId} hidden={!open} className={styles.details}>
                {result.details}
              </p>
            </>
          )}
        </>
      )}
    </div>
  );
}
