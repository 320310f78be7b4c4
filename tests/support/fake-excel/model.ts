/**
 * The fake workbook's model: sheets, cells, tables and charts as plain data. It keeps the rules of
 * Excel that matter to us: a string written as a value that starts with "=" becomes a formula,
 * while a leading apostrophe marks text and is not part of the value; null in a values array
 * leaves the cell alone; sheet names are unique whatever their case. The Office.js-shaped objects
 * over it are in ranges.ts, tables.ts, sheets.ts and charts.ts.
 */

export interface CellModel {
  value: string | number | boolean;
  formula?: string;
  format?: string;
  hyperlink?: { address?: string; textToDisplay?: string };
  /** Set by the user in tests, to check that refresh leaves formatting alone. */
  userFormat?: string;
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
  constructor(public name: string) {}
  get(r: number, c: number): CellModel | undefined {
    return this.cells.get(`${r},${c}`);
  }
  set(r: number, c: number, cell: CellModel | undefined): void {
    if (
      cell === undefined ||
      (cell.value === "" && !cell.formula && !cell.hyperlink && !cell.userFormat && !cell.format)
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

export class TableModel {
  readonly id = `{table-${newId()}}`;
  style = "";
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

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  calculationSuspensions = 0;
  addSheet(name: string): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`ItemAlreadyExists: a sheet named ${name} exists`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  table(key: string): TableModel | undefined {
    return this.tables.find((t) => t.id === key || t.name.toLowerCase() === key.toLowerCase());
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
      })),
      tables: this.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
    });
  }
}

/** A rectangle of cells on a sheet, zero-based. */
export type Rect = { sheet: SheetModel; r0: number; c0: number; rows: number; cols: number };

/** Excel's reading of a written value: formulas, apostrophe text markers, null skips. */
export function writeValue(cell: CellModel | undefined, value: unknown): CellModel | undefined {
  if (value === null || value === undefined) return cell;
  const next: CellModel = { ...(cell ?? { value: "" }) };
  delete next.formula;
  if (typeof value === "string" && value.startsWith("'")) next.value = value.slice(1);
  else if (typeof value === "string" && value.startsWith("=") && next.format !== "@") {
    next.formula = value;
    next.value = "#CALC";
  } else next.value = value as string | number | boolean;
  return next;
}
