import { Suspense, lazy } from "react";
import type { Workbench } from "../../excel/workbench";
import { Busy } from "../Busy";
import { useT } from "../i18n";

// Loaded when the tab is first opened, so it is not in the pane's start bundle.
const ExplainSelection = lazy(() =>
  import(/* webpackChunkName: "explain" */ "../explain/ExplainSelection").then((m) => ({
    default: m.ExplainSelection,
  }))
);

/** The Explain tab: what the selected KZUZ cell says, and where it comes from. */
export function ExplainTab({ bench }: { bench: Workbench }) {
  const t = useT();
  return (
    <Suspense fallback={<Busy label={t.t("data.loading")} />}>
      <ExplainSelection store={bench.store} bench={bench} />
    </Suspense>
  );
}
