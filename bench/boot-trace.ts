/**
 * What happens between navigation and the main content's paint, for A (KZUZ) or B (Microsoft's
 * template), as Excel task panes under the simulated Excel host (or outside Office):
 * `npx tsx bench/boot-trace.ts [--app A|B] [--mode excel|real] [--loads 5] [--timeline]`.
 * Not a *.bench.ts file: `npm run bench` does not run it; it is the tool behind the figures in
 * the bench's notes.
 *
 * From a Chromium trace (devtools.timeline) and the page's own records it prints, per load and
 * as medians over the loads (ms since navigation): each script's request, arrival and evaluation;
 * the dataset's fetch; every message office.js exchanged with Excel (GetContext, RichApi
 * Execute…); the page's User Timing marks (the pane's boot marks, src/taskpane/index.tsx); first
 * paint and the main content's paint; and how the main thread spent the time before that paint
 * (script evaluation by file, callbacks by file, style and layout, paint, garbage collection,
 * idle). `--timeline` also prints one load's events in order.
 */
import { loadavg } from "node:os";
import {
  app,
  checkBuilds,
  launchBrowser,
  openPane,
  paintTimes,
  startServers,
  type Key,
  type Mode,
  type OfficeVia,
  type Servers,
} from "./lib/panes";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const KEY = option("app", "A") as Key;
const MODE = option("mode", "excel") as Mode;
const LOADS = Number(option("loads", "5"));
const TIMELINE = args.includes("--timeline");
const VIA = option("office-via", process.env.OFFICE_VIA ?? "server") as OfficeVia;

/** In the page: office.js's messages to and from Excel, timed (after the bridge, before office.js). */
const HOST_LOG = `(() => {
  window.__hostLog = [];
  performance.mark("trace-anchor");
  const names = { 1: "Execute", 2: "RegisterEvent", 3: "UnregisterEvent", 4: "WriteSettings", 5: "GetContext" };
  const agave = window.webkit && window.webkit.messageHandlers && window.webkit.messageHandlers.Agave;
  if (!agave) return;
  const post = agave.postMessage.bind(agave);
  agave.postMessage = (json) => {
    let what = "?";
    try {
      const m = JSON.parse(json);
      what = names[m.methodId] || "method " + m.methodId;
      const text = JSON.stringify(m.params || "");
      const actions = [...new Set((text.match(/\\\\?"Name\\\\?":\\\\?"(\\w+)/g) || []).map((s) => s.replace(/.*"/, "")))];
      if (actions.length) what += " (" + actions.slice(0, 6).join(",") + ")";
      what += " " + m.callbackId;
    } catch (e) {}
    window.__hostLog.push({ t: performance.now(), what: "→ " + what });
    post(json);
  };
  const deliver = window.__kzuzDeliver;
  window.__kzuzDeliver = (a) => {
    window.__hostLog.push({ t: performance.now(), what: "← " + a.fn.split(".").pop() + " " + a.id });
    deliver(a);
  };
})();`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface LoadRecord {
  fcp?: number;
  main?: number;
  events: { t: number; what: string }[];
  /** Main-thread time before the main paint, ms by kind. */
  busy: Map<string, number>;
  /** The main thread's tasks of 3 ms or more before the main paint. */
  tasks: { t: number; ms: number; kinds: [string, number][] }[];
  figures: Map<string, number>;
}

