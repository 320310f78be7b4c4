/**
 * The fake workbook's model: sheets, cells, tables and charts as plain data. It keeps the rules of
 * Excel that matter to us: written strings are read as Excel reads them (coerce.ts); null in a
 * values array leaves the cell alone; sheet and table names follow Excel's rules (names.ts); a
 * protected sheet refuses edits; a table keeps its filters and sort. The Office.js-shaped objects
 * over it are in ranges.ts, tables.ts, sheets.ts and charts.ts.
 */
import { coerce } from "./coerce";
import { LinkedDomainsModel } from "./linked";
import { checkSheetName } from "./names";

export interface CellModel {
  value: string | number | boolean;
  formula?: string;
  format?: string;
  hyperlink?: { address?: string; textToDisplay?: string };
  /** Set by the user in tests, to check that refresh leaves formatting alone. */
  userFormat?: string;
  /**
   * A card (an entity value, as KZUZ.PROJECT returns or Range.valuesAsJson writes): the text the
   * cell shows, and the rest of the entity as written (properties, layouts, provider).
   */
  entity?: { text: string; [key: string]: unknown };
  /** A formatted number written through valuesAsJson: its format travels with the value. */
  numberFormatOfValue?: string;
  /** The cell's note (Workbook.notes, ExcelApi 1.18). */
  note?: string;
  /**
   * A linked entity (ExcelApi 1.19) as Excel last loaded it (./linked). `value`, what Range.values
   * reads, is its basic value #VALUE! ("This behavior is also why you set the basicType to Error
   * and the basicValue to #VALUE!"); `shows` is what the cell shows: its text while Excel asks the
   * load service, the loaded text, or #CONNECT!.
   */
  linked?: Excel.LinkedEntityCellValue;
  shows?: string;
}

let nextId = 1;

/** A fresh number for an id (sheets, tables, charts): unique across workbooks in a test file. */
export function newId(): number {
  return nextId++;
}

export class SheetModel {
  readonly id = `sheet-${newId()}`;
  cells = new Map<string, CellModel>();
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  charts: ChartModel[] = [];
  /** Review › Protect Sheet: cells, tables and filters refuse changes (worksheet.protection). */
  protected = false;
  /** Rows hidden by a filter, zero-based sheet rows. */
  hiddenRows = new Set<number>();
  /** The range last selected on this sheet: activating the sheet selects it again, as in Excel. */
  selected = "A1";
  constructor(public name: string) {}
  /** Excel refuses any change to a protected sheet's cells, with AccessDenied. */
  assertEditable(): void {
    if (this.protected)
      throw new Error(
        `AccessDenied: the sheet ${this.name} is protected; unprotect it to make a change`
      );
  }
  get(r: number, c: number): CellModel | undefined {
    return this.cells.get(`${r},${c}`);
  }
  set(r: number, c: number, cell: CellModel | undefined): void {
    if (
      cell === undefined ||
      (cell.value === "" &&
        !cell.formula &&
        !cell.hyperlink &&
        !cell.userFormat &&
        !cell.format &&
        !cell.note)
    )
      this.cells.delete(`${r},${c}`);
    else this.cells.set(`${r},${c}`, cell);
  }
  value(r: number, c: number): string | number | boolean {
    return this.get(r, c)?.value ?? "";
  }
  /** Moves the cells of columns [c0, c0+w) at rows >= fromRow by dRows (down if positive). */
  shiftRows(fromRow: number, c0: number, w: number, dRows: number): void {
    const moved: [number, number, CellModel][] = [];
    for (const [key, cell] of [...this.cells]) {
      const [r, c] = key.split(",").map(Number);
      if (r >= fromRow && c >= c0 && c < c0 + w) {
        this.cells.delete(key);
        moved.push([r + dRows, c, cell]);
      }
    }
    for (const [r, c, cell] of moved) this.cells.set(`${r},${c}`, cell);
  }
  /** Moves the cells of rows [r0, r0+h) at columns >= fromCol by dCols (right if positive). */
  shiftColumns(fromCol: number, r0: number, h: number, dCols: number): void {
    const moved: [number, number, CellModel][] = [];
    for (const [key, cell] of [...this.cells]) {
      const [r, c] = key.split(",").map(Number);
      if (c >= fromCol && r >= r0 && r < r0 + h) {
        this.cells.delete(key);
        moved.push([r, c + dCols, cell]);
      }
    }
    for (const [r, c, cell] of moved) this.cells.set(`${r},${c}`, cell);
  }
  usedBounds(): { r0: number; c0: number; r1: number; c1: number } | undefined {
    const keys = [...this.cells]
      .filter(([, cell]) => cell.value !== "" || cell.formula)
      .map(([k]) => k.split(",").map(Number));
    if (keys.length === 0) return undefined;
    return {
      r0: Math.min(...keys.map(([r]) => r)),
      c0: Math.min(...keys.map(([, c]) => c)),
      r1: Math.max(...keys.map(([r]) => r)),
      c1: Math.max(...keys.map(([, c]) => c)),
    };
  }
}

