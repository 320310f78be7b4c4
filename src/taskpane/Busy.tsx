import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  track: {
    position: "relative",
    overflow: "hidden",
    height: "2px",
    backgroundColor: tokens.colorNeutralBackground6,
  },
  bar: {
    position: "absolute",
    top: 0,
    bottom: 0,
    width: "33%",
    backgroundColor: tokens.colorCompoundBrandBackground,
    animationName: { from: { left: "-33%" }, to: { left: "100%" } },
    animationDuration: "1.5s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "6s" },
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "Highlight" },
  },
});

/**
 * Work in progress: what is happening, over an indeterminate bar. Drawn here rather than with
 * Fluent's ProgressBar, which adds about 3 KB gzip to the pane's start bundle for one moving line.
 */
export function Busy({ label }: { label: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.root}>
      <Text id={id}>{label}</Text>
      <div role="progressbar" aria-labelledby={id} className={styles.track}>
        <div className={styles.bar} />
      </div>
    </div>
  );
}
