/**
 * The request context's rules, as Excel applies them: writes are queued and applied, in order, at
 * context.sync(); a property reads as an error until it is loaded and a sync has run, and then
 * shows the workbook as that sync found it, until it is loaded again.
 * https://learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext
 * ("load: queues up a command to load the specified properties of the object. You must call
 * context.sync() before reading the properties.")
 *
 * The reading rules come from office-addin-mock, through its public API only (constructor, load,
 * sync, property reads): each sync that follows a load builds a fresh OfficeMockObject from the
 * model, replays the object's loads on it and syncs it.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { WorkbookModel } from "./model";

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

/** One API object's scalar properties, as the code under test may read them. */
class LoadedScalars {
  private readonly values: Scalars;
  private readonly loads: LoadArgument[] = [];
  private pending: string[] = [];
  private view: OfficeMockObject;

  constructor(
    initial: Scalars,
    private readonly read: () => Scalars
  ) {
    this.values = { ...initial };
    this.view = new OfficeMockObject({ ...initial });
  }

  has(name: string): boolean {
    return name in this.values;
  }

  get(name: string): unknown {
    return (this.view as Record<string, unknown>)[name];
  }

  /** Queues a load; throws, as the mock does, for a property the object does not have. */
  load(what: LoadArgument): void {
    this.view.load(what);
    this.loads.push(what);
    this.pending.push(...namesIn(what, Object.keys(this.values)));
  }

  /** Takes the loaded properties' values from the model as it is now. */
  async sync(): Promise<void> {
    const fresh = readSafely(this.read);
    for (const name of this.pending) if (name in fresh) this.values[name] = fresh[name];
    this.pending = [];
    const next = new OfficeMockObject({ ...this.values });
    for (const what of this.loads) next.load(what);
    await next.sync();
    this.view = next;
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
  private readonly queue: { name: string; run: () => void }[] = [];
  /** Objects with a load queued since the last sync, in the order they were loaded. */
  private readonly toRead = new Set<LoadedScalars>();
  private readonly afterOperations: (() => void)[] = [];
  private failAfter: number | undefined;

  constructor(readonly workbook: WorkbookModel) {}

  /** Queues a write, applied at the next sync. */
  op(name: string, run: () => void): void {
    this.queue.push({ name, run });
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
          this.op(name, () => write(v as never));
        },
      });
    // load() with no argument loads every property, as load("*") does.
    target.load = (what: LoadArgument = "*") => {
      state.load(what);
      this.toRead.add(state);
      return target;
    };
    return target as T;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const batch = this.queue.splice(0);
    const limit = this.failAfter;
    this.failAfter = undefined;
    for (let i = 0; i < batch.length; i++) {
      if (limit !== undefined && i >= limit)
        throw new Error("GeneralException: simulated failure during sync");
      this.log.push(batch[i].name);
      batch[i].run();
    }
    for (const update of this.afterOperations) update();
    const toRead = [...this.toRead];
    this.toRead.clear();
    for (const state of toRead) await state.sync();
  }
}
