import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  note: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** A titled group of actions, labelled by its heading for screen readers. */
export function Section({
  id,
  title,
  note,
  children,
}: {
  id: string;
  title: string;
  note?: ReactNode;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section aria-labelledby={`kzuz-${id}-heading`} className={styles.section}>
      <Text as="h2" id={`kzuz-${id}-heading`} weight="semibold" size={400}>
        {title}
      </Text>
      {note && (
        <Caption1 as="p" className={styles.note}>
          {note}
        </Caption1>
      )}
      {children}
    </section>
  );
}

/** A row of buttons that wraps at narrow widths. */
export function Buttons({ children }: { children: ReactNode }) {
  return <div className={useStyles().buttons}>{children}</div>;
}
