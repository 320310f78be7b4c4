/**
 * Reading large ranges under Excel on the web's response limit: "Excel on the web has a payload
 * size limit for requests and responses of 5MB"
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * a response over it fails with ResponsePayloadSizeLimitExceeded. A range is read a block of rows
 * per request, the blocks sized like the writes (./chunks: the bytes the rows are expected to take,
 * under the same limit), and a block Excel still finds too large is read again in halves.
 */
import { bytesOf } from "./chunks";

/** Whether Excel refused a request because its response would be over the size limit. */
export function responseTooLarge(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "ResponsePayloadSizeLimitExceeded" || /ResponsePayloadSizeLimitExceeded/.test(text)
  );
}

/** What the body of a table holds, as Range.values, Range.formulas and Range.numberFormat read it. */
export interface Grids {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valuesAsJson?: unknown[][];
}

/**
 * The bytes a row of `cells` is expected to take when read back as values, formulas and number
 * formats: its text twice (values and formulas) and a format per cell; `width` cells in all.
 */
export function rowBytes(cells: readonly unknown[], width = cells.length): number {
  const known = bytesOf([cells]) * 2 + cells.length * 12;
  return Math.ceil((known / Math.max(1, cells.length)) * Math.max(width, cells.length));
}

/**
 * Reads rows [0, rowCount) of `range()` (a fresh range object each call) in blocks whose
 * responses stay under `maxBytes`, expecting `perRow` bytes a row; with `json`, Range.valuesAsJson
 * too (ExcelApi 1.16). `counted` is told of each request.
 */
export async function readInBlocks(
  context: Excel.RequestContext,
  range: () => Excel.Range,
  rows: { count: number; bytes: number },
  maxBytes: number,
  options: { json?: boolean; counted?: () => void } = {}
): Promise<Grids> {
  const out: Grids = { values: [], formulas: [], numberFormat: [], valuesAsJson: [] };
  let size = Math.max(1, Math.floor(maxBytes / Math.max(1, rows.bytes)));
  let start = 0;
  while (start < rows.count) {
    const n = Math.min(size, rows.count - start);
    const block = range()
      .getRow(start)
      .getResizedRange(n - 1, 0);
    if (options.json) block.load("values, formulas, numberFormat, valuesAsJson");
    else block.load("values, formulas, numberFormat");
    try {
      options.counted?.();
      // One request per block, by design: each response must stay under the limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!responseTooLarge(error) || n === 1) throw error;
      size = Math.max(1, Math.floor(n / 2));
      continue;
    }
    out.values.push(...block.values);
    out.formulas.push(...block.formulas);
    out.numberFormat.push(...block.numberFormat);
    if (options.json) out.valuesAsJson?.push(...block.valuesAsJson);
    start += n;
  }
  return out;
}
