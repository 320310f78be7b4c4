import { Field, Select } from "@fluentui/react-components";
import { LOCALES, isLang } from "../i18n/locales";
import { useLanguage } from "./i18n";

const FOLLOW_OFFICE = "office";

/**
 * The pane's language: "As in Office (…)" or one of the five, each named in itself (a reader
 * who cannot read the current language still finds their own). The choice is remembered.
 */
export function LanguagePicker() {
  const { t, choice, officeLang, choose } = useLanguage();
  const officeName = LOCALES.find((l) => l.lang === officeLang)?.name ?? officeLang;
  return (
    <Field label={t.t("language.label")}>
      <Select
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
