import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useFirstRunShown } from "./firstRunMemory";
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
});

/**
 * A short introduction on first use: the three things to do. Once dismissed it stays folded into
 * the header's help button (./Header), which brings it back.
 */
export function FirstRun() {
  const styles = useStyles();
  const t = useT();
  const [shown, setShown] = useFirstRunShown();
  if (!shown) return null;
  return (
    <section id="kzuz-first-run" aria-labelledby="kzuz-first-run-heading" className={styles.root}>
      <Text as="h2" id="kzuz-first-run-heading" weight="semibold" size={300}>
        {t.t("shell.firstRun.heading")}
      </Text>
      <ol className={styles.list}>
        <li>{t.t("shell.firstRun.insert")}</li>
        <li>{rich(t, "shell.firstRun.type", {}, { code: <code>=KZUZ.</code> })}</li>
        <li>{t.t("shell.firstRun.explain", { tab: t.t("data.tab.explain") })}</li>
      </ol>
      <Button className={styles.button} size="small" onClick={() => setShown(false)}>
        {t.t("shell.firstRun.dismiss")}
      </Button>
    </section>
  );
}
