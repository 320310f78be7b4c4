/**
 * Sharing a workbook with someone who lacks the add-in: its KZUZ formulas (every sheet's, or the
 * selection's) replaced by their current values, each listed on the sheet "KZUZ Formula Sources" with its
 * cell, formula, value and dataset, so every number keeps its source. A formula that spills is
 * replaced by the whole array it shows. A formula showing an error (#BUSY! while it computes,
 * #N/A...) is left as it is: its value would be the error, not a figure.
 *
 * First `findKzuzFormulas` counts them, so the pane can say what it will do; then
 * `convertKzuzFormulas` looks again (the workbook may have changed meanwhile) and converts.
 *
 * What a cell shows is what it keeps: text is written into cells formatted as text ("@") first,
 * since Excel reads a string written through Range.values as if typed, so "2021-12-06" would
 * become a date serial (G5; https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values);
 * a card (an entity, which Range.values reads as #VALUE!) keeps the text it shows, read through
 * Range.valuesAsJson (ExcelApi 1.16); a KZUZ card written into a cell (the inserted tables' cards)
 * becomes its text too, listed as "KZUZ card: project <id>". A protected sheet among those to convert stops everything
 * before a cell is changed (G6), and the list of sources is written before any formula is
 * replaced, so a conversion Excel stops part-way never leaves a formula gone and unlisted.
 */
import { cardRecordOf } from "../data/cards/record-card";
import type { Dataset } from "../data/schema";
import type { CellValue } from "../data/views";
import { FUNCTIONS_NAMESPACE } from "../office/namespace";
import { columnIndex, columnLetter } from "./a1";
import { cardsRoute } from "./cards/support";
import { isSupported, type RequirementSet, type Supports } from "./requirements";
import { DEFAULT_MAX_REQUEST_BYTES, bytesOf, chunks } from "./tables/chunks";
import { readProtection } from "./tables/protection";
import { readInBlocks } from "./tables/read";
import { freeSheetName } from "./tables/sheet-name";
import { safeCell, type SafeValue } from "./tables/safe-cell";
import type { RunExcel } from "./workbench";
import { workbookText } from "../i18n/workbook";

export type Scope = "workbook" | "selection";

const SOURCES_SHEET = "KZUZ Formula Sources";
export const SOURCES_HEADERS = ["Cell", "Formula", "Value", "Dataset", "Converted (UTC)"] as const;

/** Range.getSpillingToRangeOrNullObject: where a dynamic-array formula's values are. */
const SPILL_SET: RequirementSet = { set: "ExcelApi", version: "1.12" };
/** Workbook.notes: a note on each converted cell, pointing to its source. */
const NOTES_SET: RequirementSet = { set: "ExcelApi", version: "1.18" };

/** Sheets holding formulas to convert are protected: nothing was converted (G6). */
export class ShareProtectedError extends Error {
  constructor(readonly sheets: string[]) {
    super(`Protected: ${sheets.join(", ")}`);
    this.name = "ShareProtectedError";
  }
}

/**
 * A cell's value as shown: a card's (entity's or linked entity's) display text, else its value.
 * A linked card keeps its text even where Excel shows #CONNECT! (the add-in not loaded): that is
 * the text it was written with, or the name Excel last loaded.
 */
function shown(value: unknown, json: unknown): unknown {
  const rich = json as { type?: string; text?: unknown } | undefined;
  const card = rich?.type === "Entity" || rich?.type === "LinkedEntity";
  return card && typeof rich.text === "string" ? rich.text : value;
}

/** One cell holding a KZUZ formula. */
interface KzuzCell {
  /** The sheet's name, and the cell's A1 address on it. */
  sheet: string;
  cell: string;
  formula: string;
  value: CellValue | boolean;
}

const ERROR_VALUE = /^#[A-Z0-9/!?]+[!?]?$/;

/** Whether a formula calls a KZUZ function (text in quotes does not count). */
export function isKzuzFormula(formula: unknown): formula is string {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return new RegExp(`(^|[^A-Za-z0-9_.])${FUNCTIONS_NAMESPACE}\\.[A-Za-z]`, "i").test(code);
}

