/**
 * What "explain this cell" says about the selected cell: for a KZUZ formula, each call's function,
 * its arguments (a cell reference read from its cell), the answer recomputed by the functions'
 * own code, and the records and sources behind it; for a row of a KZUZ table, the record the row
 * holds and its sources. Pure: the cell is read from Excel by src/excel/selection.
 */
import type { Index } from "../../data/query";
import type { Source } from "../../data/schema";
import type { DatasetSnapshot } from "../../data/store";
import { TABLES, tableOf, type ViewKey } from "../../data/views";
import { BINDINGS, type FunctionInfo } from "../../functions/catalogue";
import type { Arg } from "../../functions/compute";
import { kzuzCalls, type KzuzCall, type ParsedArg } from "../../functions/formula";
import { provenance, sourcesOfRecords, type RecordRef } from "../../functions/provenance";
import type { CellRef, SelectedCell } from "../../excel/selection";
import { paramLabel } from "../formulas/choices";
import { describeValue, type ValueText } from "../formulas/valueText";

/** A KZUZ table of the registry. */
export type KzuzTable = (typeof TABLES)[number];

export interface NamedRecord {
  readonly table: string;
  readonly id: string;
  readonly name: string;
}

export interface ArgText {
  readonly label: string;
  readonly text: string;
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

function cellText(value: unknown): string {
  if (value === "" || value === null || value === undefined) return "empty";
  return typeof value === "string" ? `“${value}”` : String(value);
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

function argText(arg: ParsedArg, cell: SelectedCell): string {
  switch (arg.kind) {
    case "omitted":
      return "left out (the default)";
    case "literal":
      return typeof arg.value === "string" ? `“${arg.value}”` : String(arg.value).toUpperCase();
    case "reference":
      return cell.references.has(arg.text)
        ? `from cell ${arg.text}: ${cellText(cell.references.get(arg.text))}`
        : `from cell ${arg.text}, which the pane could not read`;
    case "expression":
      return `the calculation ${arg.text}`;
  }
}

/** A record's name for people, as its table's rows name it. */
export function recordName(index: Index, ref: RecordRef): NamedRecord {
  const entry = tableOf(ref.table);
  const row = entry.rows(index).find((r) => r.id === ref.id);
  const name = row
    ? entry.rowName(
        (key) => row.cells[entry.columns.findIndex((c) => c.key === key)] ?? null,
        ref.id
      )
    : ref.id;
  return { table: entry.title, id: ref.id, name };
}

function explainCall(
  snapshot: DatasetSnapshot,
  call: KzuzCall,
  cell: SelectedCell,
  info: FunctionInfo | undefined
): CallExplanation {
  const binding = info?.binding ?? BINDINGS[call.name];
  const names = info?.params.map((p) => p.name) ?? Object.keys(binding?.params ?? {});
  const args = call.args.map((a, i) => ({
    label: names[i] ? paramLabel(names[i]) : `Argument ${i + 1}`,
    text: argText(a, cell),
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
  if (!binding) return { ...base, why: `KZUZ.${call.name} is not a function of this add-in.` };
  const values = call.args.map((a) => argValue(a, cell));
  if (values.some((v) => v === undefined))
    return {
      ...base,
      why: "An argument is a calculation or an unreadable cell, so the pane cannot recompute the answer; the cell's own value is above.",
    };
  const readable = values as Arg[];
  const kinds = Object.values(binding.params);
  const answer = describeValue(binding.evaluate(snapshot, readable), binding.result, {
    unit: readable[kinds.indexOf("unit")],
    headers: readable[kinds.indexOf("headers")],
  });
  if (answer.kind === "error") return { ...base, answer };
  const { records, sources } = provenance(snapshot.index, call.name, readable);
  return {
    ...base,
    answer,
    records: records.map((r) => recordName(snapshot.index, r)),
    sources,
  };
}

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

function explainRow(snapshot: DatasetSnapshot, cell: SelectedCell, table: KzuzTable): Explanation {
  const row = cell.row!;
  const fields = row.headers.map((header, i) => ({ label: header, text: cellText(row.values[i]) }));
  const idHeader = table.columns.find((c) => c.key === "id")?.header;
  const id = String(row.values[row.headers.indexOf(idHeader ?? "")] ?? "");
  const known = table.rows(snapshot.index).some((r) => r.id === id);
  const { version, asOf } = snapshot.dataset;
  return {
    kind: "row",
    address: cell.address,
    table,
    name: known ? recordName(snapshot.index, { table: table.key, id }).name : id || "this row",
    fields,
    sources: known ? sourcesOfRecords(snapshot.index, [id]) : [],
    stale: known
      ? undefined
      : `This row's record${id ? ` (${id})` : ""} is not in dataset ${version} (as of ${asOf}). Refresh the tables, or check whether the row was added by hand.`,
  };
}

/** What to say about the selected cell. */
export function explainCell(
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
          snapshot,
          call,
          cell,
          functions?.find((f) => f.id === call.name)
        )
      ),
    };
  const table = cell.row ? tableOfRow(cell.row, tableIds) : undefined;
  if (table) return explainRow(snapshot, cell, table);
  return { kind: "none", address: cell.address };
}
