/** JSON paths as users read them in error messages. */
import { quoteUntrusted } from "../text";

/**
 * A zod-style path as JSON-path text: ["projects", 2, "id"] → "$.projects[2].id". A key that is
 * not a plain name comes from the dataset, so it is quoted shortened and cleaned.
 */
export function pathText(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]{0,39}$/.test(key)) out += `.${key}`;
    else out += `[${quoteUntrusted(String(key))}]`;
  }
  return out;
}
