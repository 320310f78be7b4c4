/**
 * What "explain this cell" says about the selected cell: for a KZUZ formula, each call's function,
 * its arguments (a cell reference read from its cell), the answer recomputed by the functions'
 * own code, and the records and sources behind it; for a row of a KZUZ table, the record the row
 * holds and its sources. Pure: the cell is read from Excel by src/excel/selection.
 */
import type { Index } from "../../data/query";
import type { Source } from "../../data/schema";
import type { DatasetSnapshot } from "../../data/store";
import { TABLES, tableOf, type CellValue, type ViewKey } from "../../data/views";
import { BINDINGS, type FunctionInfo } from "../../formulas/catalogue";
import type { Arg } from "../../formulas/compute";
import { kzuzCalls, type KzuzCall, type ParsedArg } from "../../formulas/formula";
import { provenance, sourcesOfRecords, type RecordRef } from "../../formulas/provenance";
import type { CellRef, SelectedCell } from "../../excel/selection";
import type { MessageKey, Translator } from "../../i18n/translator";
import { paramLabel } from "../formulas/choices";
import { describeValue, type ValueText } from "../formulas/valueText";
import {
  cellText as recordCellText,
  columnLabel,
  recordTitle,
  tableTitle,
} from "../outside/recordText";

/** A KZUZ table of the registry. */
type KzuzTable = (typeof TABLES)[number];

interface NamedRecord {
  /** The table's title in the reader's language. */
  readonly table: string;
  readonly id: string;
  readonly name: string;
  /** Set when no source that can be opened confirms the record (the dataset's `unverified`). */
  readonly unverified?: string;
}

export interface ArgText {
  readonly label: string;
  readonly text: string;
  /** A web address the text names (a row's Source URL): shown as a link. */
  readonly href?: string;
  /** For a cell of a KZUZ table that differs from the dataset: what the dataset says (G11). */
  readonly note?: string;
}

export interface CallExplanation {
  readonly name: string;
  readonly text: string;
  readonly description?: string;
  readonly helpUrl?: string;
  readonly args: readonly ArgText[];
  /** The answer recomputed; absent when an argument could not be read, or the function is unknown. */
  readonly answer?: ValueText;
  readonly why?: string;
  readonly records: readonly NamedRecord[];
  readonly sources: readonly Source[];
  /** What the answer rests on, in words: whose series and which year (PROGRESS, REQUIREDGROWTH). */
  readonly notes?: readonly string[];
}

export type Explanation =
  | { kind: "none"; address: string }
  | {
      kind: "formula";
      address: string;
      shown: unknown;
      /** Set when the cell holds no formula of its own but is filled by this cell's spill. */
      spilledFrom?: string;
      calls: readonly CallExplanation[];
    }
  | {
      kind: "row";
      address: string;
      table: KzuzTable;
      name: string;
      /** Set when no source that can be opened confirms the row's record. */
      unverified?: string;
      fields: readonly ArgText[];
      sources: readonly Source[];
      /** Set when the row's record is not in the dataset in force. */
      stale?: string;
    };

/** The single cells a formula's KZUZ calls read, to fetch with the cell. */
export function referencesOf(formula: string): CellRef[] {
  return kzuzCalls(formula).flatMap((call) =>
    call.args.flatMap((a) =>
      a.kind === "reference" ? [{ text: a.text, sheet: a.sheet, address: a.address }] : []
    )
  );
}

/**
 * A number as a cell holds it, as Excel's General format shows it: every digit it has, no
 * thousands separators, the language's decimal mark ("0,153" in Russian).
 */
