import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/**
 * A horizontal bar for a share of a whole. Every part a reader needs is drawn at 3:1 contrast or
 * more against the pane (WCAG 1.4.11): the track's outline, the filled part and the target
 * marker. In forced colours (Windows high contrast) they take the system's colours, since
 * background colours are otherwise dropped there.
 */
const useStyles = makeStyles({
  track: {
    position: "relative",
    boxSizing: "border-box",
    border: `1px solid ${tokens.colorNeutralStrokeAccessible}`,
    borderRadius: tokens.borderRadiusSmall,
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      border: "1px solid CanvasText",
    },
  },
  thick: { height: "16px" },
  thin: { height: "8px" },
  fill: {
    position: "absolute",
    top: 0,
    bottom: 0,
    left: 0,
    backgroundColor: tokens.colorBrandForeground1,
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "Highlight" },
  },
  marker: {
    position: "absolute",
    top: "-5px",
    bottom: "-5px",
    width: "3px",
    marginLeft: "-2px",
    backgroundColor: tokens.colorNeutralForeground1,
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "CanvasText" },
  },
});

/**
 * `share` of the track is filled (capped at the track); a marker stands at `marker` (a share
 * too) when given. The bar is decoration for the text beside it: screen readers get the text.
 */
export function Bar({
  share,
  marker,
  size = "thick",
}: {
  share: number;
  marker?: number;
  size?: "thick" | "thin";
}) {
  const styles = useStyles();
  const pct = (x: number) => `${(Math.max(0, Math.min(x, 1)) * 100).toFixed(2)}%`;
  return (
    <div
      aria-hidden
      data-part="track"
      className={mergeClasses(styles.track, size === "thick" ? styles.thick : styles.thin)}
    >
      <div data-part="fill" className={styles.fill} style={{ width: pct(share) }} />
      {marker !== undefined && (
        <div data-part="marker" className={styles.marker} style={{ left: pct(marker) }} />
      )}
    </div>
  );
}
