/**
 * The actions on the workbook, loaded on first use: the table writer and the refresh are about a
 * quarter of the pane's own code, and the first screen needs none of it. If the code cannot be
 * loaded (the connection dropped), the action ends in a plain message, like any other failure.
 */
import type { ViewKey } from "../data/views";
import type { Arrival, Destination } from "../excel/goto";
import { message, type Message } from "../i18n/message";
import type { Scope } from "../excel/values";
import type { Say } from "../excel/charts/words";
import type { ChartKind, Outcome, Workbench } from "../excel/workbench";

/** How many KZUZ formulas were found, or why they could not be counted. */
export type Counted = { ok: true; count: number; sheets: number } | { ok: false; said: Message };

type Actions = typeof import("../excel/workbench") &
  typeof import("../excel/history") &
  typeof import("../excel/share") &
  typeof import("../excel/goto");

// One chunk: the modules share the table writer and the refresh.
const load = async (): Promise<Actions> => ({
  ...(await import(/* webpackChunkName: "workbook" */ "../excel/workbench")),
  ...(await import(/* webpackChunkName: "workbook" */ "../excel/history")),
  ...(await import(/* webpackChunkName: "workbook" */ "../excel/share")),
  ...(await import(/* webpackChunkName: "workbook" */ "../excel/goto")),
});

async function withActions<T extends Outcome | Counted>(
  act: (actions: Actions) => Promise<T>
): Promise<T | Extract<Outcome, { ok: false }>> {
  let actions: Actions;
  try {
    actions = await load();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, said: message("data.load.failed", { reason }) };
  }
  return act(actions);
}

export function insertTables(bench: Workbench, keys: readonly ViewKey[]): Promise<Outcome> {
  return withActions((a) => a.insertRemembered(bench, keys));
}

export function refreshDataset(bench: Workbench): Promise<Outcome> {
  return withActions((a) => a.refreshRemembered(bench, a.keeping()));
}

export function restorePrevious(bench: Workbench): Promise<Outcome> {
  return withActions((a) => a.restorePrevious(bench, a.keeping()));
}

/** `say`: the pane's translator, so the chart's title, axes and series read in its language. */
export function buildChart(bench: Workbench, kind: ChartKind, say: Say): Promise<Outcome> {
  return withActions((a) => a.buildChart(bench, kind, say));
}

/** Brings a table or chart to the front in Excel; if the code cannot load, Excel's words say why. */
export async function goTo(bench: Workbench, to: Destination): Promise<Arrival> {
  let actions: Actions;
  try {
    actions = await load();
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return actions.goTo(bench, to);
}

export function countKzuzFormulas(bench: Workbench, scope: Scope): Promise<Counted> {
  return withActions((a) => a.countKzuzFormulas(bench, scope));
}

export function convertToValues(bench: Workbench, scope: Scope): Promise<Outcome> {
  return withActions((a) => a.convertToValues(bench, scope));
}
