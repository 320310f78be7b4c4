import { Caption1 } from "@fluentui/react-components";
import { usePreviewStyles } from "./previewStyles";

/** A preview's legend: each series' swatch (decoration) and its name, as the chart names it. */
export function Legend({
  items,
}: {
  items: readonly { className: string; label: string; line?: boolean }[];
}) {
  const styles = usePreviewStyles();
  return (
    <ul className={styles.legend}>
      {items.map((item) => (
        <li key={item.label} className={styles.item}>
          <svg aria-hidden className={styles.swatch} width="14" height="10" viewBox="0 0 14 10">
            {item.line ? (
              <line className={item.className} x1={0} x2={14} y1={5} y2={5} />
            ) : (
              <rect className={item.className} x={2} y={1} width={10} height={8} />
            )}
          </svg>
          <Caption1>{item.label}</Caption1>
        </li>
      ))}
    </ul>
  );
}
