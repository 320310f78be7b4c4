/**
 * The request context's rules, as Excel applies them: writes and loads are queued and run, in
 * order, at context.sync() (a load queued before a write reads the workbook before that write); a
 * property reads as an error until it is loaded and a sync has run, and then shows the workbook as
 * its load found it, until it is loaded again.
 * https://learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext
 * ("load: queues up a command to load the specified properties of the object. You must call
 * context.sync() before reading the properties.")
 *
 * The reading rules come from office-addin-mock, through its public API only (constructor, load,
 * sync, property reads): each sync that follows a load builds a fresh OfficeMockObject from the
 * model, replays the object's loads on it and syncs it.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { TableModel, WorkbookModel } from "./model";

/**
 * Excel on the web refuses a request whose payload is over 5 MB, and fails one whose response
 * would be: "Excel on the web has a payload size limit for requests and responses of 5MB"
 * (resource limits,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * with the error RequestPayloadSizeLimitExceeded; nothing of the request is applied.
 */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

/** The bytes a written value takes in a request: its JSON, in UTF-8. */
function payloadOf(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

/** A table's onChanged handler, called with Excel.TableChangedEventArgs. */
export type TableListener = (event: Excel.TableChangedEventArgs) => unknown;

/** What a remote edit may change in a table: its place, size and cells. */
function tableState(t: TableModel): string {
  const cells = [];
  for (let r = 0; r <= t.height; r++)
    for (let c = 0; c < t.width; c++) cells.push(t.sheet.get(t.row0 + r, t.col0 + c)?.value);
  return JSON.stringify([t.row0, t.col0, t.width, t.height, cells]);
}

type LoadArgument = Parameters<OfficeMockObject["load"]>[0];
type Scalars = Record<string, unknown>;

/** The names a load argument asks for ("a, b", "*" for all, ["a"], { a: true }). */
function namesIn(what: LoadArgument, all: string[]): string[] {
  if (Array.isArray(what)) return what.flatMap((w: LoadArgument) => namesIn(w, all));
  if (typeof what === "string")
    return what.split(",").flatMap((part) => {
      const name = part.trim().split("/")[0];
      return name === "*" ? all : [name];
    });
  return Object.keys(what).filter((name) => Boolean((what as Scalars)[name]));
}

/**
 * office-addin-mock takes an object value for a navigation property, and null for one without
 * properties: a null scalar (Excel's answer for a property mixed across a range) goes through it
 * as this stand-in.
 */
const NULL = "\u0000null";

const toNull = (v: unknown) => (v === null ? NULL : v);
const fromNull = (v: unknown) => (v === NULL ? null : v);

/** `v` with `swap` applied to every value inside it (arrays and plain objects, any depth). */
function deep(v: unknown, swap: (x: unknown) => unknown): unknown {
  if (Array.isArray(v)) {
    // A loop, not map: tables' grids are most of what the fake copies.
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = deep(v[i], swap);
    return out;
  }
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x, swap)]));
  return swap(v);
}

/**
 * What the mock holds for a property no load has read yet: the mock shows no value for it (it
 * reads as "not loaded"), so an array stands as an empty one; navigation objects and scalars
 * stay as they are (the mock tells them apart by their type).
 */
function unread(v: unknown): unknown {
  return Array.isArray(v) ? [] : deep(v, toNull);
}

/** One API object's scalar properties, as the code under test may read them. */
class LoadedScalars {
  private readonly values: Scalars;
  private readonly loads: LoadArgument[] = [];
  private pending: string[] = [];
  /** The object's properties as its load found them, at its place in the batch. */
  private captured: Scalars | undefined;
  /**
   * The loaded properties as the mock takes them (null as its stand-in), copied once per sync
   * that reads them: most API objects are only written, or load a few of their properties.
   */
  private readonly mocked: Scalars = {};
  /** The mock the properties are read through; made when first needed. */
  private view: OfficeMockObject | undefined;
  /**
   * What each property read gave since the last load or sync: reading it again gives the same
   * value, as office.js keeps one loaded value per property (a loop reading `range.values[i]`
   * copied the whole grid at every step).
   */
  private readonly reads = new Map<string, unknown>();

