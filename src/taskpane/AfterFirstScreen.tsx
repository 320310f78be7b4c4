/**
 * What is not on the first screen (the other tabs, a panel opened on demand) uses messages that
 * load just after it (src/i18n/translator.ts: a catalogue's rest). This shows its children once
 * the active language is complete, and meanwhile a moment's "Loading…", so it never shows a key,
 * or English for a string the language has. The rest is usually there long before anyone opens
 * a tab: this only matters in the first moments. Its "Loading…" is a first screen message
 * (src/i18n/firstScreen.json).
 */
import { useEffect, type ReactNode } from "react";
import { completeActiveLang } from "../i18n/active";
import { Busy } from "./Busy";
import { useT } from "./i18n";

export function AfterFirstScreen({ children }: { children: ReactNode }) {
  const t = useT();
  useEffect(() => {
    // The page asks for the rest once the first screen is up; asking again costs nothing.
    if (!t.complete) void completeActiveLang();
  }, [t]);
  return t.complete ? <>{children}</> : <Busy label={t.t("data.loading")} />;
}
