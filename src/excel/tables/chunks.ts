/** Splitting large writes so that each request stays under Excel's payload limit. */

/** Largest write queued in one request: Excel on the web refuses payloads over 5 MB. */
export const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** An estimate of the bytes `rows` take in a request (UTF-16 text plus JSON overhead). */
export function bytesOf(rows: readonly (readonly unknown[])[]): number {
  let n = 0;
  for (const row of rows) for (const c of row) n += typeof c === "string" ? c.length * 2 + 4 : 12;
  return n + 64;
}

export interface Chunk<T> {
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
