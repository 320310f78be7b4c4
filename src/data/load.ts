/**
 * Getting a dataset: a published copy fetched over https with a timeout and a size limit, then
 * validated (the copy bundled with the add-in is in ./bundled). With the validator, this is the
 * lazily loaded "download" chunk: import it through `loadDownloader` (./download). Uses only `fetch`, `AbortController` and
 * `TextDecoder`, which browsers and Node 20 both have.
 */
import { message } from "../i18n/message";
import { fail, failWith, ok, type Result } from "./result";
import type { Dataset } from "./schema";
import { checkDatasetUrl } from "./url";
import { parseDatasetText } from "./validate";

/** Defaults for `fetchDataset`. */
export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 } as const;

/** Options for `fetchDataset`. */
export interface FetchOptions {
  /** The fetch to use; defaults to the global one. Tests inject their own. */
  fetchImpl?: typeof fetch;
  /** Give up after this long, body included. Default 15 s. */
  timeoutMs?: number;
  /** Refuse bodies larger than this, counted while reading. Default 5 MB. */
  maxBytes?: number;
  /** Cancels the download. */
  signal?: AbortSignal;
  /** The clock: a dataset dated after today is refused. */
  now?: () => Date;
}

/**
 * Downloads, parses and validates a dataset. Never throws: every failure is a typed error
 * (insecure-url, fetch-failed with the HTTP status, timeout, too-large, aborted, invalid-dataset,
 * unsupported-schema-version).
 */
export async function fetchDataset(
  url: string,
  options: FetchOptions = {}
): Promise<Result<Dataset>> {
  const fetchImpl = options.fetchImpl ?? globalThis.fetch;
  if (
    typeof fetchImpl !== "function" ||
    typeof URL !== "function" ||
    typeof AbortController !== "function" ||
    typeof TextDecoder !== "function"
  )
    return fail({
      kind: "fetch-failed",
      id: "errors.data.load.noFetch",
    });
  const checked = checkDatasetUrl(url);
  if (!checked.ok) return checked;
  const href = checked.value.href;
  const {
    timeoutMs = FETCH_DEFAULTS.timeoutMs,
    maxBytes = FETCH_DEFAULTS.maxBytes,
    signal,
  } = options;
  if (signal?.aborted) return cancelled();

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const response = await fetchImpl(href, {
      signal: controller.signal,
      credentials: "omit",
      redirect: "follow",
      // A refresh asks for the copy the server has now, never one an HTTP cache kept.
      cache: "no-cache",
    });
    if (response.url !== "") {
      const final = checkDatasetUrl(response.url);
      if (!final.ok) {
        void response.body?.cancel().catch(() => undefined);
        return final;
      }
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
      return fail({
        kind: "fetch-failed",
        status: response.status,
        id: "errors.data.load.status",
        values: { status, url: href },
      });
    }
    const text = await readText(response, maxBytes);
    if (!text.ok) {
      controller.abort();
      return text;
    }
    return parseDatasetText(text.value, { now: options.now });
  } catch (e) {
    if (timedOut)
      return failWith("timeout", "errors.data.load.timeout", { seconds: String(timeoutMs / 1000) });
    if (signal?.aborted) return cancelled();
    const detail = e instanceof Error ? e.message : String(e);
    // A browser hides why a cross-origin request failed: a server that answers without CORS
    // headers looks like a dropped connection (a TypeError). Both are named, with what to ask.
    const origin = pageOrigin();
    if (e instanceof TypeError && origin !== undefined && new URL(href).origin !== origin)
      return fail({
        kind: "fetch-failed",
        id: "errors.data.load.cors",
        values: { url: href, detail, origin },
      });
    return fail({
      kind: "fetch-failed",
      // `detail` is the runtime's own wording (English in most browsers): a value, kept as it is.
      id: "errors.data.load.failed",
      values: { url: href, detail },
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/** The origin the add-in's page is served from, where there is a page ("null" counts as none). */
function pageOrigin(): string | undefined {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin === "string" && origin !== "null" && origin !== "" ? origin : undefined;
}

/** Reads a body as UTF-8 text, stopping as soon as it passes `maxBytes` (a Content-Length is not trusted). */
async function readText(response: Response, maxBytes: number): Promise<Result<string>> {
  const tooLarge = () =>
    failWith("too-large", "errors.data.load.tooLarge", { limit: formatBytes(maxBytes) });
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
  if (response.body === null) return ok("");
  const reader = response.body.getReader();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let received = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    const chunk = decode(decoder, value);
    if (chunk === undefined) return notUtf8();
    text += chunk;
  }
  const rest = decode(decoder);
  return rest === undefined ? notUtf8() : ok(text + rest);
}

/** Decodes a chunk (or, without one, the end of the stream); undefined when the bytes are not UTF-8. */
function decode(decoder: TextDecoder, chunk?: Uint8Array): string | undefined {
  try {
    return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
  } catch {
    return undefined;
  }
}

function notUtf8(): Result<string> {
  return fail({
    kind: "invalid-dataset",
    issues: [{ path: "$", said: message("dataset.notUtf8") }],
    id: "errors.data.load.notUtf8",
  });
}

function cancelled(): Result<never> {
  return failWith("aborted", "errors.data.load.cancelled");
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / (1024 * 1024)).toFixed(1)} MB` : `${bytes} bytes`;
}