/** A column's filter, as Excel.FilterCriteria holds it (the parts the fake evaluates). */
export interface FilterModel {
  filterOn: string;
  values?: string[];
  criterion1?: string;
  criterion2?: string;
  operator?: string;
}

/** One sort condition, as Excel.SortField: key is the column index within the table. */
export interface SortFieldModel {
  key: number;
  ascending?: boolean;
}

export class TableModel {
  readonly id = `{table-${newId()}}`;
  style = "";
  /** Filter criteria by column index (the table's AutoFilter). */
  filters = new Map<number, FilterModel>();
  /** The conditions the table was last sorted by ([] once cleared). */
  sortFields: SortFieldModel[] = [];
  constructor(
    public name: string,
    public sheet: SheetModel,
    public row0: number,
    public col0: number,
    public width: number,
    public height: number
  ) {}
  headers(): string[] {
    return Array.from({ length: this.width }, (_, c) =>
      String(this.sheet.value(this.row0, this.col0 + c))
    );
  }
  rows(): (string | number | boolean)[][] {
    return Array.from({ length: this.height }, (_, r) =>
      Array.from({ length: this.width }, (_, c) =>
        this.sheet.value(this.row0 + 1 + r, this.col0 + c)
      )
    );
  }
  column(header: string): (string | number | boolean)[] {
    const c = this.headers().indexOf(header);
    return this.rows().map((r) => r[c]);
  }
  /**
   * Inserts body rows at `at` (0 = first), shifting the table's cells below down, as a user or
   * co-author inserting table rows does; cells are written as Excel reads typed values.
   */
  insertRows(at: number, values: unknown[][]): void {
    this.sheet.assertEditable();
    const top = this.row0 + 1 + at;
    this.sheet.shiftRows(top, this.col0, this.width, values.length);
    values.forEach((row, i) =>
      row.forEach((v, j) => this.sheet.set(top + i, this.col0 + j, writeValue(undefined, v)))
    );
    this.height += values.length;
  }
  /** Body rows hidden by a filter, zero-based. */
  hiddenRows(): number[] {
    return Array.from({ length: this.height }, (_, r) => r).filter((r) =>
      this.sheet.hiddenRows.has(this.row0 + 1 + r)
    );
  }
}

/** A chart point's formatting and data label, as set through the API. */
export interface ChartPointModel {
  hasDataLabel?: boolean;
  markerStyle?: string;
  markerSize?: number;
  label: {
    showValue?: boolean;
    showSeriesName?: boolean;
    showCategoryName?: boolean;
    showLegendKey?: boolean;
    position?: string;
    text?: string;
    numberFormat?: string;
  };
}

export interface ChartSeriesModel {
  name: string;
  /** Address of the values ("'Sheet'!B2:B9"), "" until set. */
  values: string;
  /** Address of the category (x-axis) values, if set. */
  categories?: string;
  /** The series' own chart type, when set (a combo chart). */
  type?: string;
  hasDataLabels?: boolean;
  markerStyle?: string;
  line: { lineStyle?: string; color?: string; weight?: number };
  /** Points touched through the API, by index. */
  points: Record<number, ChartPointModel>;
}

