/**
 * Streaming: every KZUZ function is a streaming function fed by the shared dataset store. It
 * answers at once from the dataset in force, then again whenever the store changes (a refresh
 * from the task pane, or the saved dataset loading at start-up), so formulas update without the
 * user recalculating. Nothing a computation throws escapes to Excel.
 *
 * A sheet asks the same question in many cells (=KZUZ.INVESTMENT("Tashkent") down a column), and
 * every answer depends on the snapshot alone, so cells asking the same question of one store are
 * fed together: one computation per snapshot, remembered until the next change, for all of them.
 * A change of the pane's language counts as a change: error messages are in that language.
 */
import { sharedStore, whenSharedStore } from "../data/shared";
import type { DatasetSnapshot, DatasetStore } from "../data/store";
import { onActiveLangChange } from "../i18n/active";
import { excelError } from "../formulas/errors";
import { message } from "../i18n/message";

/** The part of CustomFunctions.StreamingInvocation this module uses. */
interface Invocation<T> {
  setResult(value: T | CustomFunctions.Error): void;
  onCanceled?: () => void;
}

type Compute<T> = (snapshot: DatasetSnapshot) => T | CustomFunctions.Error;

/** The cells asking one question of one store, and its answer for the snapshot in force. */
interface Question<T> {
  readonly cells: Set<Invocation<T>>;
  value: T | CustomFunctions.Error;
  /** Comparable form of `value` (undefined if it has none): a change that keeps it is not sent. */
  key: string | undefined;
  stop: () => void;
}

/**
 * Questions asked of one store, by function name then argument after argument (a trie of Maps:
 * no key text is built per evaluation). A node stays when its cells leave: a few bytes for each
 * distinct question asked in a session.
 */
interface Asked {
  readonly next: Map<unknown, Asked>;
  question?: Question<unknown>;
}

const questions = new WeakMap<DatasetStore, Asked>();

/**
 * Feeds `invocation` with `compute` of the snapshot in force, now and after every change, until
 * Excel cancels it. Cells given equal `question`s (the function's name and its arguments, compared
 * one by one as Map keys do: 2024 and "2024" differ) share one computation per snapshot; `compute`
 * must then depend on nothing but the snapshot and what the question names.
 */
export function live<T>(
  store: DatasetStore,
  invocation: Invocation<T>,
  compute: Compute<T>,
  question?: readonly unknown[]
): void {
  const node = question === undefined ? undefined : nodeFor(store, question);
  const q = (node?.question as Question<T> | undefined) ?? ask(store, compute);
  if (node !== undefined) node.question = q as Question<unknown>;
  q.cells.add(invocation);
  invocation.setResult(q.value);
  invocation.onCanceled = () => {
    q.cells.delete(invocation);
    if (q.cells.size > 0) return;
    q.stop();
    if (node !== undefined && node.question === q) node.question = undefined;
  };
}

/**
 * `live` on the page's store. While the bundled dataset is still loading (the first moments after
 * the page opens), the cell waits: Excel shows #BUSY! until a streaming function's first result
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs). It never
 * answers from a dataset that is not there. If the dataset could not load, or nothing started
 * the store, the cell says so (#N/A) and what to do.
 */
export function liveShared<T>(
  invocation: Invocation<T>,
  compute: Compute<T>,
  question?: readonly unknown[]
): void {
  const store = sharedStore();
  if (store) return live(store, invocation, compute, question);
  let canceled = false;
  invocation.onCanceled = () => {
    canceled = true;
  };
  const noData = () => invocation.setResult(noDataError());
  const ready = whenSharedStore();
  if (!ready) return noData();
  void ready.then((loaded) => {
    if (canceled) return;
    if (loaded) live(loaded, invocation, compute, question);
    else noData();
  });
}

/**
 * A module the functions load when first asked, not at the page's start (a chunk of its own:
 * the page's first screen does not wait for it). `loaded` once it is here.
 */
interface Lazy<M> {
  readonly loaded: M | undefined;
  load(): Promise<M>;
}

/** `load`, asked once (again after a failure), its module kept. */
export function lazy<M>(load: () => Promise<M>): Lazy<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load: () =>
      (loading ??= load().then(
        (m) => (loaded = m),
        (error: unknown) => {
          loading = undefined;
          throw error;
        }
      )),
  };
}

/**
 * `liveShared` with a computation from a module loaded on first use (`module`): the first cell
 * waits for it as for the dataset (Excel shows #BUSY!); after that, nothing changes. A module
 * that cannot load (a dropped connection) gives #N/A saying why, and the next cell asks again.
 */
export function liveLoaded<M, T>(
  module: Lazy<M>,
  invocation: Invocation<T>,
  compute: (m: M, snapshot: DatasetSnapshot) => T | CustomFunctions.Error,
  question?: readonly unknown[]
): void {
  const ready = module.loaded;
  if (ready !== undefined) return liveShared(invocation, (s) => compute(ready, s), question);
  let canceled = false;
  invocation.onCanceled = () => {
    canceled = true;
  };
  module.load().then(
    (m) => {
      if (!canceled) liveShared(invocation, (s) => compute(m, s), question);
    },
    (error: unknown) => {
      if (canceled) return;
      const reason = error instanceof Error ? error.message : String(error);
      invocation.setResult(excelError("#N/A", message("errors.functions.crash", { reason })));
    }
  );
}

/** The answer of a function when the dataset could not load, or nothing started the store. */
export function noDataError(): CustomFunctions.Error {
  return excelError("#N/A", message("errors.functions.noData"));
}

function nodeFor(store: DatasetStore, question: readonly unknown[]): Asked {
  let node: Asked | undefined = questions.get(store);
  if (node === undefined) questions.set(store, (node = { next: new Map() }));
  for (const part of question) {
    let child: Asked | undefined = node.next.get(part);
    if (child === undefined) node.next.set(part, (child = { next: new Map() }));
    node = child;
  }
  return node;
}

function ask<T>(store: DatasetStore, compute: Compute<T>): Question<T> {
  const value = answer(compute, store.get());
  const q: Question<T> = { cells: new Set(), value, key: stableKey(value), stop: () => undefined };
  const update = (snapshot: DatasetSnapshot) => {
    const next = answer(compute, snapshot);
    const key = stableKey(next);
    // Excel redraws on every setResult: skip updates that change nothing.
    if (key !== undefined && key === q.key) return;
    q.value = next;
    q.key = key;
    for (const cell of q.cells) cell.setResult(next);
  };
  const stopData = store.subscribe(update);
  // An error's message is in the pane's language: a change of language says it again (a number
  // stays as it is, so only the cells showing errors are redrawn).
  const stopLang = onActiveLangChange(() => update(store.get()));
  q.stop = () => {
    stopData();
    stopLang();
  };
  return q;
}

function answer<T>(compute: Compute<T>, snapshot: DatasetSnapshot): T | CustomFunctions.Error {
  try {
    return compute(snapshot);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return excelError("#N/A", {
      id: "errors.functions.crash",
      values: { reason },
    });
  }
}

function stableKey(value: unknown): string | undefined {
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value}:${value}`;
  try {
    return value instanceof Error
      ? `error:${(value as { code?: string }).code}:${value.message}`
      : JSON.stringify(value);
  } catch {
    return undefined;
  }
}
