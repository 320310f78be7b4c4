/**
 * Where the add-in keeps data between sessions: OfficeRuntime.storage where the host provides it,
 * else the page's localStorage. The choice is made at each use, not when our code loads: office.js
 * defines OfficeRuntime only once its host script has run, which can be after our bundles
 * (conformance review §4.7). One key scheme: our keys, as they are. In Excel's webview
 * OfficeRuntime.storage keeps them in localStorage under a prefix of its own, so a copy written
 * straight to localStorage before the host script ran lies under another name; reading through
 * OfficeRuntime.storage finds it there too, moves it over and removes the stray.
 */

/** The asynchronous key-value storage both OfficeRuntime.storage and a localStorage wrapper offer. */
export interface KeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/** Keys of earlier versions of the add-in, migrated on first read (../office/storage). */
export const LEGACY_KEYS = ["kzuz.dataset.v1"] as const;

type RuntimeHolder = {
  OfficeRuntime?: { storage?: KeyValueStorage };
  localStorage?: Storage;
};

function local(holder: RuntimeHolder): KeyValueStorage | undefined {
  try {
    const storage = holder.localStorage;
    if (!storage) return undefined;
    return {
      getItem: async (key) => storage.getItem(key),
      setItem: async (key, value) => storage.setItem(key, value),
      removeItem: async (key) => storage.removeItem(key),
    };
  } catch {
    return undefined; // localStorage access can throw where storage is blocked
  }
}

/** The storage to use now, and the other key space to migrate from, if any. */
function choose(holder: RuntimeHolder): { main?: KeyValueStorage; stray?: KeyValueStorage } {
  const office = holder.OfficeRuntime?.storage;
  return office ? { main: office, stray: local(holder) } : { main: local(holder) };
}

/** The runtime's storage, chosen at each use (see above). Where there is none, nothing is found and saving fails. */
export function runtimeStorage(
  holder: RuntimeHolder = globalThis as RuntimeHolder
): KeyValueStorage {
  return {
    async getItem(key) {
      const { main, stray } = choose(holder);
      if (!main) return null;
      const value = await main.getItem(key);
      if (value !== null || !stray) return value;
      const moved = await stray.getItem(key);
      if (moved !== null) {
        await main.setItem(key, moved);
        await stray.removeItem(key);
      }
      return moved;
    },
    async setItem(key, value) {
      const { main, stray } = choose(holder);
      if (!main) throw new Error("This runtime has no storage.");
      await main.setItem(key, value);
      await stray?.removeItem(key);
    },
    async removeItem(key) {
      const { main, stray } = choose(holder);
      await main?.removeItem(key);
      await stray?.removeItem(key);
    },
  };
}
