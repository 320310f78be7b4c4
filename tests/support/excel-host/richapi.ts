/**
 * Excel's side of a RichApi request (`ProcessQuery`): object paths resolved to objects of the
 * workbook model's API (tests/support/fake-excel, the same objects the Jest tests use), actions
 * run on them in order, each applied at once (a sync of the model per action, so an action sees
 * the ones before it, as in Excel), and the values office.js reads back: scalars under the
 * PascalCase names `_handleResult` reads, collections as `{_Items: [...]}`, every object with a
 * `_ReferenceId` (office.js then addresses it by that id in later requests,
 * `ObjectPath.updateUsingObjectData`, l. 12537), a null Instantiate for a null object (l. 12771).
 * The first failing action ends the request: Excel reports it with its index; the actions before it
 * stay applied.
 */
import {
  type ActionInfo,
  type ArgumentInfo,
  camel,
  type ObjectPathInfo,
  pascal,
  type QueryInfo,
  type RequestBody,
  type ResponseBody,
  wireError,
} from "./wire";

type Obj = Record<string, unknown>;

/** What the interpreter needs of the workbook: its root object and a way to apply queued writes. */
export interface Target {
  root: Obj;
  sync(): Promise<void>;
  /** Objects office.js creates by name (ObjectPathType New). */
  services?: Record<string, Obj>;
  /** Told when the page adds (true) or removes (false) a handler of an Excel event. */
  onEventRegistration?: (event: string, register: boolean, on: Obj) => void;
  /** True while every write is to be refused with AccessDenied (a read-only workbook). */
  readOnly?: () => boolean;
}

/** Something office.js asked for that the host does not model (kept for the tests to assert on). */
export class Unmodelled extends Error {
  constructor(what: string) {
    super(`NotImplemented: the simulated Excel host does not model ${what}`);
  }
}

function isObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null;
}

/** A client object of the model's API (it can be loaded), as opposed to a plain value. */
function isApiObject(v: unknown): v is Obj {
  return isObject(v) && typeof v.load === "function";
}

function isCollection(v: Obj): boolean {
  return "items" in v;
}

export class Interpreter {
  private readonly refs = new Map<string, Obj>();
  private readonly refOf = new WeakMap<Obj, string>();
  private nextRef = 1;
  /** Every unmodelled member office.js asked for, "Range.foo"-style paths. */
  readonly unmodelled: string[] = [];
  /** Every error answered, with the model's own words ("ItemNotFound: …") and where. */
  readonly errors: string[] = [];

  constructor(private readonly target: Target) {}

  private reference(obj: Obj): string {
    let ref = this.refOf.get(obj);
    if (!ref) {
      ref = `{ref-${this.nextRef++}}`;
      this.refs.set(ref, obj);
      this.refOf.set(obj, ref);
    }
    return ref;
  }

  async process(body: RequestBody): Promise<ResponseBody> {
    const paths = new Map<number, unknown>();
    const results: ResponseBody["Results"] = [];
    const resolve = (id: number): unknown => {
      if (paths.has(id)) return paths.get(id);
      const info = body.ObjectPaths[String(id)];
      if (!info) throw new Error(`InvalidArgument: no object path ${id}`);
      const value = this.resolvePath(info, resolve);
      paths.set(id, value);
      return value;
    };
    for (let index = 0; index < body.Actions.length; index++) {
      const action = body.Actions[index];
      try {
        const value = await this.run(action, resolve, body);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        const error = wireError(e, index, this.describe(body, action.ObjectPathId));
        if (e instanceof Unmodelled) this.unmodelled.push(error.detail);
        this.errors.push(`${error.Location}: ${error.detail}`);
        const { detail, ...wire } = error;
        void detail;
        return { Results: results, Error: wire };
      }
    }
    return { Results: results };
  }

  /** "workbook.worksheets.getItem()"-style, for error locations and the unmodelled list. */
  private describe(body: RequestBody, id: number): string {
    const parts: string[] = [];
    for (let info = body.ObjectPaths[String(id)]; info;) {
      parts.unshift(info.ObjectPathType === 1 ? "workbook" : info.Name || "?");
      info = body.ObjectPaths[String(info.ParentObjectPathId)];
    }
    return parts.join(".");
  }

