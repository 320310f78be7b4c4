/** Splitting large writes so that each request stays under Excel's payload limit. */

/** Largest write queued in one request: Excel on the web refuses payloads over 5 MB. */
export const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * At most the bytes a text takes in a request's JSON, in UTF-8: 1 per ASCII character (2 for a
 * quote or backslash, 6 for a control character), 2 or 3 per other character (a surrogate pair, 4).
 */
function textBytes(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    n += u < 0x20 ? 6 : u === 0x22 || u === 0x5c ? 2 : u < 0x80 ? 1 : u < 0x800 ? 2 : 3;
  }
  return n;
}

/** At most the bytes `rows` take in a request (their JSON in UTF-8, plus some overhead). */
export function bytesOf(rows: readonly (readonly unknown[])[]): number {
  let n = 0;
  for (const row of rows) for (const c of row) n += (typeof c === "string" ? textBytes(c) : 24) + 1;
  return n + 64;
}

interface Chunk<T> {
  /** Index of the chunk's first row among all the rows. */
  readonly start: number;
  readonly rows: T[][];
}

/** Consecutive groups of rows of at most `maxBytes` each (a single larger row is its own group). */
export function chunks<T>(rows: readonly T[][], maxBytes: number): Chunk<T>[] {
  const out: Chunk<T>[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let size = 0;
    while (end < rows.length && (end === start || size + bytesOf([rows[end]]) <= maxBytes))
      size += bytesOf([rows[end++]]);
    out.push({ start, rows: rows.slice(start, end) });
    start = end;
  }
  return out;
}
