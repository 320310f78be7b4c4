/** JSON paths as users read them in error messages. */

/** A zod-style path as JSON-path text: ["projects", 2, "id"] → "$.projects[2].id". */
export function pathText(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