  constructor(
    initial: Scalars,
    private readonly read: () => Scalars
  ) {
    this.values = { ...initial };
  }

  /** What the mock holds: the loaded properties' values, and the others' kind. */
  private mockObject(): OfficeMockObject {
    const held: Scalars = {};
    for (const [name, value] of Object.entries(this.values))
      held[name] = name in this.mocked ? this.mocked[name] : unread(value);
    return new OfficeMockObject(held);
  }

  private mock(): OfficeMockObject {
    return (this.view ??= this.mockObject());
  }

  has(name: string): boolean {
    return name in this.values;
  }

  get(name: string): unknown {
    if (!this.reads.has(name))
      this.reads.set(
        name,
        deep((this.mock() as unknown as Record<string, unknown>)[name], fromNull)
      );
    return this.reads.get(name);
  }

  /** Queues a load; throws, as the mock does, for a property the object does not have. */
  load(what: LoadArgument): void {
    this.reads.clear();
    this.mock().load(what);
    this.loads.push(what);
    this.pending.push(...namesIn(what, Object.keys(this.values)));
  }

  /** Reads the model at the load's place in the batch. */
  capture(): void {
    this.captured = readSafely(this.read);
  }

  /** The bytes the loaded properties take in the response: their JSON, in UTF-8. */
  responseBytes(): number {
    const fresh = this.captured ?? readSafely(this.read);
    return this.pending.reduce((n, name) => n + payloadOf(fresh[name]), 0);
  }

  /** Takes the loaded properties' values as the load found them. */
  async sync(): Promise<void> {
    const fresh = this.captured ?? readSafely(this.read);
    this.captured = undefined;
    for (const name of new Set(this.pending)) {
      if (name in fresh) this.values[name] = fresh[name];
      if (name in fresh || !(name in this.mocked))
        this.mocked[name] = deep(this.values[name], toNull);
    }
    this.pending = [];
    const next = this.mockObject();
    for (const what of this.loads) next.load(what);
    await next.sync();
    this.view = next;
    this.reads.clear();
  }
}

/** The model's view of an object that may not exist (yet): nothing readable then. */
function readSafely(read: () => Scalars): Scalars {
  try {
    return read();
  } catch {
    return {};
  }
}

export class Session {
  /** Number of context.sync calls so far. */
  syncs = 0;
  /** Every operation name applied, in order (e.g. "range.values", "rows.add"). */
  readonly log: string[] = [];
  private readonly queue: { name: string; run: () => void; bytes: number; load?: boolean }[] = [];
  /** Edits made by someone else after a given sync, by sync number. */
  private readonly remoteEdits = new Map<number, ((workbook: WorkbookModel) => void)[]>();
  /** Edits Excel applies just before a given sync's request, heard of only after it. */
  private readonly editsBefore = new Map<number, ((workbook: WorkbookModel) => void)[]>();
  private readonly listeners = new Map<TableListener, TableModel>();
  /** Objects with a load queued since the last sync, in the order they were loaded. */
  private readonly toRead = new Set<LoadedScalars>();
  private readonly afterOperations: (() => void)[] = [];
  private failAfter: number | undefined;

  constructor(readonly workbook: WorkbookModel) {}

  /** Queues a write, applied at the next sync; `payload` is what it sends (for the size limit). */
  op(name: string, run: () => void, payload?: unknown): void {
    this.queue.push({ name, run, bytes: payloadOf(payload) });
  }

  /** Runs `edit` right after sync number `sync` returns, as a co-author's edit landing then. */
  between(sync: number, edit: (workbook: WorkbookModel) => void): void {
    this.remoteEdits.set(sync, [...(this.remoteEdits.get(sync) ?? []), edit]);
  }

  /**
   * Runs `edit` just before sync number `sync` is applied, as a co-author's edit Excel applies
   * while the add-in's request is on its way; onChanged handlers hear of it after that sync.
   */
  during(sync: number, edit: (workbook: WorkbookModel) => void): void {
    this.editsBefore.set(sync, [...(this.editsBefore.get(sync) ?? []), edit]);
  }

  listen(table: TableModel, handler: TableListener): void {
    this.listeners.set(handler, table);
  }

