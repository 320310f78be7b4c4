import { useEffect, useState } from "react";
import { detectHost, type HostState } from "../office/host";

/**
 * Where the pane runs: undefined until the first answer. After a timeout it keeps listening, and
 * switches (to the Excel pane, say) when Office answers late: the page lives as long as the
 * workbook, so a slow start must not leave the pane outside Excel for the whole session.
 */
export function useHost(
  detect: () => Promise<HostState> = detectHost,
  /** The answer, when it came before the first render (the pane is drawn in its view at once). */
  initial?: HostState
): HostState | undefined {
  const [host, setHost] = useState<HostState | undefined>(initial);
  useEffect(() => {
    let live = true;
    const follow = (state: HostState) => {
      if (!live) return;
      setHost(state);
      if (state.kind === "no-office" && state.reason === "timeout") void state.later.then(follow);
    };
    void detect().then(follow);
    return () => {
      live = false;
    };
  }, [detect]);
  return host;
}
