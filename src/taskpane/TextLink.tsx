import { makeStyles, tokens } from "@fluentui/react-components";
import type { AnchorHTMLAttributes } from "react";

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

/** A plain link in the theme's link colour (Fluent's Link, without its weight in the bundle). */
export function TextLink(props: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const styles = useStyles();
  return <a {...props} className={styles.link} />;
}
