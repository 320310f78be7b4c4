/**
 * The page's localStorage (per user and per computer), or undefined where the page may not use it:
 * a sandboxed frame or a browser that blocks storage throws on the mere access. The pane's
 * remembered choices (first-run, chosen tables, cards) read it through here; src/i18n/detect.ts
 * keeps its own copy, as i18n may not import this layer.
 */
type PageStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function pageStorage(): PageStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
