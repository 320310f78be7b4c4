/**
 * The pane's two views, each its own chunk: the Excel pane and the preview outside Excel. The
 * page starts fetching the likely one at once, while the scripts run and Office is asked where
 * the page is (no serial wait): Office opens an add-in's page with `_host_Info=<host>$…` in its
 * address (office.js reads the host from it), so an address without it is a plain browser. A
 * wrong guess costs only the other chunk, fetched when the host answers.
 */
type View = "excel" | "outside";

type ExcelModule = typeof import("./ExcelPane");
type OutsideModule = typeof import("./outside/OutsideExcel");
const loaded: { excel?: ExcelModule; outside?: OutsideModule } = {};

export const loadExcelPane = () =>
  import(/* webpackChunkName: "excel" */ "./ExcelPane").then((m) => (loaded.excel = m));

export const loadOutside = () =>
  import(/* webpackChunkName: "outside" */ "./outside/OutsideExcel").then(
    (m) => (loaded.outside = m)
  );

/**
 * A view's module if it has loaded (the page waits for the likely one before its first render):
 * rendered at once, the first commit is the view itself, not a Suspense fallback first.
 */
export function loadedView<V extends View>(
  view: V
): (V extends "excel" ? ExcelModule : OutsideModule) | undefined {
  return loaded[view] as (V extends "excel" ? ExcelModule : OutsideModule) | undefined;
}

/** The view a page at `search` (location.search) most likely shows. */
export function likelyView(search: string): View {
  return /[?&]_host_Info=Excel\$/i.test(search) ? "excel" : "outside";
}

/** Starts fetching `view`'s chunk; resolves when it is there (never rejects: React.lazy retries). */
export function prefetchView(view: View): Promise<void> {
  return (view === "excel" ? loadExcelPane() : loadOutside()).then(
    () => undefined,
    () => undefined
  );
}
