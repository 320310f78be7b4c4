/**
 * Ranges: values, formulas, number formats, hyperlinks and the sub-ranges src/excel asks for. Every change
 * is refused on a protected sheet; rowHidden shows the rows a filter hid (true if all are hidden,
 * false if none, null if some, as Excel reports a mixed property).
 */
import { addressOf } from "./address";
import { refuseIfFiltered } from "./filters";
import { writeJson, writeValue, type CellModel, type Rect } from "./model";
import type { Session } from "./session";

/** Where a range keeps its rectangle, for the charts (charts.add, series.setValues). */
const RECT = Symbol("rect");

/** The type Range.valuesAsJson gives a plain value. */
function jsonType(value: string | number | boolean): string {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return /^#[A-Z0-9/!?]+[!?]?$/.test(value) ? "Error" : "String";
}

/**
 * A cell as Range.valuesAsJson reads it: a card is its entity, whole, with basicType "Error" and
 * basicValue "#VALUE!" (https://learn.microsoft.com/javascript/api/excel/excel.entitycellvalue);
 * a formatted number keeps its format; anything else its basic type and value
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts).
 */
function jsonOf(c: CellModel | undefined): unknown {
  if (c?.entity) return { ...c.entity, type: "Entity", basicType: "Error", basicValue: "#VALUE!" };
  // A linked entity as Excel last loaded it (only its id and text before), basic value #VALUE!
  // (https://learn.microsoft.com/javascript/api/excel/excel.linkedentitycellvalue).
  if (c?.linked) return { ...c.linked, basicType: "Error", basicValue: "#VALUE!" };
  if (c?.numberFormatOfValue !== undefined && typeof c.value === "number")
    return {
      type: "FormattedNumber",
      basicType: "Double",
      basicValue: c.value,
      numberFormat: c.numberFormatOfValue,
    };
  const value = c?.value ?? "";
  return { type: jsonType(value), basicType: jsonType(value), basicValue: value };
}

/** The rectangle of a range of this fake workbook, as it is now. */
export function rectOf(range: Excel.Range): Rect {
  const rect = (range as unknown as Record<symbol, (() => Rect) | undefined>)[RECT];
  if (!rect) throw new Error("InvalidArgument: not a range of this workbook");
  return rect();
}