  private args(info: ArgumentInfo | undefined, resolve: (id: number) => unknown): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((a, i) => (refs[i] ? resolve(refs[i]) : a));
  }

  private resolvePath(info: ObjectPathInfo, resolve: (id: number) => unknown): unknown {
    const parent = () => {
      const p = resolve(info.ParentObjectPathId ?? -1);
      if (!isObject(p)) throw new Error("ItemNotFound: the parent object is null");
      return p;
    };
    switch (info.ObjectPathType) {
      case 1:
        return this.target.root;
      case 2: {
        // office.js's own services (AddinInternalService, TelemetryService): Excel takes their
        // calls and answers nothing the add-in reads.
        const service = this.target.services?.[info.Name];
        if (!service) throw new Unmodelled(`new ${info.Name}`);
        return service;
      }
      case 3:
        if (this.target.readOnly?.() && WRITES.test(info.Name))
          throw new Error("AccessDenied: the workbook is read-only");
        return this.call(parent(), info.Name, this.args(info.ArgumentInfo, resolve));
      case 4: {
        const p = parent();
        const name = camel(info.Name);
        if (!(name in p)) throw new Unmodelled(`the property ${info.Name}`);
        return p[name];
      }
      case 5:
        return this.call(parent(), "GetItem", this.args(info.ArgumentInfo, resolve));
      case 6: {
        const obj = this.refs.get(info.Name);
        if (!obj) throw new Error("InvalidArgument: the object reference is no longer valid");
        return obj;
      }
      case 7:
        return null;
      default:
        throw new Unmodelled(`object path type ${info.ObjectPathType}`);
    }
  }

  private call(obj: Obj, wireName: string, args: unknown[]): unknown {
    // Range._KeepReference: keeps the object addressable by its _ReferenceId, as every object
    // of this host already is.
    if (wireName === "_KeepReference") return null;
    // _RemoveReference: office.js lets go of an object it tracked (its ref is kept: harmless).
    if (wireName === "_RemoveReference") return null;
    // An event handler added or removed (e.g. _RegisterSelectionChangedEvent): the handler
    // lives in the page; the host only learns which events to raise.
    const event = /^_(Register|Unregister)(\w+)Event$/.exec(wireName);
    if (event) {
      this.target.onEventRegistration?.(event[2], event[1] === "Register", obj);
      return null;
    }
    const fn = obj[camel(wireName)];
    if (typeof fn !== "function") throw new Unmodelled(`the method ${wireName}`);
    return (fn as (...a: unknown[]) => unknown).apply(obj, args);
  }

  private async run(
    action: ActionInfo,
    resolve: (id: number) => unknown,
    body: RequestBody
  ): Promise<unknown> {
    if (this.target.readOnly?.() && isWrite(action, body))
      throw new Error("AccessDenied: the workbook is read-only");
    const obj = (): Obj => {
      const o = resolve(action.ObjectPathId);
      if (!isObject(o)) throw new Error("ItemNotFound: the object is null");
      return o;
    };
    switch (action.ActionType) {
      case 1: {
        // Instantiate: the object exists (or is a null object, answered with null).
        const o = resolve(action.ObjectPathId);
        await this.target.sync();
        if (!isObject(o) || o.isNullObject === true) {
          const info = body.ObjectPaths[String(action.ObjectPathId)];
          if (isObject(o) && !/OrNullObject$/.test(info?.Name ?? ""))
            throw new Error("ItemNotFound: the object does not exist");
          return null;
        }
        return { _ReferenceId: this.reference(o) };
      }
      case 2:
      case 7:
        return this.query(obj(), action.QueryInfo ?? {});
      case 3: {
        const result = this.call(obj(), action.Name, this.args(action.ArgumentInfo, resolve));
        await this.target.sync();
        return isApiObject(result) ? null : result;
      }
      case 4: {
        const o = obj();
        const name = camel(action.Name);
        const descriptor = findSetter(o, name);
        if (!descriptor) throw new Unmodelled(`setting ${action.Name}`);
        o[name] = this.args(action.ArgumentInfo, resolve)[0];
        await this.target.sync();
        return undefined;
      }
      case 9: {
        // Update (object.set({...})): each property, as SetProperty would.
        const o = obj();
        const values = (this.args(action.ArgumentInfo, resolve)[0] ?? {}) as Obj;
        await this.update(o, values);
        return undefined;
      }
      case 5:
      case 8:
        // Trace and EnsureUnchanged: nothing to do in a model without concurrent editors.
        return null;
      default:
        throw new Unmodelled(`action type ${action.ActionType}`);
    }
  }

  private async update(o: Obj, values: Obj): Promise<void> {
    for (const [wireName, value] of Object.entries(values)) {
      const name = camel(wireName);
      const current = o[name];
      if (isApiObject(current) && isObject(value) && !Array.isArray(value))
        await this.update(current, value);
      else {
        if (!findSetter(o, name)) throw new Unmodelled(`setting ${wireName}`);
        o[name] = value;
      }
    }
    await this.target.sync();
  }

  /** Loads what the query selects, applies it, and answers with the values as office.js reads them. */
  private async query(o: Obj, q: QueryInfo): Promise<unknown> {
    if (o.isNullObject === true) return null;
    if (isCollection(o)) {
      const select = q.Select?.filter((s) => s !== "*");
      const what =
        select && select.length > 0 ? select.map((s) => `items/${s}`).join(", ") : "items";
      (o.load as (w: string) => void)(what);
      await this.target.sync();
      const items = (o.items as Obj[]).slice(
        q.Skip ?? 0,
        q.Top ? (q.Skip ?? 0) + q.Top : undefined
      );
      return {
        _ReferenceId: this.reference(o),
        _Items: items.map((item) => this.values(item, select)),
      };
    }
    const select = q.Select && !q.Select.includes("*") ? q.Select : undefined;
    const scalars = select?.filter((s) => !s.includes("/") && !isApiObject(o[s]));
    if (typeof o.load !== "function") throw new Unmodelled("loading this object");
    try {
      (o.load as (w?: string) => void)(scalars ? scalars.join(", ") : undefined);
    } catch (e) {
      throw new Unmodelled(`loading ${scalars?.join(", ")} (${(e as Error).message})`);
    }
    await this.target.sync();
    const value = this.values(o, scalars) as Obj;
    // Navigation properties selected through a slash ("protection/protected").
    const nested = new Map<string, string[]>();
    for (const s of [...(select ?? []), ...(q.Expand ?? [])]) {
      const [head, ...rest] = s.split("/");
      if (rest.length === 0 && !isApiObject(o[head])) continue;
      nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
    }
    for (const [head, sub] of nested) {
      const child = o[head];
      if (!isApiObject(child)) throw new Unmodelled(`the property ${head}`);
      value[pascal(head)] = await this.query(child, { Select: sub.length ? sub : undefined });
    }
    return value;
  }

  /** An object's loaded scalars under their wire names (all of them without a selection). */
  private values(o: Obj, select: string[] | undefined): Obj {
    const names =
      select ??
      Object.keys(o).filter((k) => {
        if (k === "items" || k === "isNullObject") return false;
        const v = Object.getOwnPropertyDescriptor(o, k);
        return v?.get !== undefined || (typeof v?.value !== "function" && !isObject(v?.value));
      });
    const out: Obj = {};
    for (const name of names) {
      let v: unknown;
      try {
        v = o[name];
      } catch (e) {
        throw new Unmodelled(`reading ${name} (${(e as Error).message})`);
      }
      if (typeof v === "function" || isApiObject(v)) continue;
      out[pascal(name)] = v;
    }
    if (isApiObject(o)) out._ReferenceId = this.reference(o);
    return out;
  }
}

function findSetter(o: Obj, name: string): boolean {
  for (let p: object | null = o; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return Boolean(d.set) || (d.writable === true && typeof d.value !== "function");
  }
  return false;
}

/** Methods that change the workbook (by their wire names' first word). */
const WRITES =
  /^(Add|Apply|Clear|Delete|Insert|Protect|Unprotect|Reapply|Set|Freeze|Autofit|Activate|Merge|Sort|Remove)/;

/** Whether an action changes the workbook (office.js's own services aside). */
function isWrite(action: ActionInfo, body: RequestBody): boolean {
  if (body.ObjectPaths[String(action.ObjectPathId)]?.ObjectPathType === 2) return false;
  if (action.ActionType === 4 || action.ActionType === 9) return true;
  return action.ActionType === 3 && WRITES.test(action.Name);
}
