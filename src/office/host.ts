/**
 * Where the add-in is running. Office.onReady never settles when office.js is missing, and
 * outside Office it resolves with a null host, so the answer is raced against a timeout: the
 * task pane must never hang waiting for a host that is not there.
 */
export type HostState =
  | { kind: "excel"; platform: string }
  | { kind: "other-host"; host: string }
  | { kind: "no-office"; reason: "office-js-missing" | "not-in-office" | "timeout" };

/** What the page can see of office.js: injected for tests, the global `Office` otherwise. */
export interface OfficeLike {
  onReady(): Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>;
}

function globalOffice(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

/** Resolves once Office has said where we are, or after `timeoutMs` with "timeout". */
export async function detectHost(
  office: OfficeLike | undefined = globalOffice(),
  timeoutMs = 5000
): Promise<HostState> {
  if (!office) return { kind: "no-office", reason: "office-js-missing" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostState>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "no-office", reason: "timeout" }), timeoutMs);
  });
  const ready = office.onReady().then(
    (info): HostState => {
      if (info.host === null || info.host === undefined)
        return { kind: "no-office", reason: "not-in-office" };
      if (String(info.host) === "Excel")
        return { kind: "excel", platform: String(info.platform ?? "unknown") };
      return { kind: "other-host", host: String(info.host) };
    },
    (): HostState => ({ kind: "no-office", reason: "not-in-office" })
  );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** True when Office shows a dark theme (Office.context.officeTheme, where the host provides it). */
export function officeThemeIsDark(): boolean | undefined {
  try {
    const color =
      typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
    if (!color || !/^#?[0-9a-f]{6}$/i.test(color)) return undefined;
    const hex = color.replace("#", "");
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  } catch {
    return undefined;
  }
}

/** Whether the host supports a requirement set: Office's own answer, false where Office is not loaded. */
export function officeSupports(set: string, version: string): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Boolean(Office.context?.requirements?.isSetSupported(set, version))
    );
  } catch {
    return false;
  }
}
