/**
 * A small Excel for the selection and insert tests, where the shared fake workbook
 * (tests/support/fake-excel) has no active cell, no Range.formulas writer, no Range.getTables and
 * no selection events. Ranges, sheets and tables are office-addin-mock objects, so a property
 * reads as an error until it is loaded and a sync has run; writes are queued and applied at
 * context.sync(), as Excel does
 * (https://learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext).
 * An event handler is removed only by a sync of the context it was added in
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events, "Remove an event
 * handler").
 */
import { OfficeMockObject } from "office-addin-mock";

export interface MockCell {
  formula?: string;
  value: string | number | boolean;
  /** What Range.valuesAsJson reads (ExcelApi 1.16), for a card; else a String/Double of value. */
  json?: unknown;
}

/** Range.valuesAsJson of a cell: its card, else its basic type and value. */
function jsonOf(cell: MockCell | undefined): unknown {
  if (cell?.json) return cell.json;
  const value = cell?.value ?? "";
  const type =
    value === ""
      ? "Empty"
      : typeof value === "number"
        ? "Double"
        : typeof value === "boolean"
          ? "Boolean"
          : "String";
  return { type, basicValue: value };
}

export interface MockTable {
  id: string;
  name: string;
  sheet: string;
  /** The header row's first cell, e.g. "A1". */
  at: string;
  headers: string[];
  rows: (string | number | boolean)[][];
}

type Handler = (args: Excel.WorksheetSelectionChangedEventArgs) => Promise<unknown>;

function parse(address: string): { r: number; c: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address.replace(/\$/g, "").toUpperCase());
  if (!m) throw new Error(`InvalidArgument: bad address ${address}`);
  const c = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { r: Number(m[2]) - 1, c };
}