export function rangeProxy(session: Session, rect: () => Rect): Excel.Range {
  const format = session.proxy<Excel.RangeFormat>(
    () => ({}),
    {
      autofitColumns: () => session.op("format.autofitColumns", () => undefined),
    },
    {
      columnWidth: (w: number) => {
        const r = rect();
        r.sheet.assertEditable();
        for (let c = r.c0; c < r.c0 + r.cols; c++) r.sheet.columnWidths.set(c, w);
      },
      wrapText: () => undefined,
    }
  );
  const cellsOf = () => {
    const r = rect();
    return Array.from({ length: r.rows }, (_, i) =>
      Array.from({ length: r.cols }, (_, j) => r.sheet.get(r.r0 + i, r.c0 + j))
    );
  };
  const each = (
    v: unknown,
    apply: (cell: CellModel | undefined, x: unknown) => CellModel | undefined
  ) => {
    const r = rect();
    r.sheet.assertEditable();
    const grid = Array.isArray(v) ? (v as unknown[][]) : undefined;
    if (grid && (grid.length !== r.rows || grid.some((row) => row.length !== r.cols)))
      throw new Error(
        `InvalidArgument: a ${grid.length}×${grid[0]?.length} array written to a ${r.rows}×${r.cols} range (${addressOf(r)})`
      );
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++)
        r.sheet.set(
          r.r0 + i,
          r.c0 + j,
          apply(r.sheet.get(r.r0 + i, r.c0 + j), grid ? grid[i][j] : v)
        );
  };
  const range: Excel.Range = session.proxy<Excel.Range>(
    () => {
      let r: Rect;
      try {
        r = rect();
      } catch {
        // A range on a sheet or table that does not exist (a null object): keys without values.
        return {
          values: [],
          valuesAsJson: [],
          formulas: [],
          numberFormat: [],
          address: "",
          rowCount: 0,
          columnCount: 0,
          rowHidden: false,
        };
      }
      const hidden = Array.from({ length: r.rows }, (_, i) => r.sheet.hiddenRows.has(r.r0 + i));
      const cells = cellsOf();
      return {
        values: cells.map((row) => row.map((c) => c?.value ?? "")),
        // Range.valuesAsJson (ExcelApi 1.16): a card is an Entity, with the text it shows; its
        // basic value, what Range.values reads, is #VALUE!
        // (https://learn.microsoft.com/javascript/api/excel/excel.entitycellvalue).
        valuesAsJson: cells.map((row) => row.map(jsonOf)),
        formulas: cells.map((row) => row.map((c) => c?.formula ?? c?.value ?? "")),
        numberFormat: cells.map((row) => row.map((c) => c?.format ?? "General")),
        address: addressOf(r),
        rowCount: r.rows,
        columnCount: r.cols,
        rowHidden: hidden.every(Boolean) ? true : hidden.some(Boolean) ? null : false,
      };
    },
    {
      format,
      getCell: (i: number, j: number) =>
        rangeProxy(session, () => ({
          ...rect(),
          r0: rect().r0 + i,
          c0: rect().c0 + j,
          rows: 1,
          cols: 1,
        })),
      getResizedRange: (dr: number, dc: number) =>
        rangeProxy(session, () => ({ ...rect(), rows: rect().rows + dr, cols: rect().cols + dc })),
      getRow: (i: number) => rangeProxy(session, () => ({ ...rect(), r0: rect().r0 + i, rows: 1 })),
      getColumn: (j: number) =>
        rangeProxy(session, () => ({ ...rect(), c0: rect().c0 + j, cols: 1 })),
      getOffsetRange: (dr: number, dc: number) =>
        rangeProxy(session, () => ({ ...rect(), r0: rect().r0 + dr, c0: rect().c0 + dc })),
      clear: () => session.op("range.clear", () => each(null, () => undefined)),
      // Range.delete(shift): "Deletes the cells associated with the range"; with "Up" the cells
      // below, in the range's columns, move up (ExcelApi 1.1,
      // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)).
      // Whole rows of a table's body leave the table, which shrinks, as Table › Delete › Table
      // Rows does; part of a table's row cannot be deleted that way, and a filtered table
      // refuses (InsertDeleteConflict, as for TableRowCollection's deletes).
      delete: (shift: string) =>
        session.op("range.delete", () => {
          const r = rect();
          r.sheet.assertEditable();
          if (shift !== "Up") throw new Error(`NotImplemented: the fake deletes with "Up" only`);
          const table = session.workbook.tables.find(
            (t) =>
              t.sheet === r.sheet &&
              r.r0 <= t.row0 + t.height &&
              r.r0 + r.rows - 1 >= t.row0 &&
              r.c0 <= t.col0 + t.width - 1 &&
              r.c0 + r.cols - 1 >= t.col0
          );
          if (table) {
            const whole =
              r.c0 === table.col0 &&
              r.cols === table.width &&
              r.r0 > table.row0 &&
              r.r0 + r.rows <= table.row0 + 1 + table.height;
            if (!whole)
              throw new Error("InvalidOperation: only whole rows of a table's body can be deleted");
            refuseIfFiltered(table, "delete rows");
          }
          for (let i = 0; i < r.rows; i++)
            for (let j = 0; j < r.cols; j++) r.sheet.set(r.r0 + i, r.c0 + j, undefined);
          r.sheet.shiftRows(r.r0 + r.rows, r.c0, r.cols, -r.rows);
          if (table) table.height -= r.rows;
        }),
      // The model has no dynamic arrays: no range spills, so both answer a null object
      // ("If the range isn't a spill range, then this method returns an object with its
      // isNullObject property set to true", ExcelApi 1.12:
      // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspillingtorangeornullobject-member(1)).
      // Range.select: "Selects the specified range in the Excel UI"; its sheet comes to the front.
      // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1)
      select: () =>
        session.op("range.select", () => {
          const r = rect();
          const a1 = addressOf(r).replace(/^.*!/, "");
          session.workbook.activate(r.sheet, a1.replace(/^([A-Z]+\d+):\1$/, "$1"));
        }),
      getSpillingToRangeOrNullObject: () => nullRange(session),
      getSpillParentOrNullObject: () => nullRange(session),
    },
    {
      values: (v: unknown) => each(v, writeValue),
      valuesAsJson: (v: unknown) =>
        each(v, (cell, json) => {
          const next = writeJson(cell, json);
          // A new linked entity: Excel asks its domain's load service for the rest (./linked).
          if (next?.linked && next !== cell)
            session.workbook.linked.created(session.workbook, next);
          return next;
        }),
      // Range.formulas: "If a cell has no formula, its value is returned instead"; a value set
      // here is read as if typed, as values are (./coerce), so writing back what formulas read
      // puts formulas and constants back alike.
      // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member
      formulas: (v: unknown) => each(v, writeValue),
      // "General" is Excel's default: a cell formatted so is a cell without a format.
      // null in the grid leaves that cell's format as it is ("If a particular cell within a
      // range's values, numberFormat, or formula property is null, that property is not set for
      // that cell", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
      numberFormat: (v: unknown) =>
        each(v, (cell, f) => {
          if (f === null) return cell;
          const next: CellModel = { ...(cell ?? { value: "" }), format: String(f) };
          if (next.format === "General") delete next.format;
          return next;
        }),
    }
  );
  Object.defineProperty(range, RECT, { value: rect });
  // A hyperlink is an object, not a grid: every cell of the range gets it.
  Object.defineProperty(range, "hyperlink", {
    configurable: true,
    set: (v: { address?: string; textToDisplay?: string }) => {
      session.op(
        "hyperlink",
        () => {
          const r = rect();
          r.sheet.assertEditable();
          for (let i = 0; i < r.rows; i++)
            for (let j = 0; j < r.cols; j++)
              r.sheet.set(r.r0 + i, r.c0 + j, {
                ...(r.sheet.get(r.r0 + i, r.c0 + j) ?? { value: "" }),
                hyperlink: v,
              });
        },
        v
      );
    },
  });
  return range;
}

/** A range that is a null object (isNullObject true; its properties read as empty). */
export function nullRange(session: Session): Excel.Range {
  const range = rangeProxy(session, () => {
    throw new Error("ItemNotFound: the range is a null object");
  });
  Object.defineProperty(range, "isNullObject", { configurable: true, value: true });
  return range;
}
