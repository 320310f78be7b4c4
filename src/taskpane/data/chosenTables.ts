/**
 * Which tables the user last chose to insert, so the Data tab's list opens as they left it. Kept
 * in the page's localStorage (per user and per computer, like the language), not in the workbook:
 * it is a habit, not a fact about one workbook. On first use, and wherever storage is blocked or
 * holds something unreadable, every table is chosen.
 */
import { VIEW_KEYS, type ViewKey } from "../../data/views";
import { pageStorage } from "../../office/page-storage";

const KEY = "kzuz.tables.chosen.v1";

type StorageLike = Pick<Storage, "getItem" | "setItem">;

/** The tables chosen last time, in the registry's order; every table on first use. */
export function chosenTables(store: StorageLike | undefined = pageStorage()): ViewKey[] {
  try {
    const saved: unknown = JSON.parse(store?.getItem(KEY) ?? "null");
    if (Array.isArray(saved)) return VIEW_KEYS.filter((k) => saved.includes(k));
  } catch {
    // unreadable: start again from every table
  }
  return [...VIEW_KEYS];
}

/** Remembers `keys` as the tables chosen (done when they are inserted). */
export function rememberChosenTables(
  keys: readonly ViewKey[],
  store: StorageLike | undefined = pageStorage()
): void {
  try {
    store?.setItem(KEY, JSON.stringify(keys));
  } catch {
    // storage full or blocked: every table is chosen next time
  }
}
