/**
 * Whether this user has dismissed the first-run introduction. Kept in the page's localStorage
 * (per user and per computer, like Office's own "don't show again"), not in the workbook: the
 * introduction is about the add-in, not about one workbook. Where storage is blocked the
 * introduction shows again next time, which is harmless.
 */
const KEY = "kzuz.firstRun.dismissed.v1";

type StorageLike = Pick<Storage, "getItem" | "setItem">;

function storage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // reading localStorage throws where the browser blocks it
  }
}

export function firstRunDismissed(store: StorageLike | undefined = storage()): boolean {
  try {
    return store?.getItem(KEY) === "yes";
  } catch {
    return false;
  }
}

export function dismissFirstRun(store: StorageLike | undefined = storage()): void {
  try {
    store?.setItem(KEY, "yes");
  } catch {
    // storage full or blocked: the introduction shows again next time
  }
}
