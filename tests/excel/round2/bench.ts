/** Shared set-up for the round-2 red-team tests: a workbench on the fake workbook, datasets to refresh to. */
import { DatasetStore } from "../../../src/data/store";
import type { Dataset } from "../../../src/data/schema";
import type { Workbench } from "../../../src/excel/workbench";
import { publishedDataset } from "../../support/dataset";
import type { FakeExcel, TableModel } from "../../support/fake-excel";
import { MemorySettings } from "../../support/office";

export const URL_OK = "https://data.example.org/kzuz.json";

export function bench(
  excel: FakeExcel,
  store = new DatasetStore(publishedDataset())
): Workbench & { settings: MemorySettings } {
  return {
    store,
    run: (batch) => batch(excel.context),
    settings: new MemorySettings(),
    baseUrl: "https://addin.example.org/taskpane.html",
    supports: () => true,
  };
}

/** The published dataset as a later version, edited by `change`. */
export function later(change: (d: Dataset) => void = () => undefined): Dataset {
  const d = structuredClone(publishedDataset()) as Dataset & { version: string };
  d.version = "2027.1.1";
  change(d);
  return d;
}

/** A later dataset with one more trade observation (a copy of the first, under a new ID). */
export function withNewTradeRow(id = "trade-2025-new-row"): Dataset {
  return later((d) => {
    const first = d.trade.observations[0];
    d.trade.observations.push({ ...structuredClone(first), id });
  });
}

/** A later dataset without these trade observations. */
export function withoutTrade(...ids: string[]): Dataset {
  return later((d) => {
    d.trade.observations = d.trade.observations.filter((o) => !ids.includes(o.id));
  });
}

export function serve(body: unknown, status = 200): jest.SpyInstance {
  return jest
    .spyOn(globalThis, "fetch")
    .mockImplementation(async () => new Response(JSON.stringify(body), { status }));
}

/** Adds a "My note" column to the table and writes notes on the rows with these IDs. */
export function addNotes(table: TableModel, notes: Record<string, string>): void {
  const idAt = table.headers().indexOf("ID");
  table.sheet.set(table.row0, table.col0 + table.width, { value: "My note" });
  table.rows().forEach((row, r) => {
    const note = notes[String(row[idAt])];
    if (note) table.sheet.set(table.row0 + 1 + r, table.col0 + table.width, { value: note });
  });
  table.width += 1;
}

/** The table's rows as objects by header. */
export function byHeader(table: TableModel): Record<string, unknown>[] {
  const headers = table.headers();
  return table.rows().map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i]])));
}

/** Makes sync number `at` (counted from now) fail after `operations` of its operations. */
export function failSync(excel: FakeExcel, at: number, operations: number): void {
  const sync = excel.context.sync.bind(excel.context);
  let n = 0;
  (excel.context as { sync: () => Promise<void> }).sync = async () => {
    if (++n === at) excel.failNextSyncAfter(operations);
    return sync();
  };
}

/** The differences between two workbook snapshots, briefly: [] when they are the same. */
export function differences(before: string, after: string): string[] {
  if (before === after) return [];
  type Snap = {
    sheets: { name: string; cells: [string, unknown][] }[];
    tables: { name: string; height: number; width: number }[];
  };
  const a = JSON.parse(before) as Snap;
  const b = JSON.parse(after) as Snap;
  const out: string[] = [];
  const tables = (s: Snap) => JSON.stringify(s.tables.map((t) => [t.name, t.width, t.height]));
  if (tables(a) !== tables(b)) out.push(`tables ${tables(a)} → ${tables(b)}`);
  const cells = (s: Snap) =>
    new Map(
      s.sheets.flatMap((sh) => sh.cells.map(([k, v]) => [`${sh.name}!${k}`, JSON.stringify(v)]))
    );
  const ca = cells(a);
  const cb = cells(b);
  for (const key of new Set([...ca.keys(), ...cb.keys()]))
    if (ca.get(key) !== cb.get(key)) out.push(`${key}: ${ca.get(key)} → ${cb.get(key)}`);
  if (out.length === 0) out.push("charts, filters or other state differ");
  return out.slice(0, 8);
}
