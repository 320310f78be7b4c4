/**
 * Whether the task pane is showing. With the shared runtime the pane's page keeps running while
 * the pane is closed; Office.addin.onVisibilityModeChanged (SharedRuntime 1.1,
 * https://learn.microsoft.com/javascript/api/office/office.addin) says when it is hidden or shown.
 */
import { officeSupports } from "../../office/host";

/** Calls `onChange(visible)` when the pane is hidden or shown; returns the function that stops it. Does nothing where Office cannot tell. */
export function onPaneVisibility(onChange: (visible: boolean) => void): () => void {
  const addin = typeof Office !== "undefined" ? Office.addin : undefined;
  if (
    !addin ||
    typeof addin.onVisibilityModeChanged !== "function" ||
    !officeSupports("SharedRuntime", "1.1")
  )
    return () => undefined;
  let stopped = false;
  let remove: (() => Promise<void>) | undefined;
  addin
    .onVisibilityModeChanged((message) => {
      if (!stopped) onChange(String(message.visibilityMode) !== "Hidden");
    })
    .then(
      (removeHandler) => {
        if (stopped) void removeHandler();
        else remove = removeHandler;
      },
      () => undefined
    );
  return () => {
    stopped = true;
    void remove?.();
  };
}
