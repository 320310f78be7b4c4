/**
 * The one way the pane waits for what comes after its first screen. At the page's start the
 * active language has only the first screen's messages (src/i18n/translator.ts: the catalogue's
 * rest loads just after it), and what is below the first screen's main content is code of its
 * own (a chunk fetched once the first screen is painted). Everything beyond the first screen
 * waits here, so it never shows a key, or English for a string the language has, and its code
 * never delays the first screen:
 * - `useCompleteTranslator()`: the complete translator, or undefined until it is here (asking
 *   for it once the screen is painted); `completed(t)` the same for an action, which awaits it;
 * - `<AfterFirstScreen>`: its children once it is here, meanwhile a moment's "Loading…" (a first
 *   screen message, src/i18n/firstScreen.json) or the `fallback` given;
 * - `afterFirstScreen(load)`: a component whose code is a chunk of its own, fetched together with
 *   the rest of the messages, drawn when both are here (nothing before: the page's second step).
 * The rest is usually there long before anyone opens a tab: this only matters in the first
 * moments. After them (and in Jest, where catalogues are whole) everything is drawn at once,
 * but for a chunk's code, which is here a moment after it is first asked for.
 */
import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import { completeActiveLang } from "../i18n/active";
import type { Translator } from "../i18n/translator";
import { Busy } from "./Busy";
import { useT } from "./i18n";
import { afterPaint } from "./staged";

/**
 * For code that acts rather than draws (the pane's actions, ./useActions): `t` if it is complete,
 * else the complete translator once the rest is here.
 */
export function completed(t: Translator): Promise<Translator> {
  return t.complete ? Promise.resolve(t) : completeActiveLang();
}

/**
 * The active translator once it has every message; undefined before, when it is asked for as
 * soon as what is on screen now is painted (asking again costs nothing).
 */
export function useCompleteTranslator(): Translator | undefined {
  const t = useT();
  useEffect(() => {
    if (!t.complete) afterPaint(() => void completeActiveLang());
  }, [t]);
  return t.complete ? t : undefined;
}

/** A moment's "Loading…", in the first screen's messages. */
function Loading() {
  const t = useT();
  return <Busy label={t.t("data.loading")} />;
}

/** The fallback that says "Loading…" (for `afterFirstScreen`). */
export const LOADING = <Loading />;

/** `children` once the active language is complete; meanwhile `fallback` ("Loading…" if none). */
export function AfterFirstScreen({
  children,
  fallback = LOADING,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}) {
  const whole = useCompleteTranslator();
  return <>{whole ? children : fallback}</>;
}

/**
 * A component beyond the first screen whose code is a chunk of its own (`load`, an import()):
 * fetched when it is first drawn (after the first paint at the page's start, never on the way to
 * it), shown once its code and the complete translator are both here, meanwhile `fallback`
 * (nothing by default). Code that cannot load is thrown to the nearest error boundary, as
 * React.lazy does; drawing it again asks again.
 */
export function afterFirstScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      }
    ));
  function Later(props: P) {
    const t = useT();
    const whole = useCompleteTranslator();
    const [, setArrived] = useState(0);
    const [failed, setFailed] = useState<unknown>();
    useEffect(() => {
      if (loaded) return;
      let live = true;
      const fetch = () =>
        void start().then(
          () => live && setArrived((n) => n + 1),
          (error: unknown) => live && setFailed(() => error)
        );
      // At the page's start (the messages not all here yet), not before the first paint.
      if (t.complete) fetch();
      else afterPaint(fetch);
      return () => {
        live = false;
      };
    }, []);
    if (failed !== undefined) throw failed;
    const Component = loaded;
    return whole && Component ? <Component {...props} /> : <>{fallback}</>;
  }
  return Later;
}
