/**
 * What the workbook model adds for the selection, as Excel documents it: the selected range and
 * the active cell (Workbook.getSelectedRange, getActiveCell, ExcelApi 1.1/1.7), the active
 * worksheet, the tables at a range (Range.getTables, ExcelApi 1.9), a cell's entire row and
 * intersections (Range.getEntireRow, getIntersectionOrNullObject, ExcelApi 1.4). Like a new
 * workbook in Excel, the selection starts at A1 of the first sheet.
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-gettables-member(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getintersectionornullobject-member(1)
 */
import { columnLetter } from "../../../src/excel/a1";
import type { FakeExcel } from "../fake-excel";
import type { Rect, TableModel } from "../fake-excel/model";
import { rectOf } from "../fake-excel/ranges";

export interface Selection {
  sheet: string;
  address: string;
}

type Obj = Record<string, unknown>;

/** A cell's address as Excel writes it: "Sheet1!B2", "'KZUZ Projects'!B2". */
export function excelAddress(sheet: string, a1: string): string {
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  return `${bare ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${a1}`;
}

function intersection(a: Rect, b: Rect): Rect | undefined {
  if (a.sheet !== b.sheet) return undefined;
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r0 + a.rows, b.r0 + b.rows);
  const c1 = Math.min(a.c0 + a.cols, b.c0 + b.cols);
  return r0 < r1 && c0 < c1 ? { sheet: a.sheet, r0, c0, rows: r1 - r0, cols: c1 - c0 } : undefined;
}

function a1Of(r: Rect): string {
  const first = `${columnLetter(r.c0)}${r.r0 + 1}`;
  const last = `${columnLetter(r.c0 + r.cols - 1)}${r.r0 + r.rows}`;
  return first === last ? first : `${first}:${last}`;
}

/**
 * Adds the selection's API to the fake workbook's objects. `selection` is read at each call, so
 * a test (or the host) can move it; `afterSync` fills collections loaded in a batch.
 */
export function withSelection(
  excel: FakeExcel,
  selection: Selection,
  afterSync: Set<() => void>
): void {
  const workbook = excel.workbook;
  const sheets = excel.context.workbook.worksheets;
  const sheetRange = (sheet: string, address: string) =>
    enrich(sheets.getItem(sheet).getRange(address) as unknown as Obj);

  function nullRange(): Obj {
    const range = sheetRange(workbook.sheets[0].name, "A1");
    Object.defineProperty(range, "isNullObject", { configurable: true, value: true });
    return range;
  }

  function tablesAt(range: Excel.Range, fullyContained: boolean) {
    const collection = {
      items: [] as Obj[],
      load: () => {
        afterSync.add(() => {
          const r = rectOf(range);
          collection.items = workbook.tables
            .filter((t) => {
              const whole: Rect = {
                sheet: t.sheet,
                r0: t.row0,
                c0: t.col0,
                rows: t.height + 1,
                cols: t.width,
              };
              const common = intersection(whole, r);
              return (
                common &&
                (!fullyContained || (common.rows === whole.rows && common.cols === whole.cols))
              );
            })
            .map(tableItem);
        });
        return collection;
      },
      getItem: (key: string) => tableItem(workbook.table(key) as TableModel),
    };
    return collection;
  }

  function tableItem(t: TableModel): Obj {
    const table = excel.context.workbook.tables.getItemOrNullObject(t.id) as unknown as Obj;
    const body = table.getDataBodyRange as () => Obj;
    table.getDataBodyRange = () => enrich(body());
    // A loaded item's id and name read at once (its collection's load has been synced).
    const item = Object.create(table) as Obj;
    for (const [name, value] of [
      ["id", t.id],
      ["name", t.name],
    ])
      Object.defineProperty(item, name, { value, enumerable: true });
    item.load = () => undefined;
    return item;
  }

  /** The methods of a range that Excel has and the fake's ranges lack. */
  function enrich(range: Obj): Obj {
    const r = range as unknown as Excel.Range;
    return Object.assign(range, {
      getTables: (fullyContained = false) => tablesAt(r, fullyContained),
      getEntireRow: () => {
        const row = rectOf(r).r0 + 1;
        return sheetRange(rectOf(r).sheet.name, `A${row}:XFD${row}`);
      },
      getIntersectionOrNullObject: (other: Excel.Range) => {
        const common = intersection(rectOf(r), rectOf(other));
        if (!common) return nullRange();
        const found = sheetRange(common.sheet.name, a1Of(common));
        Object.defineProperty(found, "isNullObject", { configurable: true, value: false });
        return found;
      },
    });
  }

  const book = excel.context.workbook as unknown as Obj;
  book.getSelectedRange = () => sheetRange(selection.sheet, selection.address);
  book.getActiveCell = () => {
    const cell = sheetRange(selection.sheet, selection.address.split(":")[0]);
    // Range.address as Excel gives a cell's ("Sheet1!B2"; the fake gives "'Sheet1'!B2:B2").
    const readAddress = Object.getOwnPropertyDescriptor(cell, "address")?.get;
    Object.defineProperty(cell, "address", {
      configurable: true,
      enumerable: true,
      get: () => {
        const fake = String(readAddress?.call(cell));
        const m = /^'(.*)'!([A-Z]+\d+)(?::\2)?$/.exec(fake);
        return m ? excelAddress(m[1].replace(/''/g, "'"), m[2]) : fake;
      },
    });
    return cell;
  };
  (sheets as unknown as Obj).getActiveWorksheet = () => sheets.getItem(selection.sheet);
}
