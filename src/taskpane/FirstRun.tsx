import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useFirstRunShown, useStepsDone, type Step } from "./firstRunMemory";
import { rich, useT } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  button: { alignSelf: "flex-start" },
  done: { color: tokens.colorNeutralForeground3 },
  // Read by screen readers, not drawn: the tick says it on screen.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/**
 * A short introduction on first use: the three things to do. Once dismissed it stays folded into
 * the header's help button (./Header), which brings it back.
 */
export function FirstRun({ hasTables = false }: { hasTables?: boolean }) {
  const styles = useStyles();
  const t = useT();
  const [shown, setShown] = useFirstRunShown();
  const marked = useStepsDone();
  if (!shown) return null;
  const isDone = (step: Step) => marked.has(step) || (step === "insert" && hasTables);
  const item = (step: Step, text: ReactNode) => (
    <li key={step} className={isDone(step) ? styles.done : undefined}>
      {isDone(step) && (
        <>
          <span aria-hidden>✓ </span>
          <span className={styles.hidden}>{`${t.t("shell.firstRun.done")}: `}</span>
        </>
      )}
      {text}
    </li>
  );
  return (
    <section id="kzuz-first-run" aria-labelledby="kzuz-first-run-heading" className={styles.root}>
      <Text as="h2" id="kzuz-first-run-heading" weight="semibold" size={300}>
        {t.t("shell.firstRun.heading")}
      </Text>
      <ol className={styles.list}>
        {item("insert", t.t("shell.firstRun.insert"))}
        {item("formula", rich(t, "shell.firstRun.type", {}, { code: <code>=KZUZ.</code> }))}
        {item("explain", t.t("shell.firstRun.explain", { tab: t.t("data.tab.explain") }))}
      </ol>
      <Button className={styles.button} size="small" onClick={() => setShown(false)}>
        {t.t("shell.firstRun.dismiss")}
      </Button>
    </section>
  );
}
