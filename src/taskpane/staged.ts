/**
 * The page's first screen in two steps: the first commit draws the main content (the next step's
 * button, the notice outside Excel) and what sits above it; what is below follows a frame later,
 * once that is painted. Only the page's entry (index.tsx) asks for it, only its first screen
 * uses it; everywhere else (tests, later renders) everything is drawn at once.
 */
import { useEffect, useState } from "react";

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

/** False during the first commit of a staged first screen; true from the frame after (and always otherwise). */
export function useSecondStep(): boolean {
  const [shown, setShown] = useState(!staging);
  useEffect(() => {
    if (shown) return;
    staging = false;
    afterPaint(() => setShown(true));
  }, [shown]);
  return shown;
}
