/**
 * The page's first screen in two steps: the first commit draws the main content (the next step's
 * button, the notice outside Excel) and what sits above it, with the first screen's messages
 * only; what is below follows once that is painted and the rest of the messages is here
 * (src/i18n/firstScreen.json lists the first step's). Only the page's entry (index.tsx) asks
 * for it, only its first screen uses it; everywhere else (tests, later renders) everything is
 * drawn at once.
 */
import { useEffect, useState } from "react";
import { completeActiveLang } from "../i18n/active";

let staging = false;

/** index.tsx: the first screen about to be rendered is drawn in two steps. */
export function stageFirstScreen(): void {
  staging = true;
}

/** Runs `task` once the browser has painted what is on screen now. */
export function afterPaint(task: () => void): void {
  const later = () => setTimeout(task, 0);
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(later);
  else later();
}

/**
 * False during the first step of a staged first screen; true once it is painted and the rest of
 * the messages has loaded (and always otherwise).
 */
export function useSecondStep(): boolean {
  const [shown, setShown] = useState(!staging);
  useEffect(() => {
    if (shown) return;
    staging = false;
    afterPaint(() => void completeActiveLang().then(() => setShown(true)));
  }, [shown]);
  return shown;
}
