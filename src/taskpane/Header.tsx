import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatUsd } from "../data/format";
import { currentTarget } from "../data/query";
import type { DatasetSnapshot } from "../data/store";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  p: { margin: 0 },
});

/**
 * What this is, in one line. Office already shows the add-in's name above the pane (Microsoft's
 * branding guidance: do not repeat it), so the heading names the data instead.
 */
export function Header({ snapshot }: { snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const target = currentTarget(snapshot.index);
  const by = target.targetYear === null ? "" : ` by ${target.targetYear}`;
  return (
    <header className={styles.root}>
      <Text as="h1" weight="semibold" size={500}>
        Kazakhstan–Uzbekistan cooperation
      </Text>
      <Text as="p" className={styles.p} size={200}>
        Joint projects, agreements, and trade towards the {formatUsd(target.valueUsd)} target{by},
        each figure with its source.
      </Text>
    </header>
  );
}
