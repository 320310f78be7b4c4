import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { plural } from "../data/format";
import type { DatasetSnapshot } from "../data/store";
import { useT } from "./i18n";
import { LanguagePicker } from "./LanguagePicker";
import { TextLink } from "./TextLink";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  p: { margin: 0 },
});

/** Which data the pane and the formulas use: version, date, origin, contents; and where to read more. */
export function About({ snapshot }: { snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const t = useT();
  const { dataset, origin } = snapshot;
  const from =
    origin.kind === "bundled"
      ? "the copy that comes with the add-in"
      : `${origin.url}, downloaded ${origin.fetchedAt.slice(0, 16).replace("T", " ")} UTC`;
  return (
    <section aria-labelledby="kzuz-about-heading" className={styles.root}>
      <Text as="h2" id="kzuz-about-heading" weight="semibold" size={400}>
        About the data
      </Text>
      <Text as="p" className={styles.p}>
        {t.t("projects.count", { count: dataset.projects.length })},{" "}
        {plural(dataset.agreements.length, "agreement")},{" "}
        {plural(dataset.trade.observations.length, "trade figure")},{" "}
        {plural(dataset.targets.length, "trade target")} and{" "}
        {plural(dataset.sources.length, "source")}. Every figure names its source; where no source
        gives a figure, the data says &quot;{t.t("value.notDisclosed")}&quot; rather than guess.
      </Text>
      <Caption1 as="p" className={styles.p} data-testid="dataset-version">
        Version {dataset.version}, up to date as of {dataset.asOf}, from {from}.
      </Caption1>
      <Caption1 as="p" className={styles.p}>
        The add-in sends no usage data; it connects only to download the data when you refresh.
      </Caption1>
      <Text as="p" className={styles.p}>
        <TextLink href="help.html" target="_blank" rel="noopener">
          Help: every formula, its examples, and what to do about #NAME? or #BUSY!
        </TextLink>
      </Text>
      <LanguagePicker />
    </section>
  );
}
