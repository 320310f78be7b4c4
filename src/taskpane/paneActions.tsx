/**
 * The Excel pane's actions, in one table: each is a name, what the pane says while it runs, the
 * workbook call, and how its success is put in a few words. They share one busy lock
 * (./useActions): while one runs, every button that starts another is disabled. Short tasks
 * with no result of their own (Go to sheet, the formula builder's insert) hold the same lock
 * through `hold`.
 */
import { Button } from "@fluentui/react-components";
import type { DatasetSnapshot } from "../data/store";
// The tables' keys only (../data/views/keys): the registry's columns and cells are not needed
// on the first screen, where this is.
import { VIEW_KEYS, type ViewKey } from "../data/views/keys";
import type { Destination } from "../excel/goto";
import type { Workbench } from "../excel/workbench";
import { GoToSheet } from "./GoToSheet";
import { Status } from "./Status";
import { useActions, type Place, type Summarise } from "./useActions";
import {
  buildChart,
  convertToValues,
  goTo,
  insertTables,
  refreshDataset,
  restorePrevious,
} from "./workbook";

// Table names (KZUZ_Projects...) are Excel's names: the same in every language.
const tablesWritten: Summarise = (o, t) => ({
  title: o.changes.every((c) => c.created)
    ? t.t("data.result.inserted")
    : t.t("data.result.updated"),
  summary: t.t("data.result.tables", {
    count: o.changes.length,
    names: o.changes.map((c) => c.tableName).join(", "),
  }),
  goTo: VIEW_KEYS.filter((key) => o.changes.some((c) => c.key === key)).map((key): Destination => ({
    table: key,
  })),
});

/** The pane's actions on `bench`, with the dataset in force `snapshot` (what a refresh compares with). */
export function usePaneActions(bench: Workbench, snapshot: DatasetSnapshot) {
  const { busy, held, results, run, hold, dismiss } = useActions();
  const { version, asOf } = snapshot.dataset;

  const refreshed: Summarise = (_, t) => {
    const now = bench.store.get().dataset;
    const values = { version: now.version, asOf: t.day(now.asOf) };
    return {
      title: t.t("data.result.refreshed"),
      summary:
        now.version === version && now.asOf === asOf
          ? t.t("data.result.upToDate", values)
          : t.t("data.result.nowUsing", { ...values, previous: version }),
    };
  };
  const actions = {
    insertAll: (place: Place) =>
      run(
        place,
        (t) => t.t("data.busy.insertAll"),
        () => insertTables(bench, VIEW_KEYS),
        tablesWritten
      ),
    /** Inserts the tables the user chose (./data/TableChooser), in the registry's order. */
    insertSelected: (keys: readonly ViewKey[]) =>
      run(
        "tables",
        (t) => t.t("data.busy.insertSelected", { count: keys.length }),
        () => insertTables(bench, keys),
        tablesWritten
      ),
    refresh: (place: Place) =>
      run(
        place,
        (t) => t.t("data.busy.refresh"),
        () => refreshDataset(bench),
        refreshed
      ),
    restore: () =>
      run(
        "refresh",
        (t) => t.t("data.busy.restore"),
        () => restorePrevious(bench),
        (_, t) => {
          const now = bench.store.get().dataset;
          return {
            title: t.t("data.result.restored"),
            summary: t.t("data.result.restoredTo", { version: now.version, asOf: t.day(now.asOf) }),
          };
        }
      ),
    chart: (kind: "trade" | "investment") =>
      run(
        "charts",
        (t) => t.t("data.busy.chart", { kind }),
        // Its title, axes and series in the pane's language, as it is when the chart is built.
        (t) => buildChart(bench, kind, (words) => t.text(words)),
        // Said in the result, not only under "Show details": the Trade table it inserted first.
        (o, t) => ({
          title: t.t("data.result.chartBuilt"),
          summary: o.changes.some((c) => c.created)
            ? t.t("data.excel.chart.insertedTradeTable", {
                table: o.changes.map((c) => c.tableName).join(", "),
              })
            : undefined,
          goTo: [{ chart: kind }],
        })
      ),
    convert: (scope: Parameters<typeof convertToValues>[1]) =>
      run(
        "share",
        (t) => t.t("data.busy.convert"),
        () => convertToValues(bench, scope),
        (_, t) => ({
          title: t.t("data.result.converted"),
        })
      ),
  };
  const disabled = busy !== undefined || held;
  return {
    ...actions,
    /** Whether an action is running: every button that starts one is disabled meanwhile. */
    disabled,
    /** Runs a short task under the pane's lock (undefined, not run, while another runs). */
    hold,
    /** What the action started at `place` is doing, or how it ended, with Go to sheet after it. */
    status: (place: Place) => {
      const result = results[place];
      const destinations = result?.ok ? result.goTo : undefined;
      return (
        <Status
          key={result?.id}
          busy={busy?.place === place ? busy.label : undefined}
          result={result}
          onDismiss={() => dismiss(place)}
          next={
            destinations &&
            destinations.length > 0 && (
              <GoToSheet
                destinations={destinations}
                disabled={disabled}
                onGo={(to) => hold(() => goTo(bench, to))}
              />
            )
          }
        />
      );
    },
  };
}

export type PaneActions = ReturnType<typeof usePaneActions>;

/** A button that starts one of the pane's actions (disabled while any runs). */
export function ActionButton({
  actions,
  start,
  label,
  ...rest
}: {
  actions: PaneActions;
  start: () => Promise<unknown>;
  label: string;
  "aria-label"?: string;
  appearance?: "primary";
}) {
  return (
    <Button {...rest} disabled={actions.disabled} onClick={() => void start()}>
      {label}
    </Button>
  );
}