function letter(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Excel's way of naming a sheet in an address: quoted when it holds anything but letters, digits, _. */
function sheetPart(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class MockWorkbook {
  readonly sheets = new Map<string, Map<string, MockCell>>();
  readonly tables: MockTable[] = [];
  readonly handlers = new Set<Handler>();
  /** Cells filled by a spilling formula: "Sheet1!C3" → the formula's cell on that sheet, "B2". */
  readonly spills = new Map<string, string>();
  active = { sheet: "Sheet1", address: "A1" };
  syncs = 0;
  /** Every write applied, in order: "Sheet1!B2 formulas". */
  readonly writes: string[] = [];

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.set(name, new Map());
  }

  cell(sheet: string, address: string): MockCell | undefined {
    return this.sheets.get(sheet)?.get(address.toUpperCase());
  }

  set(sheet: string, address: string, cell: MockCell): void {
    const cells = this.sheets.get(sheet);
    if (!cells) throw new Error(`no sheet ${sheet}`);
    cells.set(address.toUpperCase(), cell);
  }

  /** Puts a table's header and rows on its sheet. */
  addTable(table: MockTable): void {
    this.tables.push(table);
    const { r, c } = parse(table.at);
    [table.headers, ...table.rows].forEach((row, i) =>
      row.forEach((value, j) => this.set(table.sheet, `${letter(c + j)}${r + i + 1}`, { value }))
    );
  }

  /** Moves the selection, and tells every handler as Excel does. */
  async select(sheet: string, address: string): Promise<void> {
    this.active = { sheet, address };
    for (const handler of [...this.handlers])
      await handler({ address, worksheetId: sheet, type: "WorksheetSelectionChanged" });
  }

  /** The system's decimal separator, as Excel reports it ("," in much of Europe). */
  decimalSeparator = ".";

  /** Runs a batch in a fresh request context, as Excel.run does. */
  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context());

  /** Runs a batch in an existing context, as Excel.run(context, batch) does. */
  runIn = (
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<void>
  ): Promise<void> => batch(context as Excel.RequestContext);

  context(): Excel.RequestContext {
    const queue: (() => void)[] = [];
    const loaded = new Set<{ sync(): Promise<void> }>();
    const book = this;

    const track = (mock: OfficeMockObject): OfficeMockObject => {
      const load = mock.load.bind(mock);
      mock.load = (what) => {
        load(what);
        loaded.add(mock);
        return mock;
      };
      return mock;
    };

    const range = (sheet: string, address: string): Excel.Range => {
      const { r, c } = parse(address);
      const cell = book.cell(sheet, address);
      const mock = track(
        new OfficeMockObject({
          address: `${sheetPart(sheet)}!${address.toUpperCase()}`,
          formulas: [[cell?.formula ?? cell?.value ?? ""]],
          values: [[cell?.value ?? ""]],
          valuesAsJson: [[jsonOf(cell)]],
        })
      );
      Object.defineProperty(mock, "isNullObject", { value: false });
      Object.assign(mock, {
        getTables: () => tablesAt(sheet, r, c),
        getEntireRow: () => ({ sheet, row: r }),
        getSpillParentOrNullObject: () => {
          const anchor = book.spills.get(`${sheet}!${address.toUpperCase()}`);
          if (anchor) return range(sheet, anchor);
          const none = track(new OfficeMockObject({ address: "", formulas: [[""]] }));
          Object.defineProperty(none, "isNullObject", { value: true });
          return none;
        },
      });
      // Writing Range.formulas queues the write; office-addin-mock's own updates go to the
      // object itself (its methods are bound to it), not through this proxy.
      return new Proxy(mock, {
        set(target, name, value: unknown[][]) {
          if (name !== "formulas") return Reflect.set(target, name, value);
          queue.push(() => {
            book.set(sheet, address, { formula: String(value[0][0]), value: "#CALC" });
            book.writes.push(`${sheetPart(sheet)}!${address.toUpperCase()} formulas`);
          });
          return true;
        },
      }) as unknown as Excel.Range;
    };

    const rowRange = (sheet: string, r: number, c0: number, width: number): Excel.Range => {
      const cells = Array.from({ length: width }, (_, j) =>
        book.cell(sheet, `${letter(c0 + j)}${r + 1}`)
      );
      const values = cells.map((cell) => cell?.value ?? "");
      const mock = track(
        new OfficeMockObject({ values: [values], valuesAsJson: [cells.map(jsonOf)] })
      );
      Object.defineProperty(mock, "isNullObject", { value: false });
      return mock as unknown as Excel.Range;
    };

    const nullRange = (): Excel.Range => {
      const mock = track(new OfficeMockObject({ values: [[]] }));
      Object.defineProperty(mock, "isNullObject", { value: true });
      return mock as unknown as Excel.Range;
    };

    const tableObject = (t: MockTable) => {
      const { r, c } = parse(t.at);
      const mock = track(new OfficeMockObject({ id: t.id, name: t.name }));
      Object.assign(mock, {
        getHeaderRowRange: () => rowRange(t.sheet, r, c, t.headers.length),
        getDataBodyRange: () => ({
          getIntersectionOrNullObject: (row: { sheet: string; row: number }) =>
            row.sheet === t.sheet && row.row > r && row.row <= r + t.rows.length
              ? rowRange(t.sheet, row.row, c, t.headers.length)
              : nullRange(),
        }),
      });
      return mock;
    };

    const tablesAt = (sheet: string, r: number, c: number) => {
      const inside = book.tables.filter((t) => {
        const at = parse(t.at);
        return (
          t.sheet === sheet &&
          r >= at.r &&
          r <= at.r + t.rows.length &&
          c >= at.c &&
          c < at.c + t.headers.length
        );
      });
      const collection = {
        items: [] as unknown[],
        load(what: string) {
          if (what !== "items/id, items/name") throw new Error(`unexpected load ${what}`);
          // "items/id, items/name" loads those properties of every item.
          loaded.add({
            sync: async () => {
              collection.items = inside.map(tableObject);
              for (const item of collection.items as OfficeMockObject[]) {
                item.load("id, name");
                await item.sync();
              }
            },
          });
          return collection;
        },
      };
      return collection;
    };

    const sheetObject = (name: string) => {
      const mock = track(new OfficeMockObject({ name }));
      Object.assign(mock, { getRange: (address: string) => range(name, address) });
      return mock;
    };

    const worksheets = {
      items: [] as { name: string }[],
      load(what: string) {
        if (what !== "items/name") throw new Error(`unexpected load ${what}`);
        loaded.add({
          sync: async () =>
            void (worksheets.items = [...book.sheets.keys()].map((name) => ({ name }))),
        });
        return worksheets;
      },
      getActiveWorksheet: () => sheetObject(book.active.sheet),
      getItem: (name: string) => {
        if (!book.sheets.has(name)) throw new Error(`ItemNotFound: no sheet ${name}`);
        return sheetObject(name);
      },
      onSelectionChanged: {
        add: (handler: Handler) => {
          queue.push(() => book.handlers.add(handler));
          return {
            context,
            // Applied by a sync of this context only.
            remove: () => queue.push(() => book.handlers.delete(handler)),
          };
        },
      },
    };

    const context = {
      // Application.cultureInfo.numberFormat (ExcelApi 1.11): the system's decimal separator.
      // https://learn.microsoft.com/en-us/javascript/api/excel/excel.numberformatinfo
      application: {
        cultureInfo: {
          numberFormat: {
            load: () => undefined,
            numberDecimalSeparator: book.decimalSeparator,
          },
        },
      },
      workbook: {
        getActiveCell: () => range(book.active.sheet, book.active.address),
        worksheets,
      },
      sync: async () => {
        book.syncs++;
        for (const write of queue.splice(0)) write();
        const toRead = [...loaded];
        loaded.clear();
        for (const object of toRead) await object.sync();
        // office-addin-mock copies a synced value into place one microtask after its own sync.
        await Promise.resolve();
      },
    };
    return context as unknown as Excel.RequestContext;
  }
}
