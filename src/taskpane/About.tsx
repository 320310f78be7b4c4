import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DatasetSnapshot } from "../data/store";
import { helpHref } from "../i18n/help";
import { useT } from "./i18n";
import { TextLink } from "./TextLink";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  p: { margin: 0 },
});

/**
 * Which data the pane and the formulas use: version, date, origin, contents; and where to read
 * more. (The language picker is in the header, on every view's first screen.)
 */
export function About({ snapshot }: { snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const t = useT();
  const { dataset, origin } = snapshot;
  // English keeps the dataset's own ISO date, as it always showed; the others write the month in words.
  const date = t.lang === "en" ? dataset.asOf : t.date(dataset.asOf);
  const version =
    origin.kind === "bundled"
      ? t.t("shell.about.versionBundled", { version: dataset.version, date })
      : t.t("shell.about.versionDownloaded", {
          version: dataset.version,
          date,
          url: origin.url,
          time: origin.fetchedAt.slice(0, 16).replace("T", " "),
        });
  return (
    <section aria-labelledby="kzuz-about-heading" className={styles.root}>
      <Text as="h2" id="kzuz-about-heading" weight="semibold" size={400}>
        {t.t("shell.about.heading")}
      </Text>
      <Text as="p" className={styles.p}>
        {t.t("shell.about.contents", {
          projects: t.t("projects.count", { count: dataset.projects.length }),
          signed: t.t("shell.about.agreements", { count: dataset.agreements.length }),
          figures: t.t("shell.about.tradeFigures", { count: dataset.trade.observations.length }),
          goals: t.t("shell.about.tradeTargets", { count: dataset.targets.length }),
          publications: t.t("shell.about.sources", { count: dataset.sources.length }),
        })}{" "}
        {t.t("shell.about.sourcing", { notDisclosed: t.t("value.notDisclosed") })}
      </Text>
      <Caption1 as="p" className={styles.p} data-testid="dataset-version">
        {version}
      </Caption1>
      <Caption1 as="p" className={styles.p}>
        {t.t("shell.about.privacy")}
      </Caption1>
      <Text as="p" className={styles.p}>
        <TextLink href={helpHref(t.lang)} target="_blank" rel="noopener">
          {t.t("shell.about.help")}
        </TextLink>
      </Text>
      {/* The page the manifest names as the add-in's SupportUrl, at its support section. */}
      <Text as="p" className={styles.p}>
        <TextLink href={helpHref(t.lang, "support")} target="_blank" rel="noopener">
          {t.t("shell.about.support")}
        </TextLink>
      </Text>
    </section>
  );
}