/** "'My sheet'!B2:D9" → sheet "My sheet", first row 1 and column 1 (zero-based). */
function origin(address: string): { sheet: string; row: number; column: number } {
  const bang = address.lastIndexOf("!");
  const sheet = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(address.slice(bang + 1));
  if (!m) throw new Error(`Unexpected address ${address}`);
  return { sheet, row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

/** The KZUZ formulas in the loaded grids. */
function collect(
  areas: {
    address: string;
    formulas: unknown[][];
    values: unknown[][];
    valuesAsJson?: unknown[][];
  }[]
): KzuzCell[] {
  const found: KzuzCell[] = [];
  for (const area of areas) {
    const at = origin(area.address);
    area.formulas.forEach((row, i) =>
      row.forEach((formula, j) => {
        const json = area.valuesAsJson?.[i]?.[j];
        const cell = `${columnLetter(at.column + j)}${at.row + i + 1}`;
        if (isKzuzFormula(formula))
          found.push({
            sheet: at.sheet,
            cell,
            formula,
            value: shown(area.values[i][j], json) as CellValue | boolean,
          });
        else {
          // A KZUZ card written into a cell (an inserted table's): it becomes its text, and is
          // listed as the card of its record.
          const record = cardRecordOf(json);
          if (record)
            found.push({
              sheet: at.sheet,
              cell,
              formula: `KZUZ card: ${record.kind} ${record.id}`,
              value: shown(area.values[i][j], json) as CellValue | boolean,
            });
        }
      })
    );
  }
  return found;
}

/**
 * The KZUZ formulas of the selection or of every sheet's used range. Each range is read a block of
 * rows per request, so no response passes Excel on the web's 5 MB limit (./tables/read): its size
 * first, then its formulas and values (and, for cards, valuesAsJson).
 */
async function scan(
  context: Excel.RequestContext,
  scope: Scope,
  cards = false,
  maxBytes = DEFAULT_MAX_REQUEST_BYTES
): Promise<KzuzCell[]> {
  let areas: Excel.Range[];
  if (scope === "selection") {
    const range = context.workbook.getSelectedRange();
    range.load("address, rowCount, columnCount");
    await context.sync();
    areas = [range];
  } else {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const used = sheets.items
      // The lists of earlier conversions hold formulas as text, which Range.formulas reads back
      // as formulas: they are not converted again.
      .filter((s) => !s.name.startsWith(SOURCES_SHEET))
      .map((s) => {
        const r = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject();
        r.load("address, rowCount, columnCount");
        return r;
      });
    await context.sync();
    areas = used.filter((r) => !r.isNullObject);
  }
  const read = [];
  for (const area of areas) {
    const { sheet } = origin(area.address);
    const local = area.address.slice(area.address.lastIndexOf("!") + 1);
    const grids = await readInBlocks(
      context,
      () => context.workbook.worksheets.getItem(sheet).getRange(local),
      { count: area.rowCount, bytes: area.columnCount * 120 },
      maxBytes,
      { json: cards }
    );
    read.push({ address: area.address, ...grids });
  }
  return collect(read);
}

/** The KZUZ formulas of the workbook or the selection, as they are now. */
export function findKzuzFormulas(
  run: RunExcel,
  scope: Scope,
  supports?: Supports
): Promise<KzuzCell[]> {
  return run((context) => scan(context, scope, cardsRoute(supports).cards));
}

/** The text number format for a string, null (leave the cell's format) for anything else. */
function textFormat(value: unknown): string | null {
  return typeof value === "string" ? "@" : null;
}

/** Excel stopped the conversion part-way; `listedOn`: the sheet listing every formula to convert. */
export class ShareWriteError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly listedOn: string | undefined
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "ShareWriteError";
  }
}

interface Converted {
  converted: KzuzCell[];
  /** Left as formulas: they showed an error. */
  skipped: KzuzCell[];
  /** The sheet the sources were listed on. */
  sourcesSheet: string;
  notes: boolean;
}

/**
 * Replaces each KZUZ formula found now by its value and lists it on a KZUZ Formula Sources sheet.
 * Values are written as values: text that looks like a formula gets Excel's text marker.
 */
