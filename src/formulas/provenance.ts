/**
 * Where a KZUZ function's answer comes from: the dataset records behind a call and their sources,
 * found with the same queries the functions run (../data/query). Used by "explain this cell";
 * called only for arguments the function accepted, so a failed query here simply gives nothing.
 */
import {
  agreementsByDomain,
  currentTarget,
  investment,
  progress,
  projects,
  requiredGrowth,
  resolve,
  seriesUsed,
  seriesUsedSaid,
  sourceFor,
  targetForYear,
  tradeForYear,
  tradeHistory,
  type Index,
} from "../data/query";
import type { Result } from "../data/result";
import type { Source } from "../data/schema";
import type { ViewKey } from "../data/views";
import type { Arg } from "./compute";
import type { Message } from "../i18n/message";

/** A record of the dataset, by the table it appears in and its id. */
export interface RecordRef {
  readonly table: ViewKey;
  readonly id: string;
}

interface Provenance {
  readonly records: readonly RecordRef[];
  readonly sources: readonly Source[];
  /** What the answer rests on, in words (PROGRESS, REQUIREDGROWTH: whose series and which year). */
  readonly notes?: readonly Message[];
}

const NOTHING: Provenance = { records: [], sources: [] };

function valueOf<T>(result: Result<T>): T | undefined {
  return result.ok ? result.value : undefined;
}

function textArg(arg: Arg): string | undefined {
  if (arg === null || arg === undefined || arg === "" || typeof arg === "boolean") return undefined;
  return String(arg);
}

function yearArg(arg: Arg): number | undefined {
  const n = typeof arg === "string" && arg.trim() !== "" ? Number(arg) : arg;
  return typeof n === "number" && Number.isInteger(n) ? n : undefined;
}

/** The sources of these records, each once, each record's own first (as sourceFor gives them). */
export function sourcesOfRecords(index: Index, ids: readonly string[]): Source[] {
  const found = new Map<string, Source>();
  for (const id of ids) for (const s of valueOf(sourceFor(index, id)) ?? []) found.set(s.id, s);
  return [...found.values()];
}

function fromRecords(index: Index, records: RecordRef[]): Provenance {
  return {
    records,
    sources: sourcesOfRecords(
      index,
      records.map((r) => r.id)
    ),
  };
}

function many(table: ViewKey, list: readonly { id: string }[] | undefined): RecordRef[] {
  return (list ?? []).map((r) => ({ table, id: r.id }));
}

/** The records and sources behind `name(args)` (name without the KZUZ. prefix). */
export function provenance(index: Index, name: string, args: readonly Arg[]): Provenance {
  const [a, b, , d] = args;
  switch (name) {
    case "INVESTMENT": {
      const q = textArg(a);
      const summary = q === undefined ? undefined : valueOf(investment(index, q));
      if (!summary) return NOTHING;
      const wanted = new Set(summary.sourceIds);
      return {
        records: many("projects", summary.projects),
        sources: index.dataset.sources.filter((s) => wanted.has(s.id)),
      };
    }
    case "PROJECTS": {
      const q = textArg(a);
      return fromRecords(index, many("projects", valueOf(projects(index, q))));
    }
    case "PROJECT": {
      const q = textArg(a);
      const match = q === undefined ? undefined : valueOf(resolve(index, q));
      return match?.projects.length === 1
        ? fromRecords(index, many("projects", match.projects))
        : NOTHING;
    }
    case "AGREEMENTS":
      return fromRecords(index, many("agreements", valueOf(agreementsByDomain(index, textArg(a)))));
    case "TRADE": {
      const year = yearArg(a);
      const point = year === undefined ? undefined : valueOf(tradeForYear(index, year, textArg(b)));
      return point ? fromRecords(index, many("trade", [point.observation])) : NOTHING;
    }
    case "TRADEHISTORY": {
      const range = { from: yearArg(a), to: yearArg(b), reporter: textArg(d) };
      const points = valueOf(tradeHistory(index, range));
      return fromRecords(
        index,
        many(
          "trade",
          points?.map((p) => p.observation)
        )
      );
    }
    case "TARGET": {
      const year = yearArg(a);
      const target =
        year === undefined ? currentTarget(index) : valueOf(targetForYear(index, year));
      return target ? fromRecords(index, many("targets", [target])) : NOTHING;
    }
    case "PROGRESS":
    case "REQUIREDGROWTH": {
      const year = yearArg(a);
      const reporter = textArg(b);
      const answer =
        name === "PROGRESS"
          ? valueOf(progress(index, year, reporter))
          : valueOf(requiredGrowth(index, year, reporter));
      if (!answer) return NOTHING;
      return {
        ...fromRecords(index, [
          { table: "trade", id: answer.observationId },
          { table: "targets", id: answer.targetId },
        ]),
        notes: [seriesUsedSaid(answer)],
      };
    }
    case "SOURCE": {
      const q = textArg(a)?.trim();
      // SOURCE("progress") names the headline series, as the function answers it.
      const series = q === undefined ? undefined : seriesUsed(index, q);
      if (series) return { records: [], sources: series.sources };
      const sources = q === undefined ? undefined : valueOf(sourceFor(index, q));
      return { records: recordsWithId(index, q), sources: sources ?? [] };
    }
    default:
      return NOTHING;
  }
}

/** The record whose id is `id`, in whichever table holds it. */
function recordsWithId(index: Index, id: string | undefined): RecordRef[] {
  if (id === undefined) return [];
  const d = index.dataset;
  const tables: [ViewKey, readonly { id: string }[]][] = [
    ["projects", d.projects],
    ["agreements", d.agreements],
    ["trade", d.trade.observations],
    ["targets", d.targets],
    ["sources", d.sources],
  ];
  return tables.flatMap(([table, list]) =>
    many(
      table,
      list.filter((r) => r.id === id)
    )
  );
}
