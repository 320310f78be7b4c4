/**
 * A small Excel for tests: a workbook model (sheets, cells, tables, charts) behind an Office.js-
 * shaped API built on office-addin-mock's OfficeMockObject, so the code under test meets the
 * same rules as in Excel: properties must be loaded and synced before they are read, and writes
 * are queued and applied, in order, at context.sync(). Each sync is counted, and a sync can be
 * made to fail part-way to test that failures leave the workbook as it was.
 *
 * Only the parts of the Excel API that src/excel uses are modelled. Excel's own behaviours that
 * matter to us are reproduced: a string written as a value that starts with "=" becomes a
 * formula, while a leading apostrophe marks text and is not part of the value; null in a values
 * array leaves the cell alone; table names are unique; a table row insert shifts the cells below.
 * Charts: charts.add makes a series per column (or row) of its source, named by a text header row;
 * series values and categories are recorded as range addresses; a point outside a series, an
 * unknown chart type or legend position is refused at sync, as Excel refuses them; charts.load
 * ("items/name") makes the charts' names readable after the sync.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface CellModel {
  value: string | number | boolean;
  formula?: string;
  format?: string;
  hyperlink?: { address?: string; textToDisplay?: string };
  /** Set by the user in tests, to check that refresh leaves formatting alone. */
  userFormat?: string;
}

let nextId = 1;

