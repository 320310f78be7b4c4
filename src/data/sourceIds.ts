/**
 * The one walk over a record's `sourceIds` lists, wherever they are nested (a project's own, its
 * investment's, each milestone's...). The validator checks every reference with it; the index
 * collects each record's sources with it.
 */

/** Calls `visit` with every `sourceIds` array inside `value` and the path to it, depth first. */
export function walkSourceIds(
  value: unknown,
  visit: (ids: readonly string[], path: (string | number)[]) => void,
  path: (string | number)[] = []
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkSourceIds(item, visit, [...path, i]));
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === "sourceIds" && Array.isArray(child)) visit(child as string[], [...path, key]);
    else walkSourceIds(child, visit, [...path, key]);
  }
}
