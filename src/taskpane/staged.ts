/**
 * The page's first screen comes in two steps: the first commit draws the main content (the next
 * step's button, the notice outside Excel) and what sits above it, with the first screen's
 * messages only (src/i18n/firstScreen.json); what is below it, the other tabs and the catalogue's
 * rest are fetched once that is painted, and drawn when they are here (./AfterFirstScreen, the
 * one way the pane waits for them).
 */

/** Runs `task` once the browser has painted what is on screen now. */
export function afterPaint(task: () => void): void {
  const later = () => setTimeout(task, 0);
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(later);
  else later();
}
