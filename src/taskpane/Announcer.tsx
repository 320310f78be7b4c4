import { AnnounceProvider } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, type ReactNode } from "react";

const HIDDEN = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;

/**
 * Where Fluent's MessageBar sends what it announces. Without a provider its announcements go
 * nowhere, and Fluent's own announcer pulls in its focus-management library (tabster); two
 * live regions, polite and assertive, do the job. MessageBar announces once when it appears,
 * so nothing around it should be a live region as well (that announced every message twice).
 */
export function Announcer({ children }: { children: ReactNode }) {
  const polite = useRef<HTMLDivElement>(null);
  const assertive = useRef<HTMLDivElement>(null);
  const announce = useCallback((message: string, options: { alert?: boolean } = {}) => {
    const region = options.alert ? assertive.current : polite.current;
    if (!region || message.trim() === "") return;
    // A fresh element, so that the same message twice in a row is announced twice.
    const line = document.createElement("p");
    line.textContent = message;
    region.replaceChildren(line);
  }, []);
  const value = useMemo(() => ({ announce }), [announce]);
  return (
    <AnnounceProvider value={value}>
      {children}
      <div ref={polite} aria-live="polite" style={HIDDEN} data-testid="announce-polite" />
      <div ref={assertive} aria-live="assertive" style={HIDDEN} data-testid="announce-assertive" />
    </AnnounceProvider>
  );
}
