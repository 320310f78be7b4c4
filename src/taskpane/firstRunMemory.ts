import { useSyncExternalStore } from "react";
import { pageStorage } from "../office/page-storage";

/**
 * Whether this user has dismissed the first-run introduction. Kept in the page's localStorage
 * (per user and per computer, like Office's own "don't show again"), not in the workbook: the
 * introduction is about the add-in, not about one workbook. Where storage is blocked the
 * introduction shows again next time, which is harmless.
 */
const KEY = "kzuz.firstRun.dismissed.v1";

type StorageLike = Pick<Storage, "getItem" | "setItem">;

export function firstRunDismissed(store: StorageLike | undefined = pageStorage()): boolean {
  try {
    return store?.getItem(KEY) === "yes";
  } catch {
    return false;
  }
}

export function dismissFirstRun(store: StorageLike | undefined = pageStorage()): void {
  try {
    store?.setItem(KEY, "yes");
  } catch {
    // storage full or blocked: the introduction shows again next time
  }
}

/**
 * Whether "Getting started" shows now: on first use until dismissed, then whenever the help
 * button in the header brings it back. Shared by the header's button and the card, so the two
 * agree (a tiny store React reads with useSyncExternalStore).
 */
let reopened = false;
const listeners = new Set<() => void>();

const firstRunShown = {
  get: (): boolean => reopened || !firstRunDismissed(),
  set(value: boolean): void {
    reopened = value;
    if (!value) dismissFirstRun();
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

/** Whether "Getting started" shows (./FirstRun), and how to change it. */
export function useFirstRunShown(): [boolean, (shown: boolean) => void] {
  const shown = useSyncExternalStore(firstRunShown.subscribe, firstRunShown.get);
  return [shown, firstRunShown.set];
}

/** The steps of "Getting started", ticked off as the user does them. */
export type Step = "insert" | "formula" | "explain";

const STEPS_KEY = "kzuz.firstRun.steps.v1";
const stepListeners = new Set<() => void>();

function readSteps(store: StorageLike | undefined = pageStorage()): string {
  try {
    return store?.getItem(STEPS_KEY) ?? "";
  } catch {
    return "";
  }
}

/** Remembers that the user has done `step` (a formula inserted or copied, a cell explained). */
export function markStepDone(step: Step, store: StorageLike | undefined = pageStorage()): void {
  const done = new Set(readSteps(store).split(",").filter(Boolean));
  if (done.has(step)) return;
  done.add(step);
  try {
    store?.setItem(STEPS_KEY, [...done].sort().join(","));
  } catch {
    // storage blocked: the step is not ticked next time, which is harmless
  }
  stepListeners.forEach((l) => l());
}

/** The steps done so far. */
export function useStepsDone(): ReadonlySet<string> {
  const text = useSyncExternalStore(
    (listener) => {
      stepListeners.add(listener);
      return () => {
        stepListeners.delete(listener);
      };
    },
    () => readSteps()
  );
  return new Set(text.split(",").filter(Boolean));
}
