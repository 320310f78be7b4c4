/** The sources behind a record or a name. */
import { message, type Message } from "../../i18n/message";
import { foldName } from "../normalize";
import { ok, type Result } from "../result";
import type { Source } from "../schema";
import { checkText } from "./args";
import { INTERNALS, type Index } from "./build";
import { headlineFor, headlineSwitches } from "./headline";
import { listSaid, sideSaid, usdSaid } from "./words";
import { resolve } from "./resolve";
import { REPORTERS, seriesPoints } from "./series";

/**
 * The sources behind a record, by id (a project, agreement, trade observation, target, gas
 * observation, figure, summit event or source) or by a name that `resolve` understands.
 */
export function sourceFor(index: Index, idOrName: string): Result<readonly Source[]> {
  const internals = index[INTERNALS];
  const checked = checkText(idOrName, { what: "record" });
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

/** What users type to ask which trade series PROGRESS and REQUIREDGROWTH use. */
const SERIES_QUESTIONS = new Set(
  ["progress", "required growth", "headline", "headline series", "trade history"].map(foldName)
);

/**
 * Which trade series PROGRESS and REQUIREDGROWTH use, for `SOURCE("progress")`: the rule, the
 * reporter year by year and the latest figure, with the latest figure's sources; each line a
 * message the functions say in the reader's language (formulas.source.*). Undefined when the
 * text does not ask that.
 */
export function seriesUsed(
  index: Index,
  text: string
): { lines: Message[]; sources: Source[] } | undefined {
  if (typeof text !== "string" || !SERIES_QUESTIONS.has(foldName(text))) return undefined;
  const internals = index[INTERNALS];
  const lines: Message[] = [message("formulas.source.rule")];
  const latest = headlineFor(internals, undefined);
  if (!latest.ok) return { lines: [...lines, latest.error], sources: [] };
  const o = latest.value;
  const own = REPORTERS.filter((r) => r !== "other").flatMap((r): Message[] => {
    const latest = seriesPoints(index, r).pop();
    return latest
      ? [
          message("formulas.source.own", {
            side: sideSaid(r),
            year: String(latest.year),
            amount: usdSaid(latest.usd),
          }),
        ]
      : [];
  });
  const runs = listSaid(
    headlineSwitches(index).map((r) =>
      message("formulas.source.run", {
        years: r.from === r.to ? String(r.from) : `${r.from}–${r.to}`,
        side: sideSaid(r.reporter),
      })
    ),
    "; "
  );
  lines.push(
    message("formulas.source.runs", { runs }),
    message("formulas.source.latest", {
      year: String(o.year),
      amount: usdSaid(o.value as number),
      side: sideSaid(o.reporterSide),
      id: o.id,
    })
  );
  if (own.length > 0)
    lines.push(message("formulas.source.withReporter", { list: listSaid(own, "; ") }));
  return { lines, sources: sourcesOf(index, o.sourceIds) };
}