const file = (url: unknown) =>
  String(url ?? "")
    .replace(/^https?:\/\/[^/]+\//, "")
    .replace(/\?.*$/, "")
    .replace(/^lib\/1\/hosted\//, "office:")
    .replace(/^127\.0\.0\.1:\d+\//, "");

/** Main-thread time by kind, from the trace's top-level tasks and what ran inside them. */
function mainThread(events: TraceEvent[], tid: number, pid: number, from: number, to: number) {
  const mine = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const busy = new Map<string, number>();
  const add = (k: string, ms: number) => busy.set(k, (busy.get(k) ?? 0) + ms);
  const all = mine.filter(
    (e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask"
  );
  // Only outermost tasks (a nested run loop's tasks are inside their parent's time).
  const tasks = all.filter(
    (t) =>
      !all.some(
        (p) =>
          p !== t &&
          t.ts >= p.ts &&
          t.ts + t.dur! <= p.ts + p.dur! &&
          (p.ts !== t.ts || p.dur! > t.dur!)
      )
  );
  const list: { t: number; ms: number; kinds: [string, number][] }[] = [];
  let total = 0;
  // Kinds, innermost wins: time inside a kind's event not inside a nested kind counts for it.
  const kinds: [RegExp, (e: TraceEvent) => string][] = [
    [/^EvaluateScript$/, (e) => `evaluate ${file(e.args?.data?.url)}`],
    [/^v8\.compile$|^v8\.compileModule$/, (e) => `compile ${file(e.args?.data?.url)}`],
    [/^FunctionCall$/, (e) => `callback ${file(e.args?.data?.url) || "?"}`],
    [
      /^(TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|ResourceReceivedData)$/,
      (e) => `other script (${e.name})`,
    ],
    [
      /^(UpdateLayoutTree|Layout|RecalculateStyles|ScheduleStyleRecalculation|InvalidateLayout)$/,
      () => "style + layout",
    ],
    [/^(Paint|PrePaint|Layerize|UpdateLayer|CompositeLayers|Commit)$/, () => "paint"],
    [/^ParseHTML$/, () => "parse HTML"],
    [/^(MinorGC|MajorGC|V8\.GC.*|BlinkGC.*)$/, () => "garbage collection"],
    [/^(ParseAuthorStyleSheet)$/, () => "parse CSS"],
  ];
  const kindOf = (e: TraceEvent) => {
    for (const [re, f] of kinds) if (re.test(e.name)) return f(e);
    return undefined;
  };
  for (const task of tasks) {
    const start = task.ts / 1000;
    const end = (task.ts + task.dur!) / 1000;
    if (end < from || start > to) continue;
    total += Math.min(end, to) - Math.max(start, from);
    // Self time per kind within this task (clipped to the window).
    const inside = mine.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && kindOf(e)
    );
    const clip = (a: number, b: number) => Math.max(0, Math.min(b, to) - Math.max(a, from));
    let covered = 0;
    const mineKinds = new Map<string, number>();
    for (const e of inside) {
      const a = e.ts / 1000;
      const b = (e.ts + e.dur!) / 1000;
      const nested = inside.filter(
        (n) =>
          n !== e &&
          n.ts >= e.ts &&
          n.ts + n.dur! <= e.ts + e.dur! &&
          !(n.ts === e.ts && n.dur === e.dur && inside.indexOf(n) < inside.indexOf(e))
      );
      // Only direct children are subtracted (a child's own children are inside it already).
      const direct = nested.filter(
        (n) => !nested.some((m) => m !== n && n.ts >= m.ts && n.ts + n.dur! <= m.ts + m.dur!)
      );
      const self =
        clip(a, b) - direct.reduce((s, n) => s + clip(n.ts / 1000, (n.ts + n.dur!) / 1000), 0);
      add(kindOf(e)!, Math.max(0, self));
      mineKinds.set(kindOf(e)!, (mineKinds.get(kindOf(e)!) ?? 0) + Math.max(0, self));
      const isOutermost = !inside.some(
        (m) =>
          m !== e &&
          e.ts >= m.ts &&
          e.ts + e.dur! <= m.ts + m.dur! &&
          !(m.ts === e.ts && m.dur === e.dur)
      );
      if (isOutermost) covered += clip(a, b);
    }
    add("other (task without a known kind)", Math.max(0, clip(start, end) - covered));
    if (clip(start, end) >= 3)
      list.push({
        t: start - from,
        ms: clip(start, end),
        kinds: [...mineKinds].filter(([, v]) => v >= 1).sort((a, b) => b[1] - a[1]),
      });
  }
  busy.set("main thread busy (all tasks)", total);
  busy.set("main thread idle", to - from - total);
  return { busy, list };
}

async function traceOnce(servers: Servers): Promise<LoadRecord> {
  const browser = await launchBrowser(VIA);
  try {
    let traced: import("playwright-core").Page | undefined;
    const opened = await openPane(browser, MODE, servers, KEY, [HOST_LOG], async (page) => {
      traced = page;
      await browser.startTracing(page, {
        categories: [
          "devtools.timeline",
          "disabled-by-default-devtools.timeline",
          "v8.execute",
          "v8",
          "blink.user_timing",
          "loading",
          "toplevel",
        ],
      });
    });
    const { fcp, main } = await paintTimes(opened.page, app(KEY).main[MODE]);
    // A moment for late paints (the rest of the screen) to land in the trace.
    await opened.page.waitForTimeout(300);
    const inPage = await opened.page.evaluate(() => ({
      resources: performance.getEntriesByType("resource").map((r) => {
        const e = r as PerformanceResourceTiming;
        return { name: e.name, start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize };
      }),
      marks: performance.getEntriesByType("mark").map((m) => ({ name: m.name, t: m.startTime })),
      hostLog: (window as unknown as { __hostLog?: { t: number; what: string }[] }).__hostLog ?? [],
      dcl: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming)
        ?.domContentLoadedEventEnd,
      loadEnd: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming)
        ?.loadEventEnd,
      anchor: performance.getEntriesByName("trace-anchor")[0]?.startTime ?? 0,
    }));
    const buffer = await browser.stopTracing();
    void traced;
    await opened.context.close();
    const trace = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(trace) ? trace : trace.traceEvents;
    const anchor = events.find((e) => e.name === "trace-anchor" && e.cat.includes("user_timing"));
    if (!anchor) throw new Error("the trace has no anchor mark");
    const zero = anchor.ts / 1000 - inPage.anchor; // trace ms of the page's time 0
    const at = (e: TraceEvent) => e.ts / 1000 - zero;
    const evs: { t: number; what: string }[] = [];
    const figures = new Map<string, number>();
    for (const r of inPage.resources) {
      const f = file(r.name);
      evs.push({ t: r.start, what: `request ${f}` });
      evs.push({ t: r.end, what: `arrived ${f} (${(r.bytes / 1024).toFixed(1)} KiB on the wire)` });
      figures.set(`arrived ${f}`, r.end);
    }
    for (const m of inPage.marks.filter((m) => m.name !== "trace-anchor")) {
      evs.push({ t: m.t, what: `mark ${m.name}` });
      figures.set(`mark ${m.name}`, m.t);
    }
    inPage.hostLog.forEach((h, i) => {
      evs.push({ t: h.t, what: `host ${h.what}` });
      if (/GetContext/.test(h.what) && h.what.startsWith("→"))
        figures.set("host GetContext sent", h.t);
      if (i === inPage.hostLog.length - 1) figures.set("host last message before trace end", h.t);
    });
    const getContextAnswer = inPage.hostLog.find(
      (h, i) =>
        h.what.startsWith("←") && i > inPage.hostLog.findIndex((x) => /GetContext/.test(x.what))
    );
    if (getContextAnswer) figures.set("host GetContext answered", getContextAnswer.t);
    // The renderer's main thread: the one that evaluated the page's scripts.
    const evals = events.filter((e) => e.name === "EvaluateScript" && e.dur !== undefined);
    const own = evals.find((e) => /127\.0\.0\.1/.test(String(e.args?.data?.url)));
    const end = main ?? fcp ?? 0;
    for (const e of evals.filter((x) => x.pid === own?.pid && x.tid === own?.tid)) {
      const f = file(e.args?.data?.url);
      evs.push({ t: at(e), what: `evaluate ${f} start (${(e.dur! / 1000).toFixed(1)} ms)` });
      figures.set(`evaluate ${f} end`, at(e) + e.dur! / 1000);
    }
    if (fcp !== undefined) evs.push({ t: fcp, what: "FIRST PAINT" });
    if (main !== undefined) evs.push({ t: main, what: "MAIN CONTENT PAINT" });
    if (inPage.dcl) evs.push({ t: inPage.dcl, what: "DOMContentLoaded end" });
    if (inPage.loadEnd) evs.push({ t: inPage.loadEnd, what: "load event end" });
    figures.set("DOMContentLoaded end", inPage.dcl ?? NaN);
    figures.set("FIRST PAINT", fcp ?? NaN);
    figures.set("MAIN CONTENT PAINT", main ?? NaN);
    const { busy, list } = own
      ? mainThread(events, own.tid, own.pid, zero, zero + end)
      : { busy: new Map<string, number>(), list: [] };
    evs.sort((a, b) => a.t - b.t);
    return { fcp, main, events: evs, busy, tasks: list, figures };
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length === 0
    ? NaN
    : v.length % 2
      ? v[(v.length - 1) / 2]
      : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

async function main(): Promise<void> {
  checkBuilds();
  const servers = await startServers(VIA);
  const loadAtStart = loadavg()[0];
  const records: LoadRecord[] = [];
  try {
    for (let i = 0; i <= LOADS; i++) {
      const r = await traceOnce(servers);
      if (i > 0) records.push(r); // the first load warms the disk cache and the server
      if (i === 1 && TIMELINE) {
        console.log(`one load of ${KEY} (${app(KEY).name}), mode ${MODE}: ms since navigation`);
        const lines = [
          ...r.events.map((e) => ({ t: e.t, line: e.what })),
          ...r.tasks.map((k) => ({
            t: k.t,
            line: `    [task ${k.ms.toFixed(0)} ms: ${k.kinds.map(([n, v]) => `${n} ${v.toFixed(0)}`).join(", ")}]`,
          })),
        ].sort((a, b) => a.t - b.t);
        for (const e of lines) console.log(`  ${e.t.toFixed(0).padStart(6)}  ${e.line}`);
      }
    }
  } finally {
    servers.close();
  }
  console.log(
    `\n${KEY} (${app(KEY).name}), mode ${MODE}: medians of ${records.length} traced loads (a fresh browser each, after one warm-up); load average (1 min) ${loadAtStart.toFixed(1)} → ${loadavg()[0].toFixed(1)}`
  );
  console.log("  events, ms since navigation (median; min–max):");
  const names = [...new Set(records.flatMap((r) => [...r.figures.keys()]))];
  const rows = names
    .map((n) => {
      const xs = records.map((r) => r.figures.get(n) ?? NaN).filter(Number.isFinite);
      return { n, m: median(xs), lo: Math.min(...xs), hi: Math.max(...xs), k: xs.length };
    })
    .sort((a, b) => a.m - b.m);
  for (const r of rows)
    console.log(
      `    ${r.m.toFixed(0).padStart(6)}  (${r.lo.toFixed(0)}–${r.hi.toFixed(0)})  ${r.n}${r.k < records.length ? ` [${r.k}/${records.length} loads]` : ""}`
    );
  console.log("  main thread from navigation to the main content's paint, ms (median):");
  const kinds = [...new Set(records.flatMap((r) => [...r.busy.keys()]))];
  const totals = kinds
    .map((k) => ({ k, m: median(records.map((r) => r.busy.get(k) ?? 0)) }))
    .filter((x) => x.m >= 1)
    .sort((a, b) => b.m - a.m);
  for (const t of totals) console.log(`    ${t.m.toFixed(0).padStart(6)}  ${t.k}`);
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
