/**
 * The selected cell, as "explain this cell" needs it: its formula and value, the row of the table
 * it stands in (if any), and the values of cells its formula refers to; and following the
 * selection with the worksheet collection's onSelectionChanged event.
 *
 * Requirement sets (https://learn.microsoft.com/javascript/api/excel): Workbook.getActiveCell is
 * ExcelApi 1.7; WorksheetCollection.onSelectionChanged and Range.getTables are ExcelApi 1.9;
 * Range.getSpillParentOrNullObject is ExcelApi 1.12.
 */
import { cardRecordOf } from "../data/cards/record-card";
import { isSupported, type RequirementSet, type Supports } from "./requirements";
import type { RunExcel } from "./workbench";

/** Selection events and the tables at a range. */
export const SELECTION_SET: RequirementSet = { set: "ExcelApi", version: "1.9" };

/** Finding the formula a spilled cell belongs to. */
const SPILL_SET: RequirementSet = { set: "ExcelApi", version: "1.12" };

/** A cell another formula refers to: `B2`, or `B2` on sheet `Inputs`. */
export interface CellRef {
  readonly text: string;
  readonly sheet?: string;
  readonly address: string;
}

interface TableRow {
  readonly tableId: string;
  readonly tableName: string;
  readonly headers: readonly string[];
  /** The row's values; a KZUZ card is read as the text it shows. */
  readonly values: readonly unknown[];
  /** The columns whose cell is a KZUZ card (Range.valuesAsJson), read as its text in `values`. */
  readonly cards?: readonly number[];
}

export interface SelectedCell {
  /** As Excel gives it: "Sheet1!B2", "'My sheet'!B2". */
  readonly address: string;
  readonly sheet: string;
  /** The formula, or the constant as typed; "" for an empty cell. */
  readonly formula: string;
  /** The value; a KZUZ card (an inserted table's) is read as the text it shows. */
  readonly value: unknown;
  /** For a cell filled by another cell's spilling formula: that cell and its formula. */
  readonly spillParent?: { readonly address: string; readonly formula: string };
  /** The row of the table the cell is in, if it is in a table's body. */
  readonly row?: TableRow;
  /** The values of the referenced cells, by `CellRef.text`; a ref to a missing sheet is absent. */
  readonly references: ReadonlyMap<string, unknown>;
}

interface ReadOptions {
  /** The cells the formula refers to, to read with it. */
  referencesOf?: (formula: string) => readonly CellRef[];
  supports?: Supports;
  /** Whether Range.valuesAsJson can be read (../cards/support): cards read as their text. */
  cards?: boolean;
}

/** Reads the active cell (two syncs). */
export async function readSelectedCell(
  context: Excel.RequestContext,
  { referencesOf, supports, cards = false }: ReadOptions = {}
): Promise<SelectedCell> {
  const cell = context.workbook.getActiveCell();
  if (cards) cell.load("address, formulas, values, valuesAsJson");
  else cell.load("address, formulas, values");
  const sheets = context.workbook.worksheets;
  // The active cell is on the active sheet.
  const sheet = sheets.getActiveWorksheet();
  sheet.load("name");
  sheets.load("items/name");
  const withTables = isSupported(SELECTION_SET, supports);
  const tables = withTables ? cell.getTables(false) : undefined;
  tables?.load("items/id, items/name");
  const parent = isSupported(SPILL_SET, supports) ? cell.getSpillParentOrNullObject() : undefined;
  parent?.load("address, formulas");
  await context.sync();

  const formula = String(cell.formulas[0][0] ?? "");
  const spillParent =
    parent && !parent.isNullObject && parent.address !== cell.address
      ? { address: parent.address, formula: String(parent.formulas[0][0] ?? "") }
      : undefined;
  const known = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const refs = (referencesOf?.(spillParent?.formula ?? formula) ?? []).filter(
    (r) => r.sheet === undefined || known.has(r.sheet.toLowerCase())
  );
  const refRanges = refs.map((r) => {
    const range = (r.sheet ? sheets.getItem(r.sheet) : sheet).getRange(r.address);
    range.load("values");
    return [r.text, range] as const;
  });
  const table = tables?.items[0];
  const header = table?.getHeaderRowRange();
  header?.load("values");
  const row = table?.getDataBodyRange().getIntersectionOrNullObject(cell.getEntireRow());
  if (cards) row?.load("values, valuesAsJson");
  else row?.load("values");
  await context.sync();
  const rowJson = cards && row && !row.isNullObject ? row.valuesAsJson[0] : undefined;
  const rowCards = (rowJson ?? []).flatMap((json, i) => (cardRecordOf(json) ? [i] : []));

  return {
    address: cell.address,
    sheet: sheet.name,
    formula,
    value: shownText(cell.values[0][0], cards ? cell.valuesAsJson[0][0] : undefined),
    spillParent,
    row:
      table && header && row && !row.isNullObject
        ? {
            tableId: table.id,
            tableName: table.name,
            headers: header.values[0].map(String),
            values: row.values[0].map((v, i) => shownText(v, rowJson?.[i])),
            ...(rowCards.length > 0 ? { cards: rowCards } : {}),
          }
        : undefined,
    references: new Map(refRanges.map(([text, range]) => [text, range.values[0][0]])),
  };
}

/** A cell's value, or, for a KZUZ card, the text it shows (Range.values reads a card as #VALUE!). */
function shownText(value: unknown, json: unknown): unknown {
  return cardRecordOf(json) ? (json as { text: string }).text : value;
}

/** Stops following the selection. */
export type StopWatching = () => Promise<void>;

/** Runs a batch in the request context a handler was added in (Excel.run(context, batch)). */
type RunIn = (
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<void>
) => Promise<void>;

function excelRunIn(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<void>
): Promise<void> {
  return Excel.run(context, batch);
}

/**
 * Calls `onChange` whenever the selection moves on any sheet, until the returned function is
 * called. A handler can be removed only in the request context it was added in:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events ("Remove an event
 * handler").
 */
export async function watchSelection(
  run: RunExcel,
  onChange: (address: string) => void,
  runIn: RunIn = excelRunIn
): Promise<StopWatching> {
  const handler = await run(async (context) => {
    const added = context.workbook.worksheets.onSelectionChanged.add(async (event) => {
      onChange(event.address);
    });
    await context.sync();
    return added;
  });
  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    await runIn(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
  };
}
