import { createRoot } from "react-dom/client";
import { cardRoute } from "../excel/requirements";
import { whenSharedStore } from "../data/shared";
import { setActiveLang } from "../i18n/active";
import { detectLang } from "../i18n/detect";
import { formatNumber } from "../i18n/format";
import { detectHost, surelyOutsideOffice, type HostState } from "../office/host";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { afterPaint } from "./staged";
import { likelyView, prefetchView } from "./views";

/** A User Timing mark of the boot (kzuz-boot:<step>), read by bench/boot-trace.ts; local to the page. */
function mark(step: string): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function")
    performance.mark(`kzuz-boot:${step}`);
}

// Where the page runs is asked at once, and the likely view's chunk fetched meanwhile; the right
// one as soon as Office answers (./views).
const host = detectHost();
const likely = likelyView(location.search);
const view = prefetchView(likely);
void host.then((h) => {
  const actual = h.kind === "excel" ? "excel" : "outside";
  if (actual !== likely) void prefetchView(actual);
});
const detect = () => host;
// Office usually answers while the scripts, the catalogue and the dataset load: then the first
// render is the view itself, with no "Connecting" frame before it.
// Outside Office that answer is certain before office.js gives it (surelyOutsideOffice reads what
// office.js reads), so the preview need not wait for it; Office's answer still follows (useHost).
let known: HostState | undefined =
  typeof Office !== "undefined" && surelyOutsideOffice()
    ? { kind: "no-office", reason: "not-in-office" }
    : undefined;
void host.then((h) => (known = h));

// Linked KZUZ cards where this Excel has them (ExcelApi 1.19, desktop): KZUZ's domains registered
// as soon as Office and the dataset are ready (./linkedCards, a chunk of its own, fetched only
// where cardRoute says "linked": elsewhere nothing is added to the way to the first screen).
void Promise.all([host, whenSharedStore()]).then(([h, store]) =>
  h.kind === "excel" && store && cardRoute() === "linked"
    ? import(/* webpackChunkName: "linked" */ "./linkedCards").then((m) =>
        m.startLinkedCards(store)
      )
    : undefined
);

const lang = detectLang();

// The active language's catalogue (a small chunk), the dataset (fetched while the scripts
// loaded; the functions entry started it) and the likely view first, so the first screen is
// complete and in the user's language; until then the page shows its boot markup. English needs
// nothing and never fails (a dropped chunk leaves English); a dataset that did not load is said
// by App.
const container = document.getElementById("root");
// In Excel the first render also waits for Office's answer (at most HOST_WAIT_MS): the main content
// (insert, or refresh the tables already in the workbook) depends on the workbook's settings,
// which come with that answer, and until it comes the page's thread belongs to office.js, whose
// Excel script must run before it can even ask Excel (GetContext). A first render before the
// answer would draw a "Connecting" frame on that thread, delaying the answer it waits for, and
// then draw again. The boot markup stays on screen meanwhile.
const HOST_WAIT_MS = 2000;
const hostFirst =
  likely === "excel"
    ? Promise.race([host, new Promise((resolve) => setTimeout(resolve, HOST_WAIT_MS))])
    : undefined;
void host.then(() => mark("host"));
const ready = Promise.all([
  setActiveLang(lang).then(() => mark("lang")),
  whenSharedStore()?.then(() => mark("store")),
  view.then(() => mark("view")),
  hostFirst,
]).then(() => {
  // If Office answered meanwhile, its display language is known now: a user who follows Office
  // gets the first screen in it, not an English one replaced a moment later.
  const now = detectLang();
  return now === lang ? undefined : setActiveLang(now);
});
if (container)
  void ready.finally(() => {
    mark("render");
    // App has its own boundary inside its theme; this one catches a failure of App's frame itself.
    createRoot(container).render(
      <ErrorBoundary>
        <App detect={detect} initialHost={known} />
      </ErrorBoundary>
    );
    // The page's first Intl formatter costs 45–141 ms (ICU starting up): paid once the first
    // screen is painted, never on the way to it (the first screen needs no Intl in English;
    // whole numbers under 1,000, as in the header's "$10 billion", never need it).
    afterPaint(() => afterPaint(() => formatNumber(0.5, detectLang())));
  });
