/**
 * The formula builder's list of functions, in groups a reader looks for (figures, lists, trade,
 * sources), each function with the first sentence of its own description as its one line.
 */
import type { FunctionInfo } from "../../formulas/catalogue";

export type GroupId = "figures" | "lists" | "trade" | "sources";

/** Which group each function belongs to; a function not named here goes with the figures. */
const GROUP_OF: Readonly<Record<string, GroupId>> = {
  INVESTMENT: "figures",
  PROJECT: "figures",
  TARGET: "figures",
  PROJECTS: "lists",
  AGREEMENTS: "lists",
  TRADE: "trade",
  TRADEHISTORY: "trade",
  PROGRESS: "trade",
  REQUIREDGROWTH: "trade",
  SOURCE: "sources",
  ASOF: "sources",
};

const GROUP_IDS: readonly GroupId[] = ["figures", "lists", "trade", "sources"];

/** The functions in their groups, in the groups' order, each group in the catalogue's order; empty groups left out. */
export function groupFunctions(
  functions: readonly FunctionInfo[]
): { id: GroupId; functions: FunctionInfo[] }[] {
  return GROUP_IDS.map((id) => ({
    id,
    functions: functions.filter((f) => (GROUP_OF[f.id] ?? "figures") === id),
  })).filter((g) => g.functions.length > 0);
}

/** A description's first sentence: up to the first ".", "!" or "?" followed by a space (or the end). */
export function oneLine(description: string): string {
  const match = /^.*?[.!?](?=\s|$)/su.exec(description.trim());
  return (match ? match[0] : description).trim();
}
