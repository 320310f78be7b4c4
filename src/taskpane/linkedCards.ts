/**
 * Linked KZUZ cards at the runtime's start (ExcelApi 1.19 with CustomFunctionsRuntime 1.5, Excel on
 * Windows and Mac; cardRoute says "linked"): KZUZ's domains are registered once Office is ready,
 * as Microsoft asks ("Register linked entity data domains in your Office.onReady initialization
 * code so users can refresh linked entity cell values as soon as the add-in loads",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values),
 * and every later change of the dataset in force (a refresh from the pane, a saved dataset
 * restored) asks Excel to refresh KZUZ's cards, which it does through the load service
 * (loadService in src/functions/functions.ts). Elsewhere nothing happens: the web and older
 * clients keep the entity values written into the tables. The page's entry (./index.tsx) starts
 * it: the shared runtime runs that page when the workbook opens, whether the pane shows or not.
 */
import type { DatasetStore } from "../data/store";
import { registerLinkedDomains, refreshLinkedDomains } from "../excel/linked";
import { cardRoute, type CardRoute } from "../excel/requirements";
import { officeReady } from "../office/host";

/** What the start did: registered (the domains added now), or why not. */
type LinkedStart =
  | { kind: "registered"; added: string[] }
  | { kind: "not-supported"; route: CardRoute }
  | { kind: "failed"; reason: string };

export interface LinkedDeps {
  ready(): Promise<void>;
  route(): CardRoute;
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

const OFFICE: LinkedDeps = {
  ready: () => officeReady(),
  route: () => cardRoute(),
  run: (batch) => Excel.run(batch),
};

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Registers KZUZ's domains where this Excel has linked entities, then asks Excel to refresh KZUZ's
 * cards after each change of `store`'s dataset. Never throws: a failure (an Excel that declares
 * the sets but lacks the API) leaves the add-in as it is without linked cards.
 */
export async function startLinkedCards(
  store: DatasetStore,
  deps: LinkedDeps = OFFICE
): Promise<LinkedStart> {
  await deps.ready();
  const route = deps.route();
  if (route !== "linked") return { kind: "not-supported", route };
  try {
    const added = await deps.run(registerLinkedDomains);
    store.subscribe(() => {
      void deps.run(refreshLinkedDomains).catch(() => undefined);
    });
    return { kind: "registered", added };
  } catch (error) {
    return { kind: "failed", reason: reason(error) };
  }
}
