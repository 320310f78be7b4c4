import { useCallback, useRef, useState } from "react";
import type { Destination } from "../excel/goto";
import type { Outcome } from "../excel/workbench";
import type { Translator } from "../i18n/translator";
import { completed } from "./AfterFirstScreen";
import { useT } from "./i18n";
import { shorten, type Result } from "./Status";

/** Where in the pane an action was started, so its result shows there. */
export type Place = "start" | "tables" | "refresh" | "charts" | "share";

/** A result as the pane keeps it: with where "Go to sheet" leads, if anywhere. */
type PlacedResult = Result & { id: number; goTo?: Destination[] };

interface State {
  busy?: { place: Place; label: string };
  /** A short task holding the lock without a result of its own (going to a sheet, a formula). */
  held: boolean;
  results: Partial<Record<Place, PlacedResult>>;
}

/**
 * How a successful outcome is put in a few words (the full message stays under Details), and
 * what "Go to sheet" then leads to.
 */
export type Summarise = (
  outcome: Extract<Outcome, { ok: true }>,
  t: Translator
) => {
  title: string;
  summary?: string;
  goTo?: Destination[];
};

let nextId = 1;

/**
 * One action at a time (the pane's one busy lock); each place keeps its own last result until
 * dismissed or replaced.
 */
export function useActions() {
  const [state, setState] = useState<State>({ held: false, results: {} });
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
      // (Synchronous when it is here already: the busy label shows at once.)
      const now = translator.current;
      const whole = now.complete ? now : await completed(now);
      setState((s) => {
        const results = { ...s.results };
        delete results[place];
        return { ...s, busy: { place, label: label(whole) }, results };
      });
      const outcome = await action(whole);
      running.current = false;
      const tr = translator.current.complete ? translator.current : whole;
      const message = tr.text(outcome.said);
      let result: Result & { goTo?: Destination[] };
      if (outcome.ok) {
        const { title, summary, goTo } = summarise(outcome, tr);
        result = summary
          ? { ok: true, title, summary, details: message, goTo }
          : { ok: true, title, ...shorten(message), goTo };
      } else {
        result = { ok: false, title: tr.t("data.result.notDone"), ...shorten(message) };
      }
      setState((s) => ({
        ...s,
        busy: undefined,
        results: { ...s.results, [place]: { ...result, id: nextId++ } },
      }));
    },
    []
  );
  /**
   * Runs a short `task` under the same lock, leaving every result as it is: undefined, and not
   * run, while another action runs.
   */
  const hold = useCallback(async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setState((s) => ({ ...s, held: true }));
    try {
      return await task();
    } finally {
      running.current = false;
      setState((s) => ({ ...s, held: false }));
    }
  }, []);
  const dismiss = useCallback((place: Place) => {
    setState((s) => {
      const results = { ...s.results };
      delete results[place];
      return { ...s, results };
    });
  }, []);
  return { busy: state.busy, held: state.held, results: state.results, run, hold, dismiss };
}
