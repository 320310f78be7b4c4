import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { plural } from "../data/format";
import type { DatasetSnapshot } from "../data/store";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** Which dataset is in force: version, as-of date, origin, and what it holds. */
export function DatasetSummary({ snapshot }: { snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const { dataset, origin } = snapshot;
  const from =
    origin.kind === "bundled"
      ? "the copy bundled with the add-in"
      : `${origin.url}, fetched ${origin.fetchedAt.slice(0, 16).replace("T", " ")} UTC`;
  return (
    <section aria-labelledby="kzuz-dataset-heading" className={styles.root}>
      <Text as="h2" id="kzuz-dataset-heading" weight="semibold" size={400}>
        Dataset {dataset.version}, as of {dataset.asOf}
      </Text>
      <Caption1 as="p">From {from}.</Caption1>
      <Caption1 as="p">
        {plural(dataset.projects.length, "joint project")},{" "}
        {plural(dataset.agreements.length, "agreement")},{" "}
        {plural(dataset.trade.observations.length, "trade figure")},{" "}
        {plural(dataset.targets.length, "target")}, {plural(dataset.sources.length, "source")}.
      </Caption1>
    </section>
  );
}