  unlisten(handler: TableListener): void {
    this.listeners.delete(handler);
  }

  /** Runs remote edits; returns the tables they changed. */
  private edit(edits: ((workbook: WorkbookModel) => void)[] | undefined): Set<TableModel> {
    if (!edits) return new Set();
    const before = new Map(this.workbook.tables.map((t) => [t, tableState(t)]));
    for (const edit of edits) edit(this.workbook);
    return new Set(this.workbook.tables.filter((t) => before.get(t) !== tableState(t)));
  }

  /** Tells the tables' onChanged handlers of a remote edit. */
  private async notify(changed: Set<TableModel>): Promise<void> {
    for (const [handler, table] of [...this.listeners]) {
      if (!changed.has(table)) continue;
      await handler({
        type: "TableChanged",
        source: "Remote",
        changeType: "Unknown",
        tableId: table.id,
        worksheetId: table.sheet.id,
        address: "",
      } as unknown as Excel.TableChangedEventArgs);
    }
  }

  /** Runs `update` at each sync, after the queued writes and before loaded properties are read. */
  onSync(update: () => void): void {
    this.afterOperations.push(update);
  }

  /** Makes the next sync fail after applying this many queued operations. */
  failNextSyncAfter(operations: number): void {
    this.failAfter = operations;
  }

  /**
   * An API object: `scalars` reads its properties from the model (under the load/sync rules),
   * `members` are its methods and navigation objects as they are, and each writer queues the
   * write of a property (a written property not among the scalars reads as undefined).
   */
  proxy<T extends object>(
    scalars: () => Scalars,
    members: Record<string, unknown> = {},
    writers: Record<string, (v: never) => void> = {}
  ): T {
    const initial = readSafely(scalars);
    const state = new LoadedScalars(initial, scalars);
    const target: Record<string, unknown> = { ...members };
    for (const name of Object.keys(initial))
      if (!(name in writers))
        Object.defineProperty(target, name, {
          enumerable: true,
          configurable: true,
          get: () => state.get(name),
        });
    for (const [name, write] of Object.entries(writers))
      Object.defineProperty(target, name, {
        enumerable: true,
        configurable: true,
        get: () => (state.has(name) ? state.get(name) : undefined),
        set: (v: unknown) => {
          this.op(name, () => write(v as never), v);
        },
      });
    // load() with no argument loads every property, as load("*") does.
    target.load = (what: LoadArgument = "*") => {
      state.load(what);
      this.toRead.add(state);
      this.queue.push({ name: "load", run: () => state.capture(), bytes: 0, load: true });
      return target;
    };
    return target as T;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const changedBefore = this.edit(this.editsBefore.get(this.syncs));
    this.editsBefore.delete(this.syncs);
    const batch = this.queue.splice(0);
    const limit = this.failAfter;
    this.failAfter = undefined;
    const bytes = batch.reduce((n, op) => n + op.bytes, 0);
    if (bytes > MAX_REQUEST_BYTES) {
      this.toRead.clear();
      throw new Error(
        `RequestPayloadSizeLimitExceeded: the request is ${bytes} bytes, over Excel on the web's 5 MB`
      );
    }
    let applied = 0;
    for (const op of batch) {
      if (op.load) {
        op.run();
        continue;
      }
      if (limit !== undefined && applied >= limit)
        throw new Error("GeneralException: simulated failure during sync");
      applied++;
      this.log.push(op.name);
      op.run();
    }
    for (const update of this.afterOperations) update();
    const toRead = [...this.toRead];
    this.toRead.clear();
    // The limit covers responses too: what the loads read is sent back in one response. Excel
    // has run the request by then (its writes stay); the add-in gets an error, and no value.
    const read = toRead.reduce((n, state) => n + state.responseBytes(), 0);
    if (read > MAX_REQUEST_BYTES)
      throw new Error(
        `ResponsePayloadSizeLimitExceeded: the response is ${read} bytes, over Excel on the web's 5 MB`
      );
    for (const state of toRead) await state.sync();
    await this.notify(changedBefore);
    const changedAfter = this.edit(this.remoteEdits.get(this.syncs));
    this.remoteEdits.delete(this.syncs);
    await this.notify(changedAfter);
  }
}
