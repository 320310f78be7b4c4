/**
 * The KZUZ custom functions; functions.json is generated from these JSDoc comments by
 * custom-functions-metadata-plugin, which also appends the CustomFunctions.associate calls.
 */
import { getSharedStore } from "../data/store";

type Holder = { CustomFunctions?: { associate?: unknown } };
// Outside Excel there is no CustomFunctions: a stand-in keeps the page working.
if ((globalThis as Holder).CustomFunctions === undefined) (globalThis as Holder).CustomFunctions = { associate: () => undefined };

/**
 * The dataset in force: its version and its as-of date.
 * @customfunction ASOF
 * @returns The dataset's version and date.
 */
export function asOf(): string {
  const { dataset } = getSharedStore().get();
  return `KZUZ dataset ${dataset.version}, as of ${dataset.asOf}`;
}
