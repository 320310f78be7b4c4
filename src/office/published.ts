/**
 * On open, whether a newer dataset is published at the workbook's address. One GET of the address
 * the user chose (the add-in's own copy by default): the only network use besides a refresh. It
 * only reads the version and date; nothing is written and nothing is put in force. Offline, or on
 * any failure, the answer is "nothing to say": a notice that cannot be checked is not shown.
 */
import { checkDatasetUrl } from "../data/url";

export interface Published {
  readonly version: string;
  readonly asOf: string;
}

/** True if `a` is a later release than `b`: by version, then by as-of date for the same version. */
export function isLaterRelease(a: Published, b: Published): boolean {
  const parts = (v: string) => v.split(".").map(Number);
  const [x, y] = [parts(a.version), parts(b.version)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return a.asOf > b.asOf;
}

type Online = { onLine?: boolean } | undefined;

/** The release published at `url` if it is later than `inForce`; undefined otherwise or on failure. */
export async function newerPublished(
  url: string,
  inForce: Published,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  navigatorLike: Online = (globalThis as { navigator?: Online }).navigator
): Promise<Published | undefined> {
  if (navigatorLike?.onLine === false) return undefined;
  const checked = checkDatasetUrl(url);
  if (!checked.ok) return undefined;
  try {
    const response = await fetchImpl(checked.value.href, {
      cache: "no-cache",
      credentials: "omit",
      // A check nobody waits for: given up after 15 s rather than left hanging.
      signal: typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(15_000) : undefined,
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { version?: unknown; asOf?: unknown } | null;
    const { version, asOf } = body ?? {};
    if (typeof version !== "string" || !/^\d+\.\d+\.\d+$/.test(version)) return undefined;
    if (typeof asOf !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return undefined;
    const found = { version, asOf };
    return isLaterRelease(found, inForce) ? found : undefined;
  } catch {
    return undefined;
  }
}
