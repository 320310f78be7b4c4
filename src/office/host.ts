/**
 * Where the add-in is running. Office.onReady never settles when office.js is missing, and
 * outside Office it resolves with a null host, so the first answer is raced against a timeout:
 * the task pane must never hang waiting for a host that is not there. Office may still answer
 * after the timeout (a slow start of the shared runtime, which is loaded once per workbook and
 * kept): the timeout state carries `later`, which settles with Office's answer when it comes.
 */
export type HostState =
  | { kind: "excel"; platform: string }
  | { kind: "other-host"; host: string }
  | { kind: "no-office"; reason: "office-js-missing" | "not-in-office" }
  | { kind: "no-office"; reason: "timeout"; later: Promise<HostState> };

/** What the page can see of office.js: injected for tests, the global `Office` otherwise. */
export interface OfficeLike {
  onReady(): Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>;
}

function globalOffice(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

/** Office's answer as a host state; a rejected onReady means we are not in Office. */
function answer(office: OfficeLike): Promise<HostState> {
  return office.onReady().then(
    (info): HostState => {
      if (info.host === null || info.host === undefined)
        return { kind: "no-office", reason: "not-in-office" };
      if (String(info.host) === "Excel")
        return { kind: "excel", platform: String(info.platform ?? "unknown") };
      return { kind: "other-host", host: String(info.host) };
    },
    (): HostState => ({ kind: "no-office", reason: "not-in-office" })
  );
}

/** What of the page office.js reads to learn its host: injected for tests, the page's own otherwise. */
interface HostInfoSources {
  search: string;
  name: string;
  external?: unknown;
  agaveHost?: unknown;
  session?: { getItem(key: string): string | null };
}

function pageSources(): HostInfoSources | undefined {
  if (typeof window === "undefined") return undefined;
  const w = window as unknown as { external?: unknown; agaveHost?: unknown };
  let session: HostInfoSources["session"];
  try {
    session = window.sessionStorage;
  } catch {
    session = undefined;
  }
  return {
    search: location.search,
    name: window.name,
    external: w.external,
    agaveHost: w.agaveHost,
    session,
  };
}

/**
 * True when office.js is sure to answer "no host" (outside Office), known at once, without its
 * round trip: office.js learns its host from exactly these places (office.debug.js 1.1.110,
 * `_retrieveHostInfo`): a host bridge's `window.external.GetHostInfo()` or `agaveHost`, the
 * page's `_host_Info` query parameter, a `hostInfo` in `window.name`'s JSON, and a `hostInfoValue`
 * kept in sessionStorage. With none of them, Office.onReady resolves with a null host. Used only
 * to draw the first screen sooner; Office's own answer still follows and wins (useHost).
 */
export function surelyOutsideOffice(page: HostInfoSources | undefined = pageSources()): boolean {
  if (!page) return false;
  const external = page.external as { GetHostInfo?: unknown } | undefined;
  if (page.agaveHost !== undefined || typeof external?.GetHostInfo === "function") return false;
  if (/[?&]_host_Info=/i.test(page.search)) return false;
  try {
    const named = JSON.parse(page.name) as { hostInfo?: unknown } | null;
    if (named && typeof named === "object" && named.hostInfo) return false;
  } catch {
    // Not JSON: office.js finds no host there either.
  }
  try {
    if (page.session?.getItem("hostInfoValue")) return false;
  } catch {
    return false;
  }
  return true;
}

/**
 * Resolves once Office has said where we are, or after `timeoutMs` with "timeout", whose `later`
 * still resolves with Office's answer if it ever comes.
 */
export async function detectHost(
  office: OfficeLike | undefined = globalOffice(),
  timeoutMs = 5000
): Promise<HostState> {
  if (!office) return { kind: "no-office", reason: "office-js-missing" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = answer(office);
  const timeout = new Promise<HostState>((resolve) => {
    timer = setTimeout(
      () => resolve({ kind: "no-office", reason: "timeout", later: ready }),
      timeoutMs
    );
  });
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Resolves when Office has initialised (or at once without office.js, or after `timeoutMs` if it
 * never does), so that what the host script defines (OfficeRuntime, document settings) is there.
 */
export async function officeReady(
  office: OfficeLike | undefined = globalOffice(),
  timeoutMs = 10_000
): Promise<void> {
  if (office) await detectHost(office, timeoutMs);
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

/**
 * Which Office this is (Office.context.platform: "PC", "Mac", "OfficeOnline", "iOS", …), undefined
 * where Office is not loaded or has not said.
 */
export function officePlatform(): string | undefined {
  try {
    if (typeof Office === "undefined") return undefined;
    const platform = Office.context?.platform;
    return platform === undefined || platform === null ? undefined : String(platform);
  } catch {
    return undefined;
  }
}
