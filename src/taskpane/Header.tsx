import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { currentTarget } from "../data/query";
import type { DatasetSnapshot } from "../data/store";
import { useFirstRunShown } from "./firstRunMemory";
import { useT } from "./i18n";
import { HelpIcon } from "./icons";
import { LanguagePicker } from "./LanguagePicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  p: { margin: 0 },
  tools: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
});

/**
 * What this is, in one line, then one row of tools: the language picker and, in Excel, the help
 * button that brings back "Getting started" once it has been dismissed. Office already shows the
 * add-in's name above the pane (Microsoft's branding guidance: do not repeat it), so the heading
 * names the data instead. The picker is here, on the first screen of every view, so a reader who
 * cannot read the current language finds it without opening a tab.
 */
export function Header({ snapshot, help = false }: { snapshot: DatasetSnapshot; help?: boolean }) {
  const styles = useStyles();
  const t = useT();
  const [shown, setShown] = useFirstRunShown();
  const target = currentTarget(snapshot.index);
  const amount = t.usd(target.valueUsd);
  const helpLabel = t.t("shell.firstRun.heading");
  return (
    <header className={styles.root}>
      <Text as="h1" weight="semibold" size={400}>
        {t.t("shell.header.title")}
      </Text>
      <Text as="p" className={styles.p} size={200}>
        {target.targetYear === null
          ? t.t("shell.header.leadNoYear", { amount })
          : t.t("shell.header.lead", { amount, year: String(target.targetYear) })}
      </Text>
      <div className={styles.tools}>
        <LanguagePicker />
        {help && (
          <Button
            appearance="subtle"
            size="small"
            icon={<HelpIcon />}
            aria-label={helpLabel}
            title={helpLabel}
            aria-expanded={shown}
            aria-controls={shown ? "kzuz-first-run" : undefined}
            onClick={() => setShown(!shown)}
          />
        )}
      </div>
    </header>
  );
}
