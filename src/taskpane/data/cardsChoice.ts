/**
 * "Insert with cards": on by default; turning it off is remembered in the page's localStorage
 * (per user and computer, like the pane's other choices). Where storage is blocked the choice
 * lasts until the pane closes. A tiny store React reads with useSyncExternalStore.
 */
import { useSyncExternalStore } from "react";
import { pageStorage } from "../../office/page-storage";

const KEY = "kzuz.cards.off.v1";
let inMemory: boolean | undefined;
const listeners = new Set<() => void>();

/** Whether the user wants cards in the tables the add-in inserts (true unless turned off). */
export function cardsWanted(): boolean {
  if (inMemory !== undefined) return inMemory;
  try {
    return pageStorage()?.getItem(KEY) !== "yes";
  } catch {
    return true;
  }
}

export function setCardsWanted(wanted: boolean): void {
  inMemory = wanted;
  try {
    if (wanted) pageStorage()?.removeItem(KEY);
    else pageStorage()?.setItem(KEY, "yes");
  } catch {
    // storage blocked: the choice lasts while the pane is open
  }
  listeners.forEach((l) => l());
}

export function useCardsWanted(): [boolean, (wanted: boolean) => void] {
  const wanted = useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, cardsWanted);
  return [wanted, setCardsWanted];
}