export class SheetModel {
  readonly id = `sheet-${nextId++}`;
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
  readonly id = `{table-${nextId++}}`;
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

type Rect = { sheet: SheetModel; r0: number; c0: number; rows: number; cols: number };

/** Where a range proxy keeps its rectangle, for the chart model (charts.add, series.setValues). */
const RECT = Symbol("rect");

function parseAddress(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(
    address.replace(/\$/g, "").replace(/^.*!/, "")
  );
  if (!m) throw new Error(`bad address ${address}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return {
    r0: Number(m[2]) - 1,
    c0: col(m[1]),
    r1: Number(m[4] ?? m[2]) - 1,
    c1: col(m[3] ?? m[1]),
  };
}

export function addressOf(rect: Rect): string {
  const letter = (i: number) => {
    let n = i + 1;
    let s = "";
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  return `'${rect.sheet.name}'!${letter(rect.c0)}${rect.r0 + 1}:${letter(rect.c0 + rect.cols - 1)}${rect.r0 + rect.rows}`;
}

/** Excel's reading of a written value: formulas, apostrophe text markers, null skips. */
function writeValue(cell: CellModel | undefined, value: unknown): CellModel | undefined {
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

export interface FakeExcel {
  context: Excel.RequestContext;
  workbook: WorkbookModel;
  /** Number of context.sync calls so far. */
  syncs: number;
  /** Make the next sync fail after applying this many queued operations. */
  failNextSyncAfter(operations: number): void;
  /** Every operation name applied, in order (e.g. "range.values", "rows.add"). */
  log: string[];
}

export function createFakeExcel(workbook = new WorkbookModel()): FakeExcel {
  const queue: { name: string; run: () => void }[] = [];
  const proxies: {
    mock: OfficeMockObject;
    scalars: () => Record<string, unknown>;
    after?: () => void;
  }[] = [];
  const state = { syncs: 0, failAfter: undefined as number | undefined };
  const log: string[] = [];
  const op = (name: string, run: () => void) => queue.push({ name, run });

  /** An OfficeMockObject whose scalars are re-read from the model at each sync, with queued writers. */
  function proxy<T extends object>(
    scalars: () => Record<string, unknown>,
    methods: Record<string, unknown>,
    writers: Record<string, (v: never) => void> = {},
    after?: () => void
  ): T {
    const initial = safe(scalars);
    // Scalars and functions go through OfficeMockObject (load/sync rules); nested API objects
    // (rows, columns, format...) are attached as they are, so the mock does not copy them.
    const functions = Object.fromEntries(
      Object.entries(methods).filter(([, v]) => typeof v === "function")
    );
    const nested = Object.fromEntries(
      Object.entries(methods).filter(([, v]) => typeof v !== "function")
    );
    const mock = new OfficeMockObject({ ...initial, ...functions }) as unknown as OfficeMockObject &
      Record<string, unknown>;
    Object.assign(mock, nested);
    for (const [name, write] of Object.entries(writers)) {
      let backing = mock[name];
      Object.defineProperty(mock, name, {
        configurable: true,
        get: () => backing,
        set: (v) => {
          const internal = (
            mock as unknown as { _properties: Map<string, { _value: unknown }> }
          )._properties.get(name)?._value;
          if (typeof v === "string" && v.startsWith("Error, ")) backing = v;
          else if (
            v === internal &&
            backing !== undefined &&
            typeof backing === "string" &&
            backing.startsWith("Error, ")
          )
            backing = v;
          else op(name, () => write(v as never));
        },
      });
    }
    // Only objects something loaded are refreshed at sync.
    const entry = { mock, scalars, after, loaded: false };
    const load = (mock as unknown as { load: (...a: unknown[]) => unknown }).load.bind(mock);
    (mock as unknown as { load: (...a: unknown[]) => unknown }).load = (...args: unknown[]) => {
      if (!entry.loaded) proxies.push(entry);
      entry.loaded = true;
      return load(...args);
    };
    return mock as unknown as T;
  }

  function safe(scalars: () => Record<string, unknown>): Record<string, unknown> {
    try {
      return scalars();
    } catch {
      return {};
    }
  }

  function rangeProxy(rect: () => Rect): Excel.Range {
    const format = proxy<Excel.RangeFormat>(
      () => ({}),
      {
        autofitColumns: () => op("format.autofitColumns", () => undefined),
      },
      {
        columnWidth: (w: number) => {
          const r = rect();
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
    const range: Excel.Range = proxy<Excel.Range>(
      () => {
        let r: Rect;
        try {
          r = rect();
        } catch {
          // A range on a sheet or table that does not exist (a null object): keys without values.
          return {
            values: [],
            formulas: [],
            numberFormat: [],
            address: "",
            rowCount: 0,
            columnCount: 0,
          };
        }
        return {
          values: cellsOf().map((row) => row.map((c) => c?.value ?? "")),
          formulas: cellsOf().map((row) => row.map((c) => c?.formula ?? c?.value ?? "")),
          numberFormat: cellsOf().map((row) => row.map((c) => c?.format ?? "General")),
          address: addressOf(r),
          rowCount: r.rows,
          columnCount: r.cols,
        };
      },
      {
        format,
        getCell: (i: number, j: number) =>
          rangeProxy(() => ({ ...rect(), r0: rect().r0 + i, c0: rect().c0 + j, rows: 1, cols: 1 })),
        getResizedRange: (dr: number, dc: number) =>
          rangeProxy(() => ({ ...rect(), rows: rect().rows + dr, cols: rect().cols + dc })),
        getRow: (i: number) => rangeProxy(() => ({ ...rect(), r0: rect().r0 + i, rows: 1 })),
        getColumn: (j: number) => rangeProxy(() => ({ ...rect(), c0: rect().c0 + j, cols: 1 })),
        getOffsetRange: (dr: number, dc: number) =>
          rangeProxy(() => ({ ...rect(), r0: rect().r0 + dr, c0: rect().c0 + dc })),
        clear: () => op("range.clear", () => each(null, () => undefined)),
      },
      {
        values: (v: unknown) => each(v, writeValue),
        numberFormat: (v: unknown) =>
          each(v, (cell, f) => ({ ...(cell ?? { value: "" }), format: String(f) })),
      }
    );
    Object.defineProperty(range, RECT, { value: rect });
    // A hyperlink is an object, not a grid: every cell of the range gets it.
    Object.defineProperty(range, "hyperlink", {
      configurable: true,
      set: (v: { address?: string; textToDisplay?: string }) => {
        op("hyperlink", () => {
          const r = rect();
          for (let i = 0; i < r.rows; i++)
            for (let j = 0; j < r.cols; j++)
              r.sheet.set(r.r0 + i, r.c0 + j, {
                ...(r.sheet.get(r.r0 + i, r.c0 + j) ?? { value: "" }),
                hyperlink: v,
              });
        });
      },
    });
    return range;
  }

  function tableProxy(resolve: () => TableModel | undefined): Excel.Table {
    const t = () => {
      const model = resolve();
      if (!model) throw new Error("ItemNotFound: the table does not exist");
      return model;
    };
    const body = (): Rect => ({
      sheet: t().sheet,
      r0: t().row0 + 1,
      c0: t().col0,
      rows: t().height,
      cols: t().width,
    });
    const rows = {
      add: (_index: number | undefined, values: unknown[][]) =>
        op("rows.add", () => {
          const m = t();
          const n = values.length;
          const bottom = m.row0 + 1 + m.height; // first row below the table
          m.sheet.shiftRows(bottom, m.col0, m.width, n);
          for (let i = 0; i < n; i++)
            for (let j = 0; j < m.width; j++) {
              // New table rows take the number format of the row above, as in Excel.
              const above = m.height > 0 ? m.sheet.get(bottom - 1, m.col0 + j)?.format : undefined;
              const blank: CellModel = above ? { value: "", format: above } : { value: "" };
              m.sheet.set(bottom + i, m.col0 + j, writeValue(blank, values[i][j]));
            }
          m.height += n;
        }),
      getItemAt: (i: number) => ({
        delete: () =>
          op("rows.delete", () => {
            const m = t();
            if (i >= m.height) throw new Error(`InvalidArgument: no row ${i}`);
            for (let j = 0; j < m.width; j++) m.sheet.set(m.row0 + 1 + i, m.col0 + j, undefined);
            m.sheet.shiftRows(m.row0 + 2 + i, m.col0, m.width, -1);
            m.height -= 1;
          }),
      }),
    };
    const columns = {
      add: (_index: number | undefined, _values: unknown, name: string) =>
        op("columns.add", () => {
          const m = t();
          m.sheet.shiftRows(m.row0, m.col0 + m.width, 1000, 0);
          m.sheet.set(m.row0, m.col0 + m.width, { value: name });
          m.width += 1;
        }),
      getItemAt: (j: number) => ({
        getRange: () =>
          rangeProxy(() => ({
            sheet: t().sheet,
            r0: t().row0,
            c0: t().col0 + j,
            rows: t().height + 1,
            cols: 1,
          })),
        getDataBodyRange: () => rangeProxy(() => ({ ...body(), c0: t().col0 + j, cols: 1 })),
      }),
      getItemOrNullObject: (name: string) => ({
        getDataBodyRange: () =>
          rangeProxy(() => ({ ...body(), c0: t().col0 + t().headers().indexOf(name), cols: 1 })),
        getRange: () =>
          rangeProxy(() => ({
            sheet: t().sheet,
            r0: t().row0,
            c0: t().col0 + t().headers().indexOf(name),
            rows: t().height + 1,
            cols: 1,
          })),
      }),
    };
    const table = proxy<Excel.Table & { isNullObject: boolean }>(
      () => {
        const m = resolve();
        return { id: m?.id ?? "", name: m?.name ?? "", style: m?.style ?? "" };
      },
      {
        rows,
        columns,
        worksheet: { name: resolve()?.sheet.name ?? "" },
        getRange: () =>
          rangeProxy(() => ({
            sheet: t().sheet,
            r0: t().row0,
            c0: t().col0,
            rows: t().height + 1,
            cols: t().width,
          })),
        getHeaderRowRange: () =>
          rangeProxy(() => ({
            sheet: t().sheet,
            r0: t().row0,
            c0: t().col0,
            rows: 1,
            cols: t().width,
          })),
        getDataBodyRange: () => rangeProxy(body),
        delete: () => op("table.delete", () => workbook.deleteTable(t())),
      },
      {
        name: (name: string) => {
          const clash = workbook.table(name);
          if (clash && clash !== t())
            throw new Error(`InvalidArgument: a table named ${name} already exists`);
          t().name = name;
        },
        style: (style: string) => (t().style = style),
      },
      () => undefined
    );
    Object.defineProperty(table, "isNullObject", {
      configurable: true,
      get: () => resolve() === undefined,
    });
    return table;
  }

  function sheetProxy(resolve: () => SheetModel | undefined): Excel.Worksheet {
    const s = () => {
      const m = resolve();
      if (!m) throw new Error("ItemNotFound: the sheet does not exist");
      return m;
    };
    const sheet = proxy<Excel.Worksheet>(
      () => {
        const m = resolve();
        return { name: m?.name ?? "", id: m?.id ?? "" };
      },
      {
        getRange: (address: string) =>
          rangeProxy(() => {
            const a = parseAddress(address);
            return { sheet: s(), r0: a.r0, c0: a.c0, rows: a.r1 - a.r0 + 1, cols: a.c1 - a.c0 + 1 };
          }),
        getUsedRangeOrNullObject: () => {
          const used = rangeProxy(() => {
            const b = s().usedBounds() ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
            return { sheet: s(), r0: b.r0, c0: b.c0, rows: b.r1 - b.r0 + 1, cols: b.c1 - b.c0 + 1 };
          });
          Object.defineProperty(used, "isNullObject", {
            configurable: true,
            get: () => !resolve() || resolve()?.usedBounds() === undefined,
          });
          return used;
        },
        tables: {
          add: (address: string, hasHeaders: boolean) => {
            let created: TableModel | undefined;
            op("tables.add", () => {
              const a = parseAddress(address);
              if (!hasHeaders) throw new Error("only tables with headers are modelled");
              const overlap = workbook.tables.some(
                (t) =>
                  t.sheet === s() &&
                  !(
                    a.r1 < t.row0 ||
                    a.r0 > t.row0 + t.height ||
                    a.c1 < t.col0 ||
                    a.c0 >= t.col0 + t.width
                  )
              );
              if (overlap) throw new Error("InvalidArgument: a table cannot overlap another table");
              created = new TableModel(
                `Table${workbook.tables.length + 1}`,
                s(),
                a.r0,
                a.c0,
                a.c1 - a.c0 + 1,
                a.r1 - a.r0
              );
              workbook.tables.push(created);
            });
            return tableProxy(() => created);
          },
        },
        freezePanes: { freezeRows: (n: number) => op("freezeRows", () => (s().frozenRows = n)) },
        charts: chartsProxy(s),
        activate: () => op("sheet.activate", () => undefined),
      },
      { name: (name: string) => (s().name = name) }
    );
    Object.defineProperty(sheet, "isNullObject", {
      configurable: true,
      get: () => resolve() === undefined,
    });
    return sheet;
  }

  /** The chart types the code under test may use; anything else is refused, as a typo would be. */
  const CHART_TYPES = new Set([
    "ColumnClustered",
    "ColumnStacked",
    "BarClustered",
    "BarStacked",
    "Line",
    "LineMarkers",
    "Pie",
    "Area",
    "XYScatter",
  ]);
  const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]);

  function rectOf(range: Excel.Range): Rect {
    const rect = (range as unknown as Record<symbol, (() => Rect) | undefined>)[RECT];
    if (!rect) throw new Error("InvalidArgument: not a range of this workbook");
    return rect();
  }

  function checkChartType(type: string): void {
    if (!CHART_TYPES.has(type)) throw new Error(`InvalidArgument: unknown chart type ${type}`);
  }

  function newSeries(name: string, values = ""): ChartSeriesModel {
    return { name, values, line: {}, points: {} };
  }

  /** The series Excel makes from a source range: one per column (or row), named by a text header. */
  function seriesFromSource(rect: Rect, seriesBy: string | undefined): ChartSeriesModel[] {
    const byRows = seriesBy === "Rows";
    const count = byRows ? rect.rows : rect.cols;
    const length = byRows ? rect.cols : rect.rows;
    const at = (k: number, i: number) =>
      byRows ? rect.sheet.get(rect.r0 + k, rect.c0 + i) : rect.sheet.get(rect.r0 + i, rect.c0 + k);
    const header =
      length > 1 &&
      Array.from({ length: count }, (_, k) => at(k, 0)).every(
        (c) => c !== undefined && !c.formula && typeof c.value === "string" && c.value !== ""
      );
    return Array.from({ length: count }, (_, k) => {
      const skip = header ? 1 : 0;
      const values: Rect = byRows
        ? { ...rect, r0: rect.r0 + k, rows: 1, c0: rect.c0 + skip, cols: rect.cols - skip }
        : { ...rect, c0: rect.c0 + k, cols: 1, r0: rect.r0 + skip, rows: rect.rows - skip };
      return newSeries(header ? String(at(k, 0)?.value) : `Series${k + 1}`, addressOf(values));
    });
  }

  /** Number of points in a series: the cells of its values. */
  function pointCount(series: ChartSeriesModel): number {
    if (!series.values) return 0;
    const a = parseAddress(series.values);
    return (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1);
  }

  function chartsProxy(s: () => SheetModel) {
    let loaded: Excel.Chart[] | undefined;
    return {
      add: (type: string, source: Excel.Range, seriesBy?: string) => {
        let chart: ChartModel | undefined;
        op("charts.add", () => {
          checkChartType(type);
          const rect = rectOf(source);
          if (rect.sheet !== s())
            throw new Error("InvalidArgument: the source is not on the chart's sheet");
          const id = nextId++;
          chart = {
            id: `{chart-${id}}`,
            name: `Chart ${id}`,
            type,
            title: "",
            source: addressOf(rect),
            seriesBy,
            series: seriesFromSource(rect, seriesBy),
            valueAxis: {},
            categoryAxis: {},
            legend: {},
          };
          s().charts.push(chart);
        });
        return chartProxy(() => chart, s);
      },
      getItem: (name: string) =>
        chartProxy(() => {
          const found = s().charts.find((c) => c.name === name);
          if (!found) throw new Error(`ItemNotFound: no chart named ${name}`);
          return found;
        }, s),
      getItemOrNullObject: (name: string) =>
        chartProxy(() => {
          try {
            return s().charts.find((c) => c.name === name);
          } catch {
            return undefined;
          }
        }, s),
      /** Loads the charts as they are at the next sync (their names and ids readable). */
      load: (what?: string) => {
        if (what !== undefined && !/^items(\/\w+)?(,\s*items\/\w+)*$/.test(what))
          throw new Error(`unexpected load ${what}`);
        op("charts.load", () => {
          loaded = s().charts.map((model) => {
            const chart = chartProxy(() => model, s);
            chart.load("name, id, chartType");
            return chart;
          });
        });
      },
      get items(): Excel.Chart[] {
        if (!loaded) throw new Error("PropertyNotLoaded: load the charts and sync first");
        return loaded;
      },
    };
  }

  function chartProxy(resolve: () => ChartModel | undefined, s: () => SheetModel): Excel.Chart {
    const c = () => {
      const m = resolve();
      if (!m) throw new Error("ItemNotFound: the chart does not exist");
      return m;
    };
    const seriesAt = (index: () => number) => {
      const list = c().series;
      const i = index();
      if (i < 0 || i >= list.length) throw new Error(`InvalidArgument: no series ${i}`);
      return list[i];
    };
    const pointProxy = (series: () => ChartSeriesModel, i: number) => {
      const p = () => {
        const model = series();
        if (i < 0 || i >= pointCount(model))
          throw new Error(`InvalidArgument: series "${model.name}" has no point ${i}`);
        return (model.points[i] ??= { label: {} });
      };
      return proxy<Excel.ChartPoint>(
        () => ({}),
        {
          dataLabel: proxy<Excel.ChartDataLabel>(
            () => ({}),
            {},
            {
              showValue: (v: boolean) => (p().label.showValue = v),
              showSeriesName: (v: boolean) => (p().label.showSeriesName = v),
              showCategoryName: (v: boolean) => (p().label.showCategoryName = v),
              showLegendKey: (v: boolean) => (p().label.showLegendKey = v),
              position: (v: string) => (p().label.position = v),
              text: (v: string) => (p().label.text = v),
              numberFormat: (v: string) => (p().label.numberFormat = v),
            }
          ),
        },
        {
          hasDataLabel: (v: boolean) => (p().hasDataLabel = v),
          markerStyle: (v: string) => (p().markerStyle = v),
          markerSize: (v: number) => (p().markerSize = v),
        }
      );
    };
    const seriesProxy = (index: () => number) => {
      const model = () => seriesAt(index);
      return proxy<Excel.ChartSeries>(
        () => ({ name: model().name, chartType: model().type ?? c().type }),
        {
          setValues: (range: Excel.Range) =>
            op("series.setValues", () => (model().values = addressOf(rectOf(range)))),
          setXAxisValues: (range: Excel.Range) =>
            op("series.setXAxisValues", () => (model().categories = addressOf(rectOf(range)))),
          delete: () => op("series.delete", () => c().series.splice(index(), 1)),
          points: { getItemAt: (i: number) => pointProxy(model, i) },
          format: {
            line: proxy<Excel.ChartLineFormat>(
              () => ({}),
              {},
              {
                lineStyle: (v: string) => (model().line.lineStyle = v),
                color: (v: string) => (model().line.color = v),
                weight: (v: number) => (model().line.weight = v),
              }
            ),
          },
        },
        {
          name: (v: string) => (model().name = v),
          chartType: (v: string) => {
            checkChartType(v);
            model().type = v;
          },
          hasDataLabels: (v: boolean) => (model().hasDataLabels = v),
          markerStyle: (v: string) => (model().markerStyle = v),
        }
      );
    };
    const axisProxy = (axis: () => ChartAxisModel) =>
      proxy<Excel.ChartAxis>(
        () => ({}),
        {
          title: proxy<Excel.ChartAxisTitle>(
            () => ({}),
            {},
            { text: (v: string) => (axis().title = v) }
          ),
        },
        {
          displayUnit: (v: string) => (axis().displayUnit = v),
          numberFormat: (v: string) => (axis().numberFormat = v),
          categoryType: (v: string) => (axis().categoryType = v),
          reversePlotOrder: (v: boolean) => (axis().reversePlotOrder = v),
          minimum: (v: number) => (axis().minimum = v),
          maximum: (v: number) => (axis().maximum = v),
        }
      );
    const chart = proxy<Excel.Chart>(
      () => {
        const m = resolve();
        return { name: m?.name ?? "", id: m?.id ?? "", chartType: m?.type ?? "" };
      },
      {
        title: proxy<Excel.ChartTitle>(
          () => ({ text: resolve()?.title ?? "" }),
          {},
          { text: (v: string) => (c().title = v) }
        ),
        series: {
          add: (name?: string, index?: number) => {
            let at = -1;
            op("series.add", () => {
              const list = c().series;
              at = index === undefined ? list.length : Math.min(index, list.length);
              list.splice(at, 0, newSeries(name ?? `Series${list.length + 1}`));
            });
            return seriesProxy(() => at);
          },
          getItemAt: (i: number) => seriesProxy(() => i),
        },
        axes: {
          valueAxis: axisProxy(() => c().valueAxis),
          categoryAxis: axisProxy(() => c().categoryAxis),
        },
        legend: proxy<Excel.ChartLegend>(
          () => ({}),
          {},
          {
            position: (v: string) => {
              if (!LEGEND_POSITIONS.has(v)) throw new Error(`InvalidArgument: legend ${v}`);
              c().legend.position = v;
            },
            visible: (v: boolean) => (c().legend.visible = v),
          }
        ),
        setPosition: (start: string, end?: string) =>
          op("chart.setPosition", () => {
            parseAddress(start);
            if (end !== undefined) parseAddress(end);
            c().position = { start, end };
          }),
        delete: () =>
          op("chart.delete", () => {
            const model = c();
            const sheet = s();
            sheet.charts = sheet.charts.filter((x) => x !== model);
          }),
      },
      {
        name: (v: string) => (c().name = v),
        chartType: (v: string) => {
          checkChartType(v);
          c().type = v;
        },
        displayBlanksAs: (v: string) => (c().displayBlanksAs = v),
        height: (v: number) => (c().height = v),
        width: (v: number) => (c().width = v),
      }
    );
    Object.defineProperty(chart, "isNullObject", {
      configurable: true,
      get: () => resolve() === undefined,
    });
    return chart;
  }

  const worksheets = {
    items: [] as { name: string }[],
    loaded: false,
    load(what: string) {
      if (what !== "items/name" && what !== "items") throw new Error(`unexpected load ${what}`);
      worksheets.loaded = true;
    },
    getItemOrNullObject: (name: string) => sheetProxy(() => workbook.sheet(name)),
    getItem: (name: string) => sheetProxy(() => workbook.sheet(name)),
    add: (name: string) => {
      let created: SheetModel | undefined;
      op("worksheets.add", () => (created = workbook.addSheet(name)));
      return sheetProxy(() => created);
    },
  };

  const context = new OfficeMockObject({
    workbook: {
      tables: {},
      worksheets: {},
    },
    application: {},
  }) as unknown as Excel.RequestContext & Record<string, unknown>;
  Object.assign(context.workbook, {
    worksheets,
    tables: { getItemOrNullObject: (key: string) => tableProxy(() => workbook.table(key)) },
  });
  Object.assign(context.application, {
    suspendApiCalculationUntilNextSync: () =>
      op("suspendCalculation", () => workbook.calculationSuspensions++),
  });
  (context as unknown as { sync: () => Promise<void> }).sync = async () => {
    state.syncs++;
    const batch = queue.splice(0);
    const limit = state.failAfter;
    state.failAfter = undefined;
    for (let i = 0; i < batch.length; i++) {
      if (limit !== undefined && i >= limit)
        throw new Error("GeneralException: simulated failure during sync");
      log.push(batch[i].name);
      batch[i].run();
    }
    if (worksheets.loaded) worksheets.items = workbook.sheets.map((s) => ({ name: s.name }));
    for (const p of proxies) {
      const fresh = safe(p.scalars);
      const props = (
        p.mock as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown }> }
      )._properties;
      for (const [name, value] of Object.entries(fresh)) {
        const prop = props.get(name);
        if (prop) prop._valueBeforeLoaded = value;
      }
      await p.mock.sync();
    }
  };

  return {
    context,
    workbook,
    get syncs() {
      return state.syncs;
    },
    failNextSyncAfter(n: number) {
      state.failAfter = n;
    },
    log,
  };
}
