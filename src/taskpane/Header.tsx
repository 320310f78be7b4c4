import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { currentTarget } from "../data/query";
import type { DatasetSnapshot } from "../data/store";
import { useT } from "./i18n";
import { LanguagePicker } from "./LanguagePicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  p: { margin: 0 },
});

/**
 * What this is, in one line, and the language picker. Office already shows the add-in's name
 * above the pane (Microsoft's branding guidance: do not repeat it), so the heading names the data
 * instead. The picker is here, on the first screen of every view (in Excel and in the preview),
 * so a reader who cannot read the current language finds it without opening a tab.
 */
export function Header({ snapshot }: { snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const t = useT();
  const target = currentTarget(snapshot.index);
  const amount = t.usd(target.valueUsd);
  return (
    <header className={styles.root}>
      <Text as="h1" weight="semibold" size={500}>
        {t.t("shell.header.title")}
      </Text>
      <Text as="p" className={styles.p} size={200}>
        {target.targetYear === null
          ? t.t("shell.header.leadNoYear", { amount })
          : t.t("shell.header.lead", { amount, year: String(target.targetYear) })}
      </Text>
      <LanguagePicker />
    </header>
  );
}