export async function convertKzuzFormulas(
  run: RunExcel,
  scope: Scope,
  dataset: Pick<Dataset, "version" | "asOf">,
  options: { supports?: Supports; now?: () => Date } = {}
): Promise<Converted> {
  const when = (options.now?.() ?? new Date()).toISOString().slice(0, 16).replace("T", " ");
  const source = `KZUZ dataset ${dataset.version} (as of ${dataset.asOf})`;
  const spills = isSupported(SPILL_SET, options.supports);
  const notes = isSupported(NOTES_SET, options.supports);
  return run(async (context) => {
    const found = await scan(context, scope, cardsRoute(options.supports).cards);
    const skipped = found.filter((c) => typeof c.value === "string" && ERROR_VALUE.test(c.value));
    const converted = found.filter((c) => !skipped.includes(c));
    const target = (c: KzuzCell) => context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
    // A formula that spills shows more than its own cell: the whole array is written back.
    const spilled = converted.map((c) => {
      if (!spills) return undefined;
      const s = target(c).getSpillingToRangeOrNullObject();
      s.load("address,values");
      return s;
    });
    // Every sheet to change is checked for protection before anything is written (G6).
    const touched = [...new Set(converted.map((c) => c.sheet))];
    const checks = touched.map((name) => readProtection(context.workbook.worksheets.getItem(name)));
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const locked = checks.filter((c) => c.protection.protected).map((c) => c.sheet.name);
    if (locked.length > 0) throw new ShareProtectedError(locked);
    const name = freeSheetName(SOURCES_SHEET, new Set(sheets.items.map((s) => s.name)));
    // The list first: whatever Excel applies of this request, a formula replaced is listed.
    const rows: SafeValue[][] = converted.map((c) =>
      [`${c.sheet}!${c.cell}`, c.formula, c.value as CellValue, source, when].map((v) =>
        safeCell(v)
      )
    );
    // Requests split at the size limit (the list's, then the conversions'), in that order.
    let queued = 0;
    const room = async (bytes: number) => {
      if (queued > 0 && queued + bytes > DEFAULT_MAX_REQUEST_BYTES) {
        await context.sync();
        queued = 0;
      }
      queued += bytes;
    };
    try {
      if (rows.length > 0) {
        const sheet = sheets.add(name);
        const header = sheet.getRange("A1:E1");
        header.numberFormat = [SOURCES_HEADERS.map(textFormat)];
        header.values = [[...SOURCES_HEADERS]];
        for (const chunk of chunks(rows, DEFAULT_MAX_REQUEST_BYTES / 2)) {
          await room(bytesOf(chunk.rows) * 2);
          const first = chunk.start + 2;
          const list = sheet.getRange(`A${first}:E${first + chunk.rows.length - 1}`);
          list.numberFormat = chunk.rows.map((r) => r.map(textFormat));
          list.values = chunk.rows;
        }
        sheet.freezePanes.freezeRows(1);
      }
      for (const [k, c] of converted.entries()) {
        const s = spilled[k];
        const grid = s && !s.isNullObject ? (s.values as CellValue[][]) : [[c.value as CellValue]];
        await room(bytesOf(grid) * 2);
        const range = target(c).getResizedRange(grid.length - 1, (grid[0]?.length ?? 1) - 1);
        // Text as text: "@" first (null leaves a cell's format as it is).
        if (grid.some((row) => row.some((v) => typeof v === "string")))
          range.numberFormat = grid.map((row) => row.map(textFormat));
        range.values = grid.map((row) => row.map((v) => safeCell(v)));
      }
      await context.sync();
    } catch (error) {
      throw new ShareWriteError(error, rows.length > 0 ? name : undefined);
    }
    let noted = false;
    if (notes && converted.length > 0) {
      // A separate batch: a cell that already has a note refuses another, and that must not
      // undo the conversion, whose sources are listed on the sheet all the same.
      try {
        for (const c of converted)
          context.workbook.notes.add(
            target(c),
            workbookText("workbook.note.converted", { formula: c.formula, source, sheet: name })
          );
        await context.sync();
        noted = true;
      } catch {
        noted = false;
      }
    }
    return { converted, skipped, sourcesSheet: name, notes: noted };
  });
}