export interface ChartAxisModel {
  title?: string;
  displayUnit?: string;
  numberFormat?: string;
  categoryType?: string;
  reversePlotOrder?: boolean;
  minimum?: number;
  maximum?: number;
}

/**
 * A chart. `charts.add` makes one series per column of the source (per row with seriesBy
 * "Rows"), named from a header row of text if there is one, as Excel does for a simple source.
 */
export interface ChartModel {
  id: string;
  name: string;
  type: string;
  title: string;
  source: string;
  seriesBy?: string;
  series: ChartSeriesModel[];
  position?: { start: string; end?: string };
  valueAxis: ChartAxisModel;
  categoryAxis: ChartAxisModel;
  legend: { position?: string; visible?: boolean };
  displayBlanksAs?: string;
  height?: number;
  width?: number;
}

/**
 * Where the user is in Excel's window: the active sheet, the range selected on it, and the chart
 * selected there, if any. Worksheet.activate ("Activate the worksheet in the Excel UI"),
 * Range.select ("Selects the specified range in the Excel UI") and Chart.activate ("Activates
 * the chart in the Excel UI", ExcelApi 1.9) move it; a click in Excel does too (the simulated
 * host's `select`). Like a new workbook, it starts at A1 of the first sheet.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-activate-member(1)
 */
export interface SelectionModel {
  /** The active sheet's name ("" until the workbook has a sheet: the first one then). */
  sheet: string;
  address: string;
  /** The chart selected on the active sheet, by name. */
  chart?: string;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  /** The active sheet and its selection (moved in place, so the host's reference follows). */
  readonly selection: SelectionModel = { sheet: "", address: "A1" };
  calculationSuspensions = 0;
  /** The system's decimal separator (Application.cultureInfo.numberFormat): "," in much of Europe. */
  decimalSeparator = ".";
  /** Defined names (Formulas › Name Manager): table names may not take one. */
  names: string[] = [];
  /** Workbook.linkedEntityDataDomains and the cells Excel refreshes through them (./linked). */
  readonly linked = new LinkedDomainsModel();
  addSheet(name: string): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`ItemAlreadyExists: a sheet named ${name} exists`);
    checkSheetName(name);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    if (this.selection.sheet === "") this.selection.sheet = name;
    return sheet;
  }
  /**
   * A sheet by name (any case) or id: WorksheetCollection.getItem takes "the name or ID of the
   * worksheet" (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)).
   */
  sheet(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }
  table(key: string): TableModel | undefined {
    return this.tables.find((t) => t.id === key || t.name.toLowerCase() === key.toLowerCase());
  }
  /** Makes `sheet` the active sheet, with `address` (default: the sheet's own last) selected. */
  activate(sheet: SheetModel, address = sheet.selected, chart?: string): void {
    sheet.selected = address;
    Object.assign(this.selection, { sheet: sheet.name, address, chart });
  }
  deleteTable(t: TableModel): void {
    this.tables = this.tables.filter((x) => x !== t);
    for (let r = 0; r <= t.height; r++)
      for (let c = 0; c < t.width; c++) t.sheet.set(t.row0 + r, t.col0 + c, undefined);
  }
  /** Every chart, with its sheet's name. */
  charts(): { sheet: string; chart: ChartModel }[] {
    return this.sheets.flatMap((s) => s.charts.map((chart) => ({ sheet: s.name, chart })));
  }
  /** Every cell holding a formula: the tests' proof that no data became one. */
  formulas(): { sheet: string; at: string; formula: string }[] {
    return this.sheets.flatMap((s) =>
      [...s.cells]
        .filter(([, c]) => c.formula)
        .map(([at, c]) => ({ sheet: s.name, at, formula: c.formula as string }))
    );
  }
  snapshot(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells].sort(),
        frozen: s.frozenRows,
        charts: s.charts,
        hidden: [...s.hiddenRows].sort((a, b) => a - b),
        protected: s.protected,
      })),
      tables: this.tables.map((t) => ({ ...t, sheet: t.sheet.name, filters: [...t.filters] })),
    });
  }
}

