// Placeholder: replaced by the builder branch ("explain this cell", issue 13 item 4).
import type { DatasetStore } from "../../data/store";
import type { Workbench } from "../../excel/workbench";

export interface ExplainSelectionProps {
  store: DatasetStore;
  bench: Workbench;
}

export function ExplainSelection({ store }: ExplainSelectionProps) {
  return (
    <p>
      Explaining the selected cell is not in this build yet (data {store.get().dataset.version}).
    </p>
  );
}
