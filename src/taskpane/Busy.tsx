import { ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Work in progress: what is happening, over an indeterminate bar. */
export function Busy({ label }: { label: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.root}>
      <Text id={id}>{label}</Text>
      <ProgressBar aria-labelledby={id} />
    </div>
  );
}
