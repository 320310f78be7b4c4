// Placeholder: replaced by the builder branch (the formula builder, issue 13 item 3).
import type { DatasetStore } from "../../data/store";
import type { Workbench } from "../../excel/workbench";

export interface FormulaBuilderProps {
  store: DatasetStore;
  bench?: Workbench;
}

export function FormulaBuilder({ store }: FormulaBuilderProps) {
  return <p>The formula builder is not in this build yet (data {store.get().dataset.version}).</p>;
}
