import { useCallback, useRef, useState } from "react";
import type { Outcome } from "../excel/workbench";
import { shorten, type Result } from "./Status";

/** Where in the pane an action was started, so its result shows there. */
export type Place = "start" | "tables" | "refresh" | "charts" | "share";

interface State {
  busy?: { place: Place; label: string };
  results: Partial<Record<Place, Result & { id: number }>>;
}

/** How a successful outcome is put in a few words (the full message stays under Details). */
export type Summarise = (outcome: Extract<Outcome, { ok: true }>) => {
  title: string;
  summary?: string;
};

let nextId = 1;

/** One action at a time; each place keeps its own last result until dismissed or replaced. */
export function useActions() {
  const [state, setState] = useState<State>({ results: {} });
  const running = useRef(false);
  const run = useCallback(
    async (place: Place, label: string, action: () => Promise<Outcome>, summarise: Summarise) => {
      if (running.current) return;
      running.current = true;
      setState((s) => {
        const results = { ...s.results };
        delete results[place];
        return { busy: { place, label }, results };
      });
      const outcome = await action();
      running.current = false;
      let result: Result;
      if (outcome.ok) {
        const { title, summary } = summarise(outcome);
        const short = shorten(outcome.message);
        result = summary
          ? { ok: true, title, summary, details: outcome.message }
          : { ok: true, title, ...short };
      } else {
        result = { ok: false, title: "Not done", ...shorten(outcome.message) };
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
