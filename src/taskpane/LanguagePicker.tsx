import { makeStyles, tokens } from "@fluentui/react-components";
import { LOCALES, isLang } from "../i18n/locales";
import { useLanguage } from "./i18n";
import { GlobeIcon } from "./icons";

const FOLLOW_OFFICE = "office";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    maxWidth: "100%",
  },
  // The browser's own list, drawn like Fluent's small Select (Fluent's would add about 4 KB
  // gzip to the start bundle for the same native element): the keyboard, screen readers and
  // high contrast get the platform's list.
  select: {
    minWidth: 0,
    maxWidth: "13rem",
    height: "24px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    ":hover": {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
    },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

/**
 * The pane's language, compact: a globe (the sign for "language" that needs no reading) and a
 * small list, "As in Office (…)" or one of the five, each named in itself, so a reader who
 * cannot read the current language still finds their own. The list is labelled "Language" in
 * the current language for screen readers and on hover. The choice is remembered.
 */
export function LanguagePicker() {
  const styles = useStyles();
  const { t, choice, officeLang, choose } = useLanguage();
  const officeName = LOCALES.find((l) => l.lang === officeLang)?.name ?? officeLang;
  const label = t.t("language.label");
  return (
    <span className={styles.root}>
      <GlobeIcon />
      <select
        className={styles.select}
        aria-label={label}
        title={label}
        value={choice ?? FOLLOW_OFFICE}
        onChange={(e) => choose(isLang(e.target.value) ? e.target.value : undefined)}
      >
        <option value={FOLLOW_OFFICE}>
          {t.t("language.followOffice", { language: officeName })}
        </option>
        {LOCALES.map((l) => (
          <option key={l.lang} value={l.lang} lang={l.office}>
            {l.name}
          </option>
        ))}
      </select>
    </span>
  );
}
