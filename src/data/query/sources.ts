/** The sources behind a record or a name. */
import { ok, type Result } from "../result";
import type { Source } from "../schema";
import { checkText } from "./args";
import { INTERNALS, type Index } from "./build";
import { resolve } from "./resolve";

/**
 * The sources behind a record, by id (a project, agreement, trade observation, target, gas
 * observation, figure, summit event or source) or by a name that `resolve` understands.
 */
export function sourceFor(index: Index, idOrName: string): Result<readonly Source[]> {
  const internals = index[INTERNALS];
  const checked = checkText(idOrName, "a record id or a name");
  if (!checked.ok) return checked;
  const source = index.sourcesById.get(checked.value);
  if (source) return ok([source]);
  const ids = internals.recordSourceIds.get(checked.value);
  if (ids) return ok(ids.map((id) => index.sourcesById.get(id) as Source));
  const match = resolve(index, checked.value);
  if (!match.ok) return match;
  const union = new Set(
    match.value.projects.flatMap((p) => internals.recordSourceIds.get(p.id) ?? [])
  );
  return ok(index.dataset.sources.filter((s) => union.has(s.id)));
}

/** The sources with these ids, in the order given; ids the dataset does not know are skipped. */
export function sourcesOf(index: Index, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => {
    const source = index.sourcesById.get(id);
    return source ? [source] : [];
  });
}

/** "Publisher, 2025-11-15" (the date where known). */
export function sourceLabel(source: Source): string {
  return source.date ? `${source.publisher}, ${source.date}` : source.publisher;
}

/** The label of a record's first source ("Publisher, 2025-11-15"), or undefined when it names none. */
export function sourceLabelFor(index: Index, ids: readonly string[]): string | undefined {
  const [first] = sourcesOf(index, ids);
  return first && sourceLabel(first);
}
