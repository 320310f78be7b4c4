import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { LOCALES, isLang } from "../i18n/locales";
import { useLanguage } from "./i18n";

const FOLLOW_OFFICE = "office";

const useStyles = makeStyles({
  label: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  icon: { flexShrink: 0 },
});

/**
 * A globe, the sign for "language" that needs no reading: drawn inline (Fluent's icon package
 * would add to the start bundle for one glyph). Decoration: the field's label says the rest.
 */
function Globe({ className }: { className: string }) {
  return (
    <svg
      aria-hidden
      focusable="false"
      className={className}
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.2"
    >
      <circle cx="8" cy="8" r="6.4" />
      <ellipse cx="8" cy="8" rx="2.8" ry="6.4" />
      <path d="M1.6 8h12.8M2.6 4.8h10.8M2.6 11.2h10.8" />
    </svg>
  );
}

/**
 * The pane's language: "As in Office (…)" or one of the five, each named in itself (a reader
 * who cannot read the current language still finds their own, by the globe and by the names).
 * The choice is remembered.
 */
export function LanguagePicker() {
  const styles = useStyles();
  const { t, choice, officeLang, choose } = useLanguage();
  const officeName = LOCALES.find((l) => l.lang === officeLang)?.name ?? officeLang;
  return (
    <Field
      orientation="horizontal"
      size="small"
      label={
        <span className={styles.label}>
          <Globe className={styles.icon} />
          {t.t("language.label")}
        </span>
      }
    >
      <Select
        size="small"
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
    </Field>
  );
}
