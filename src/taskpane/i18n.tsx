/**
 * The pane's language: a React context over src/i18n's active translator. `useT()` gives the
 * translator (t, number, money, percent, date); `useLanguage()` the picker's state. The language
 * is the user's remembered choice, else Office's display language (known once Office is ready),
 * else English; choosing one loads its catalogue, then every component re-renders in it, and the
 * page's lang attribute follows (screen readers pick their voice from it).
 */
import {
  Fragment,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { activeTranslator, onActiveLangChange, setActiveLang } from "../i18n/active";
import { officeLang as currentOfficeLang, rememberedLang, rememberLang } from "../i18n/detect";
import type { Lang } from "../i18n/locales";
import type { MessageKey, MessageValue, MessageValues, Translator } from "../i18n/translator";
import { officeReady } from "../office/host";

interface LanguageState {
  t: Translator;
  /** The language the user picked, or undefined when the pane follows Office. */
  choice: Lang | undefined;
  /** Office's language as the add-in would show it (English when Office's is not one of ours). */
  officeLang: Lang;
  choose(lang: Lang | undefined): void;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

/** Sets the document's language, so assistive technology reads the pane in the right voice. */
function markDocument(t: Translator): void {
  if (typeof document !== "undefined") document.documentElement.lang = t.tag;
}

export function LanguageProvider({
  children,
  ready = officeReady,
}: {
  children: ReactNode;
  /** Resolves when Office's display language can be read (Office.onReady). */
  ready?: () => Promise<unknown>;
}) {
  const [t, setT] = useState<Translator>(activeTranslator);
  const [choice, setChoice] = useState<Lang | undefined>(() => rememberedLang());
  const [officeLang, setOfficeLang] = useState<Lang>(() => currentOfficeLang());

  useEffect(() => {
    markDocument(activeTranslator());
    const stop = onActiveLangChange((next) => {
      markDocument(next);
      setT(next);
    });
    setT(activeTranslator());
    let live = true;
    // Office's display language is readable only once Office is ready.
    void ready().then(() => {
      if (!live) return;
      const office = currentOfficeLang();
      setOfficeLang(office);
      if (!rememberedLang()) void setActiveLang(office);
    });
    return () => {
      live = false;
      stop();
    };
  }, [ready]);

  const choose = useCallback((lang: Lang | undefined) => {
    rememberLang(lang);
    setChoice(lang);
    void setActiveLang(lang ?? currentOfficeLang());
  }, []);

  const value = useMemo(() => ({ t, choice, officeLang, choose }), [t, choice, officeLang, choose]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The active language's translator; English outside a LanguageProvider (isolated components, tests). */
export function useT(): Translator {
  return useContext(LanguageContext)?.t ?? activeTranslator();
}

/** Chooses a language outside a provider: remembered, loaded, active for the page. */
function chooseLang(lang: Lang | undefined): void {
  rememberLang(lang);
  void setActiveLang(lang ?? currentOfficeLang());
}

/** The language picker's state and action (outside a LanguageProvider: the page's, not reactive). */
export function useLanguage(): LanguageState {
  return (
    useContext(LanguageContext) ?? {
      t: activeTranslator(),
      choice: rememberedLang(),
      officeLang: currentOfficeLang(),
      choose: chooseLang,
    }
  );
}

/**
 * A message with elements inside it (a link, a bold figure): the translator places them where
 * the language puts the placeholder, so no sentence is cut in pieces for translators.
 * `rich(t, "about.help", {}, { link: <TextLink …>{t.t("about.helpLink")}</TextLink> })`.
 */
export function rich(
  t: Translator,
  key: MessageKey,
  values: MessageValues,
  parts: Record<string, ReactNode>
): ReactNode[] {
  const marked: Record<string, MessageValue> = { ...values };
  for (const name of Object.keys(parts)) marked[name] = `\uE000${name}\uE001`;
  return t
    .t(key, marked)
    .split(/\uE000(\w+)\uE001/)
    .map((piece, i) => <Fragment key={i}>{i % 2 === 1 ? parts[piece] : piece}</Fragment>);
}
