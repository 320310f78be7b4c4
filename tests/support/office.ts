/** Office common API fakes: the document's settings, kept in memory. */
import type { SettingsBag } from "../../src/office/settings";
import type { KeyValueStorage } from "../../src/office/storage";

/** Document settings in a Map; saveAsync reports `status` (as Office.AsyncResult does) and counts the saves. */
export class MemorySettings implements SettingsBag {
  readonly values: Map<string, unknown>;
  saves = 0;
  constructor(
    initial: Record<string, unknown> = {},
    private readonly status: "succeeded" | "failed" = "succeeded"
  ) {
    this.values = new Map(Object.entries(initial));
  }
  get(name: string) {
    return this.values.get(name);
  }
  set(name: string, value: unknown) {
    this.values.set(name, value);
  }
  remove(name: string) {
    this.values.delete(name);
  }
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void) {
    this.saves++;
    callback?.({ status: this.status } as unknown as Office.AsyncResult<void>);
  }
}

/** Key-value storage in memory, as OfficeRuntime.storage or localStorage holds it. */
export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  async getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  async setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  async removeItem(key: string) {
    this.items.delete(key);
  }
}
