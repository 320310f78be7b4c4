import { useCallback, useRef, useState } from "react";
import type { Outcome } from "../excel/workbench";
import { completeActiveLang } from "../i18n/active";
import type { Translator } from "../i18n/translator";
import { useT } from "./i18n";
import { shorten, type Result } from "./Status";

/** Where in the pane an action was started, so its result shows there. */
export type Place = "start" | "tables" | "refresh" | "charts" | "share";

interface State {
  busy?: { place: Place; label: string };
  results: Partial<Record<Place, Result & { id: number }>>;
}

/** How a successful outcome is put in a few words (the full message stays under Details). */
export type Summarise = (
  outcome: Extract<Outcome, { ok: true }>,
  t: Translator
) => {
  title: string;
  summary?: string;
};

let nextId = 1;

/** One action at a time; each place keeps its own last result until dismissed or replaced. */
export function useActions() {
  const [state, setState] = useState<State>({ results: {} });
  const running = useRef(false);
  // The language in force when the action ends says its result (the user may switch meanwhile).
  const t = useT();
  const translator = useRef(t);
  translator.current = t;
  const run = useCallback(
    async (
      place: Place,
      label: (t: Translator) => string,
      action: (t: Translator) => Promise<Outcome>,
      summarise: Summarise
    ) => {
      if (running.current) return;
      running.current = true;
      // What an action says is beyond the first screen's messages (loaded just after it): an
      // action started before they are here waits that moment, so it never speaks English or a
      // key for a string the language has.
      const whole = translator.current.complete ? translator.current : await completeActiveLang();
      setState((s) => {
        const results = { ...s.results };
        delete results[place];
        return { busy: { place, label: label(whole) }, results };
      });
      const outcome = await action(whole);
      running.current = false;
      const tr = translator.current.complete ? translator.current : whole;
      const message = tr.text(outcome.said);
      let result: Result;
      if (outcome.ok) {
        const { title, summary } = summarise(outcome, tr);
        result = summary
          ? { ok: true, title, summary, details: message }
          : { ok: true, title, ...shorten(message) };
      } else {
        result = { ok: false, title: tr.t("data.result.notDone"), ...shorten(message) };
      }
      setState((s) => ({
        busy: undefined,
        results: { ...s.results, [place]: { ...result, id: nextId++ } },
      }));
    },
    []
  );
  const dismiss = useCallback((place: Place) => {
    setState((s) => {
      const results = { ...s.results };
      delete results[place];
      return { ...s, results };
    });
  }, []);
  return { busy: state.busy, results: state.results, run, dismiss };
}
