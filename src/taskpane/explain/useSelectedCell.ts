/**
 * The selected cell, kept current: read when the view opens, then again on every selection
 * change, while the pane shows. When Office says the pane is hidden, the selection handler is
 * removed and nothing is read; when it shows again, the cell is read afresh and followed again.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  SELECTION_SET,
  readSelectedCell,
  watchSelection,
  type SelectedCell,
  type StopWatching,
} from "../../excel/selection";
import { cardsRoute } from "../../excel/cards/support";
import { isSupported } from "../../excel/requirements";
import type { Workbench } from "../../excel/workbench";
import { referencesOf } from "./explain";
import { onPaneVisibility } from "./visibility";

type SelectionState =
  | { kind: "reading" }
  | { kind: "ready"; cell: SelectedCell }
  /** `reason` is Excel's own words (the view says what happened around them). */
  | { kind: "failed"; reason: string };

interface SelectedCellView {
  state: SelectionState;
  /** False where Excel cannot report selection changes: the user asks for each reading. */
  following: boolean;
  /** Reads the selected cell now. */
  reread: () => void;
}

export function useSelectedCell(bench: Workbench): SelectedCellView {
  const [state, setState] = useState<SelectionState>({ kind: "reading" });
  const [following, setFollowing] = useState(() => isSupported(SELECTION_SET, bench.supports));
  const reader = useRef<() => void>(() => undefined);

  useEffect(() => {
    let disposed = false;
    let reading = false;
    let again = false;
    let stopWatching: StopWatching | undefined;
    let active = false;

    // One read at a time; a change during a read is answered by one more read after it.
    const read = async () => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      try {
        do {
          again = false;
          const cell = await bench.run((context) =>
            readSelectedCell(context, {
              referencesOf,
              supports: bench.supports,
              cards: cardsRoute(bench.supports, bench.cards?.officeJs).cards,
            })
          );
          if (!disposed && active) setState({ kind: "ready", cell });
        } while (again && !disposed && active);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (!disposed) setState({ kind: "failed", reason });
      } finally {
        reading = false;
      }
    };
    reader.current = () => void read();

    const start = async () => {
      if (active || disposed) return;
      active = true;
      void read();
      if (!isSupported(SELECTION_SET, bench.supports)) return;
      try {
        const stop = await watchSelection(bench.run, () => void read());
        if (active && !disposed) stopWatching = stop;
        else await stop();
      } catch {
        if (!disposed) setFollowing(false);
      }
    };
    const stop = async () => {
      active = false;
      const current = stopWatching;
      stopWatching = undefined;
      try {
        await current?.();
      } catch {
        // The handler went with its context (the workbook closed): nothing left to remove.
      }
    };

    void start();
    const stopVisibility = onPaneVisibility((visible) => void (visible ? start() : stop()));
    return () => {
      disposed = true;
      stopVisibility();
      void stop();
    };
  }, [bench]);

  const reread = useCallback(() => reader.current(), []);
  return { state, following, reread };
}