export function plainNumber(t: Translator, value: number): string {
  const text = String(value);
  if (!Number.isFinite(value) || /e/i.test(text)) return text;
  const digits = (text.split(".")[1] ?? "").length;
  return t.number(value, {
    useGrouping: false,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** What a cell holds: text in quotes, a number, or that it is empty. */
function cellText(t: Translator, value: unknown): string {
  if (value === "" || value === null || value === undefined) return t.t("explain.value.empty");
  if (typeof value === "string") return t.t("explain.value.quoted", { text: value });
  return typeof value === "number" ? plainNumber(t, value) : String(value);
}

/** The parameters' names for people (the functions' JSDoc names them in English). */
const PARAM_LABELS: Readonly<Record<string, MessageKey>> = {
  query: "explain.param.query",
  unit: "explain.param.unit",
  headers: "explain.param.headers",
  field: "explain.param.field",
  domain: "explain.param.domain",
  year: "explain.param.year",
  reporter: "explain.param.reporter",
  from_year: "explain.param.fromYear",
  to_year: "explain.param.toYear",
};

function argLabel(t: Translator, name: string | undefined, i: number): string {
  if (name === undefined) return t.t("explain.arg.label", { n: i + 1 });
  return Object.hasOwn(PARAM_LABELS, name) ? t.t(PARAM_LABELS[name]) : paramLabel(name);
}

/** The argument as the function receives it, or undefined when the pane cannot read it. */
function argValue(arg: ParsedArg, cell: SelectedCell): Arg | undefined {
  switch (arg.kind) {
    case "omitted":
      return null;
    case "literal":
      return arg.value;
    case "reference": {
      if (!cell.references.has(arg.text)) return undefined;
      const value = cell.references.get(arg.text);
      return value === "" ? null : (value as Arg);
    }
    case "expression":
      return undefined;
  }
}

function argText(t: Translator, arg: ParsedArg, cell: SelectedCell): string {
  switch (arg.kind) {
    case "omitted":
      return t.t("explain.arg.omitted");
    case "literal":
      if (typeof arg.value === "string") return t.t("explain.value.quoted", { text: arg.value });
      return typeof arg.value === "number"
        ? plainNumber(t, arg.value)
        : String(arg.value).toUpperCase();
    case "reference":
      return cell.references.has(arg.text)
        ? t.t("explain.arg.fromCell", {
            cell: arg.text,
            value: cellText(t, cell.references.get(arg.text)),
          })
        : t.t("explain.arg.unreadable", { cell: arg.text });
    case "expression":
      return t.t("explain.arg.calculation", { formula: arg.text });
  }
}

/** A record's name for people, in the reader's language where the dataset has it. */
function recordName(t: Translator, index: Index, ref: RecordRef): NamedRecord {
  const entry = tableOf(ref.table);
  const row = entry.rows(index).find((r) => r.id === ref.id);
  const name = row
    ? recordTitle(
        t,
        index,
        ref.table,
        ref.id,
        (key) => row.cells[entry.columns.findIndex((c) => c.key === key)] ?? null
      )
    : ref.id;
  const unverified =
    ref.table === "agreements"
      ? index.dataset.agreements.find((a) => a.id === ref.id)?.unverified
      : undefined;
  return {
    table: tableTitle(t, ref.table),
    id: ref.id,
    name,
    ...(unverified ? { unverified: t.t("explain.record.unverified") } : {}),
  };
}

function explainCall(
  t: Translator,
  snapshot: DatasetSnapshot,
  call: KzuzCall,
  cell: SelectedCell,
  info: FunctionInfo | undefined
): CallExplanation {
  const binding = info?.binding ?? BINDINGS[call.name];
  const names = info?.params.map((p) => p.name) ?? Object.keys(binding?.params ?? {});
  const args = call.args.map((a, i) => ({
    label: argLabel(t, names[i] || undefined, i),
    text: argText(t, a, cell),
  }));
  const base = {
    name: call.name,
    text: call.text,
    description: info?.description,
    helpUrl: info?.helpUrl,
    args,
    records: [],
    sources: [],
  };
  if (!binding) return { ...base, why: t.t("explain.call.unknown", { name: call.name }) };
  const values = call.args.map((a) => argValue(a, cell));
  if (values.some((v) => v === undefined))
    return {
      ...base,
      why: t.t("explain.call.notRecomputed"),
    };
  const readable = values as Arg[];
  const kinds = Object.values(binding.params);
  const answer = describeValue(
    binding.evaluate(snapshot, readable),
    binding.result,
    {
      unit: readable[kinds.indexOf("unit")],
      headers: readable[kinds.indexOf("headers")],
    },
    t
  );
  if (answer.kind === "error") return { ...base, answer };
  const { records, sources, notes } = provenance(snapshot.index, call.name, readable);
  return {
    ...base,
    answer,
    records: records.map((r) => recordName(t, snapshot.index, r)),
    sources,
    ...(notes ? { notes: notes.map((n) => t.text(n)) } : {}),
  };
}

/** Whether a cell read from Excel holds the dataset's value (a number to 12 digits, text trimmed). */
function holds(cell: unknown, value: CellValue): boolean {
  if (value === null || value === "") return cell === "" || cell === null || cell === undefined;
  if (typeof value === "number")
    return typeof cell === "number" && Math.abs(cell - value) <= Math.abs(value) * 1e-12;
  return String(cell ?? "").trim() === String(value).trim();
}

/**
 * A value of a KZUZ table's row as the pane writes it on the record cards (../outside/recordText):
 * amounts with their unit, shares as percentages, years, dates in words, yes/no and the dataset's
 * names in the reader's language; text as it is, without quotes. Text that is not the dataset's
 * (someone typed over it) is shown as typed: only the dataset's own text is put in other words.
 * A column the add-in did not write is shown as its cell holds it.
 */
function fieldText(
  t: Translator,
  index: Index,
  table: KzuzTable,
  id: string,
  column: KzuzTable["columns"][number] | undefined,
  value: unknown,
  theDataset: boolean
): string {
  if (value === "" || value === null || value === undefined) return t.t("explain.value.empty");
  if (typeof value === "number") {
    if (!column) return plainNumber(t, value);
    return recordCellText(t, index, table.key, id, column, value);
  }
  if (typeof value !== "string" || !column || !theDataset) return String(value);
  return recordCellText(t, index, table.key, id, column, value) || String(value);
}

const WEB = /^https?:\/\/\S+$/;

/** Which KZUZ table `row` is in: by the table id the workbook recorded, else by its name. */
function tableOfRow(
  row: NonNullable<SelectedCell["row"]>,
  tableIds: Partial<Record<ViewKey, string>>
): KzuzTable | undefined {
  return (
    TABLES.find((t) => tableIds[t.key] === row.tableId) ??
    TABLES.find((t) => t.tableName.toLowerCase() === row.tableName.toLowerCase())
  );
}

function explainRow(
  t: Translator,
  snapshot: DatasetSnapshot,
  cell: SelectedCell,
  table: KzuzTable
): Explanation {
  const row = cell.row!;
  const idHeader = table.columns.find((c) => c.key === "id")?.header;
  const id = String(row.values[row.headers.indexOf(idHeader ?? "")] ?? "");
  const record = table.rows(snapshot.index).find((r) => r.id === id);
  const known = record !== undefined;
  const fields = row.headers.map((header, i): ArgText => {
    const label = columnLabel(t, header);
    // A cell of one of the table's columns that no longer holds the dataset's value (G11).
    const c = table.columns.findIndex((col) => col.header === header.trim());
    const column = c >= 0 ? table.columns[c] : undefined;
    // A KZUZ card shows the record in the reader's language; refresh keeps it true.
    const same =
      !record || c < 0 || row.cards?.includes(i) === true || holds(row.values[i], record.cells[c]);
    const text = fieldText(t, snapshot.index, table, id, column, row.values[i], known && same);
    const href =
      column?.kind === "url" && typeof row.values[i] === "string" && WEB.test(row.values[i])
        ? row.values[i]
        : undefined;
    const linked = href ? { href } : {};
    if (same) return { label, text, ...linked };
    const value = fieldText(t, snapshot.index, table, id, column, record.cells[c], true);
    return { label, text, ...linked, note: t.t("explain.row.changed", { value }) };
  });
  const named = known ? recordName(t, snapshot.index, { table: table.key, id }) : undefined;
  const { version, asOf } = snapshot.dataset;
  return {
    kind: "row",
    address: cell.address,
    table,
    name: named?.name ?? (id || t.t("explain.row.thisRow")),
    ...(named?.unverified ? { unverified: named.unverified } : {}),
    fields,
    sources: known ? sourcesOfRecords(snapshot.index, [id]) : [],
    // The as-of date stays as the dataset writes it: with the version, it names the release.
    stale: known
      ? undefined
      : id
        ? t.t("explain.row.staleRecord", { id, version, asOf })
        : t.t("explain.row.staleRow", { version, asOf }),
  };
}

/** What to say about the selected cell, in the language of `t`. */
export function explainCell(
  t: Translator,
  snapshot: DatasetSnapshot,
  cell: SelectedCell,
  functions: readonly FunctionInfo[] | undefined,
  tableIds: Partial<Record<ViewKey, string>>
): Explanation {
  const own = kzuzCalls(cell.formula);
  const spilled = own.length === 0 && cell.spillParent ? kzuzCalls(cell.spillParent.formula) : [];
  const calls = own.length > 0 ? own : spilled;
  if (calls.length > 0)
    return {
      kind: "formula",
      address: cell.address,
      shown: cell.value,
      spilledFrom: spilled.length > 0 ? cell.spillParent?.address : undefined,
      calls: calls.map((call) =>
        explainCall(
          t,
          snapshot,
          call,
          cell,
          functions?.find((f) => f.id === call.name)
        )
      ),
    };
  const table = cell.row ? tableOfRow(cell.row, tableIds) : undefined;
  if (table) return explainRow(t, snapshot, cell, table);
  return { kind: "none", address: cell.address };
}
