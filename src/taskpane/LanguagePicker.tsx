import { Select, makeStyles, tokens } from "@fluentui/react-components";
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
  select: { minWidth: 0, maxWidth: "13rem" },
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
      <Select
        size="small"
        className={styles.select}
        aria-label={label}
        title={label}
        value={choice ?? FOLLOW_OFFICE}
        onChange={(_, data) => choose(isLang(data.value) ? data.value : undefined)}
      >
        <option value={FOLLOW_OFFICE}>
          {t.t("language.followOffice", { language: officeName })}
        </option>
        {LOCALES.map((l) => (
          <option key={l.lang} value={l.lang} lang={l.office}>
            {l.name}
          </option>
        ))}
      </Select>
    </span>
  );
}