/** A rectangle of cells on a sheet, zero-based. */
export type Rect = { sheet: SheetModel; r0: number; c0: number; rows: number; cols: number };

/** Excel's reading of a written value (coerce.ts); null leaves the cell as it is. */
export function writeValue(cell: CellModel | undefined, value: unknown): CellModel | undefined {
  if (value === null || value === undefined) return cell;
  const next: CellModel = { ...(cell ?? { value: "" }) };
  delete next.formula;
  delete next.entity;
  delete next.numberFormatOfValue;
  delete next.linked;
  delete next.shows;
  const read = coerce(value as string | number | boolean, next.format);
  next.value = read.value;
  if (read.formula !== undefined) next.formula = read.formula;
  return next;
}

/**
 * A cell value written through Range.valuesAsJson (ExcelApi 1.16). Unlike Range.values, the JSON
 * says what the value is, so nothing is read as if typed: a String stays text (even "=1" or
 * "2025-11-12"), a Double or FormattedNumber is its number (the format goes with the value, not
 * the cell), an Entity is a card whose basic value, what Range.values reads, is #VALUE!, and so
 * is a LinkedEntity's, which shows its text until Excel has loaded it (./linked); `null`
 * leaves the cell alone, as in values
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts: "basicValue
 * matches the value that would be returned by the values property";
 * https://learn.microsoft.com/javascript/api/excel/excel.entitycellvalue: basicValue "#VALUE!").
 * A type the model does not know is refused, as Excel refuses a malformed value.
 */
export function writeJson(cell: CellModel | undefined, json: unknown): CellModel | undefined {
  if (json === null || json === undefined) return cell;
  const value = json as { type?: string; basicValue?: unknown; text?: unknown };
  const next: CellModel = { ...(cell ?? { value: "" }) };
  delete next.formula;
  delete next.entity;
  delete next.numberFormatOfValue;
  delete next.linked;
  delete next.shows;
  switch (value.type) {
    case "Empty":
      next.value = "";
      return next;
    case "String":
      next.value = String(value.basicValue ?? "");
      return next;
    case "Boolean":
      next.value = value.basicValue === true;
      return next;
    case "Double":
    case "FormattedNumber": {
      if (typeof value.basicValue !== "number" || !Number.isFinite(value.basicValue))
        throw new Error(`InvalidArgument: a ${value.type} needs a number as its basicValue`);
      next.value = value.basicValue;
      const format = (json as { numberFormat?: unknown }).numberFormat;
      if (typeof format === "string") next.numberFormatOfValue = format;
      return next;
    }
    case "Entity": {
      if (typeof value.text !== "string")
        throw new Error("InvalidArgument: an Entity needs its text");
      const entity = { ...(json as Record<string, unknown>) };
      delete entity.type;
      delete entity.basicType;
      delete entity.basicValue;
      next.value = "#VALUE!";
      next.entity = entity as CellModel["entity"];
      return next;
    }
    case "LinkedEntity": {
      // "You must specify a serviceId of 268436224 … You must specify a culture"; "Don't use
      // exclamation marks in the entityID or domainId values". The text is what the cell shows
      // until Excel has asked the load service (./linked does, when the write is synced).
      const id = (json as { id?: Partial<Excel.LinkedEntityId> }).id;
      const bad = (v: unknown) => typeof v !== "string" || v === "" || v.includes("!");
      if (!id || bad(id.entityId) || bad(id.domainId) || typeof id.serviceId !== "number")
        throw new Error(
          "InvalidArgument: a LinkedEntity needs an entityId, a domainId and a serviceId"
        );
      if (typeof id.culture !== "string" || id.culture === "")
        throw new Error("InvalidArgument: a LinkedEntity needs its culture");
      const linked = { ...(json as Excel.LinkedEntityCellValue) };
      delete linked.basicType;
      delete linked.basicValue;
      next.value = "#VALUE!";
      next.linked = linked;
      next.shows = typeof value.text === "string" ? value.text : "";
      return next;
    }
    default:
      throw new Error(`InvalidArgument: the model does not write a ${String(value.type)} value`);
  }
}
