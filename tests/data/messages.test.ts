/**
 * Every DataError the data layer builds for a user is a catalogue id and the values its message
 * needs (src/data writes no words): each id, nested ones included, is in every catalogue with
 * every placeholder given. The cases below reach every "errors.data.*" id, and the last tests
 * check that Russian really translates. The English is checked where each query is tested.
 */
import { loadBundledDataset } from "../../src/data/bundled";
import { fetchDataset } from "../../src/data/load";
import {
  achievedGrowth,
  agreementsByDomain,
  buildIndex,
  investment,
  progress,
  projects,
  requiredGrowth,
  resolve,
  resolveReporter,
  sourceFor,
  targetForYear,
  tradeForYear,
  tradeHistory,
  tradeObservations,
} from "../../src/data/query";
import type { DataError, Result } from "../../src/data/result";
import { english } from "../support/english";
import { idsIn, messageProblems } from "../support/messages";
import type { Dataset, TradeObservation } from "../../src/data/schema";
import { DatasetStore } from "../../src/data/store";
import { checkDatasetUrl } from "../../src/data/url";
import { parseDataset, parseDatasetText } from "../../src/data/validate";
import en from "../../src/i18n/messages/en/errors.json";
import { loadTranslator } from "../../src/i18n/translator";
import {
  datasetText,
  edited,
  expectDataError,
  publishedDataset,
  publishedIndex,
  rawCopy,
} from "../support/dataset";

const index = publishedIndex();
const URL_OK = "https://kzuz.example.org/assets/data/kzuz-dataset.json";

/** An index of the published dataset changed in code (not validated: the queries' own guards). */
function changed(change: (d: Dataset) => void) {
  const dataset = publishedDataset();
  change(dataset);
  return buildIndex(dataset);
}

const noTrade = changed((d) => {
  d.trade.observations = [];
});
const targetReached = changed((d) => {
  const current = d.targets.find((t) => t.current);
  if (current) current.targetYear = 2025;
});
const zeroTarget = changed((d) => {
  const current = d.targets.find((t) => t.current);
  if (current) current.valueUsd = 0;
});
const zeroHeadline = changed((d) => {
  for (const o of d.trade.observations) if (o.headline) o.value = 0;
});
const noWaterAgreements = changed((d) => {
  d.agreements = d.agreements.filter((a) => a.domain !== "water");
});
const withoutGrowth = (() => {
  const json = rawCopy() as { trade: { observations: Record<string, unknown>[] } };
  delete json.trade.observations.find((o) => o.id === "trade-2025-uz-trade-ministry")!.growthPct;
  // Uzbekistan's earlier full years would give a base: without them, 2025 stands alone.
  json.trade.observations = json.trade.observations.filter(
    (o) => !["trade-2022-uz-statistics", "trade-2023-uz-prime-minister"].includes(String(o.id))
  );
  const parsed = parseDataset(json);
  if (!parsed.ok) throw new Error(english(parsed.error));
  return buildIndex(parsed.value);
})();

/**
 * Trade figures of every shape the messages put in words: a period across two years, one month,
 * a full year of growth only, a stretch to the 1st of a month of the next year; every qualifier,
 * every unit of money, every caveat; and a figure with neither value nor growth rate.
 */
const shapes = changed((d) => {
  const sourceIds = d.trade.observations[0].sourceIds;
  const add = (
    o: Partial<TradeObservation> & Pick<TradeObservation, "year" | "period" | "reporterSide">
  ) =>
    d.trade.observations.push({
      id: `shape-${d.trade.observations.length}`,
      reporter: "test",
      reliability: "normal",
      sourceIds,
      ...o,
    } as TradeObservation);
  add({
    year: 2014,
    reporterSide: "KZ",
    period: { from: "2013-11", to: "2014-02" },
    value: 12_500,
    valueQualifier: "about",
    periodInferred: true,
    preliminary: true,
  });
  add({
    year: 2014,
    reporterSide: "UZ",
    period: { from: "2014-03", to: "2014-03" },
    value: 355_410_000,
    valueQualifier: "nearly",
  });
  add({
    year: 2014,
    reporterSide: "joint",
    period: "full year",
    growthPct: 5,
    growthQualifier: "more than",
  });
  add({
    year: 2014,
    reporterSide: "other",
    period: { from: "2013-12", asOf: "2014-08-01" },
    value: -1_548_000_000,
    reliability: "flagged",
    flag: "test",
  });
  add({ year: 2013, reporterSide: "KZ", period: { from: "2013-01", to: "2013-06" } });
  add({
    year: 2013,
    reporterSide: "UZ",
    period: { from: "2013-01", to: "2013-03" },
    value: 1_000_000_000,
  });
  add({ year: 2012, reporterSide: "UZ", period: "not stated", value: 2_000_000_000 });
});

const answer = (make: () => Response) => (async () => make()) as unknown as typeof fetch;

/** A refresh overtaken by a younger one (the store drops it as "superseded"). */
async function superseded(): Promise<Result<unknown>> {
  const store = new DatasetStore(publishedDataset());
  const pending: ((r: Response) => void)[] = [];
  const impl = (() => new Promise<Response>((resolve) => pending.push(resolve))) as typeof fetch;
  const older = store.refresh(URL_OK, { fetchImpl: impl });
  const newer = store.refresh(URL_OK, { fetchImpl: impl });
  while (pending.length < 2) await new Promise((r) => setTimeout(r, 1));
  pending[1](new Response(datasetText));
  await newer;
  pending[0](new Response(datasetText));
  return older;
}

const CASES: [string, () => Result<unknown> | Promise<Result<unknown>>][] = [
  ["a year out of range", () => tradeForYear(index, 1900)],
  ["a first year out of range", () => tradeHistory(index, { from: 1800 })],
  ["a last year out of range", () => tradeHistory(index, { to: 3000 })],
  ["a start year out of range", () => requiredGrowth(index, 1800)],
  ["no name", () => resolve(index, "")],
  ["no reporter", () => resolveReporter(index, " ")],
  ["no domain", () => agreementsByDomain(index, "")],
  ["no record", () => sourceFor(index, "")],
  ["a text too long", () => resolve(index, "x".repeat(5000))],
  ["a name of signs only", () => resolve(index, "!!!")],
  ["a reporter of signs only", () => resolveReporter(index, "...")],
  ["a domain of signs only", () => agreementsByDomain(index, "---")],
  ["a record of signs only", () => sourceFor(index, "?")],
  ["a near name", () => resolve(index, "Tashkemt")],
  ["a near domain", () => agreementsByDomain(index, "tourizm")],
  ["an unknown name", () => resolve(index, "zzqqxxv")],
  ["an unknown domain", () => agreementsByDomain(index, "zzqqxxv")],
  ["an ambiguous name", () => resolve(index, "tash")],
  ["a name a user typed with ICU syntax", () => resolve(index, "{count, plural, one {x}} 'a'")],
  ["a place without projects", () => projects(index, "Almaty")],
  ["an ambiguous reporter", () => resolveReporter(index, "stan")],
  ["an unknown reporter", () => resolveReporter(index, "xyzzy")],
  ["no headline at all", () => progress(noTrade)],
  ["a year before the figures", () => tradeForYear(index, 1995)],
  ["a year without figures in an empty dataset", () => tradeObservations(noTrade, 2000)],
  ["a year of partial figures", () => tradeForYear(index, 2020)],
  ["a year of a flagged figure", () => tradeForYear(index, 2015)],
  ["a reporter's partial year", () => tradeForYear(index, 2024, "UZ")],
  ["a reporter without the year others have", () => tradeForYear(index, 2019, "UZ")],
  ["a reporter's year before the figures", () => tradeForYear(index, 1995, "KZ")],
  ["a reporter's year with others' partial figures", () => tradeForYear(index, 2020, "joint")],
  ["a year of a doubtful part of a year", () => tradeForYear(index, 2016)],
  ["a reporter's doubtful full year", () => tradeForYear(index, 2015, "press")],
  ["a reporter's year to a day", () => tradeForYear(index, 2025, "press")],
  ["a reporter without the year two others have", () => tradeForYear(index, 2017, "UZ")],
  ["a period across two years", () => tradeForYear(shapes, 2014, "KZ")],
  ["a single month", () => tradeForYear(shapes, 2014, "UZ")],
  ["a full year of growth only", () => tradeForYear(shapes, 2014, "joint")],
  ["a stretch to a day of the next year", () => tradeForYear(shapes, 2014, "press")],
  ["a year of figures of every shape", () => tradeForYear(shapes, 2014)],
  ["a figure without value or growth", () => tradeForYear(shapes, 2013, "KZ")],
  ["a year two others have in part", () => tradeForYear(shapes, 2013, "joint")],
  ["a figure whose period is not stated", () => tradeForYear(shapes, 2012, "UZ")],
  ["years in the wrong order", () => tradeHistory(index, { from: 2020, to: 2010 })],
  ["a reporter without figures", () => tradeHistory(noTrade, { reporter: "KZ" })],
  ["headline years outside the figures", () => tradeHistory(index, { from: 1992, to: 1993 })],
  ["headline years in an empty dataset", () => tradeHistory(noTrade, { from: 1992, to: 1993 })],
  [
    "a reporter's years outside its figures",
    () => tradeHistory(index, { from: 1991, to: 2021, reporter: "UZ" }),
  ],
  ["growth without a headline", () => achievedGrowth(noTrade)],
  ["growth for a year without a headline", () => achievedGrowth(index, { year: 2020 })],
  ["growth of a reporter without figures", () => achievedGrowth(noTrade, { reporter: "KZ" })],
  [
    "growth into a year a reporter lacks",
    () => achievedGrowth(index, { reporter: "KZ", year: 2025 }),
  ],
  ["growth without a base", () => achievedGrowth(withoutGrowth)],
  ["a year without a target", () => targetForYear(index, 2027)],
  ["a start year after the target", () => requiredGrowth(index, 2031)],
  ["a target already reached in time", () => requiredGrowth(targetReached)],
  ["a zero target", () => progress(zeroTarget)],
  ["a zero headline", () => progress(zeroHeadline)],
  ["investment where no project is", () => investment(index, "Almaty")],
  ["an undisclosed project", () => investment(index, "Astana residential quarter")],
  ["a place with one undisclosed project", () => investment(index, "Tashkent")],
  ["a place with undisclosed projects", () => investment(index, "New Tashkent")],
  ["a sector with undisclosed projects", () => investment(index, "hotels")],
  ["a domain without agreements", () => agreementsByDomain(noWaterAgreements, "water")],
  ["a refresh overtaken", superseded],
  ["an address with control characters", () => checkDatasetUrl("https://a.example/\u202e")],
  ["an incomplete address", () => checkDatasetUrl("kzuz dataset")],
  ["an address with a password", () => checkDatasetUrl("https://u:p@a.example/x.json")],
  ["an http address", () => checkDatasetUrl("http://a.example/x.json")],
  ["a runtime without fetch", () => fetchDataset(URL_OK, { fetchImpl: 1 as never })],
  [
    "a cancelled download",
    () => fetchDataset(URL_OK, { signal: AbortSignal.abort(), fetchImpl: fetch }),
  ],
  [
    "a server's error",
    () =>
      fetchDataset(URL_OK, {
        fetchImpl: answer(() => new Response("", { status: 404, statusText: "Not Found" })),
      }),
  ],
  [
    "a slow server",
    () =>
      fetchDataset(URL_OK, {
        timeoutMs: 10,
        fetchImpl: ((_: unknown, init?: RequestInit) =>
          new Promise((_resolve, reject) =>
            init?.signal?.addEventListener("abort", () => reject(new Error("aborted")))
          )) as typeof fetch,
      }),
  ],
  [
    "a network failure",
    () =>
      fetchDataset(URL_OK, {
        fetchImpl: (async () => {
          throw new TypeError("Failed to fetch");
        }) as typeof fetch,
      }),
  ],
  [
    "a cross-origin server without CORS headers",
    async () => {
      const holder = globalThis as { location?: unknown };
      holder.location = { origin: "https://addin.example.org" };
      try {
        return await fetchDataset(URL_OK, {
          fetchImpl: (async () => {
            throw new TypeError("Failed to fetch");
          }) as typeof fetch,
        });
      } finally {
        delete holder.location;
      }
    },
  ],
  [
    "a body too large",
    () =>
      fetchDataset(URL_OK, { maxBytes: 10, fetchImpl: answer(() => new Response(datasetText)) }),
  ],
  [
    "a body not UTF-8",
    () =>
      fetchDataset(URL_OK, {
        fetchImpl: answer(() => new Response(new Uint8Array([0xff, 0xfe, 0x41]))),
      }),
  ],
  ["a newer schema", () => parseDataset(edited([["schemaVersion"], 99]))],
  ["one problem", () => parseDatasetText("{")],
  ["many problems", () => parseDataset({ schemaVersion: 1 })],
  [
    "the bundled dataset not served",
    () =>
      loadBundledDataset(
        { url: "assets/data/kzuz-dataset.json", integrity: "sha256-x" },
        answer(() => new Response("", { status: 404, statusText: "Not Found" }))
      ),
  ],
  ["the bundled dataset not here (no address)", () => loadBundledDataset(undefined, undefined)],
];

let errors: [string, DataError][] = [];

beforeAll(async () => {
  errors = [];
  for (const [name, make] of CASES) errors.push([name, expectDataError(await make())]);
});

test("every case fails with an error that has a catalogue id", () => {
  for (const [name, error] of errors) expect([name, typeof error.id]).toEqual([name, "string"]);
});

test("each error's ids are in every catalogue, with every placeholder given", () => {
  for (const [name, error] of errors) expect([name, messageProblems(error)]).toEqual([name, []]);
});

test("the cases reach every errors.data id of the catalogue, nested phrases included", () => {
  const reached = new Set(errors.flatMap(([, e]) => [...idsIn(e)]));
  const data = Object.keys(en).filter((k) => k.startsWith("errors.data."));
  // The reporter choices are a phrase inside other messages (and the functions' examples).
  expect(data.filter((k) => !reached.has(k) && k !== "errors.data.reporter.choices")).toEqual([]);
});

/** The English words the trade phrases are made of (months, amounts, periods, caveats, reporters). */
const TRADE_ENGLISH =
  /\b(Only|reported|billion|million|January|February|March|April|May|June|July|August|September|October|November|December|flagged|doubtful|preliminary|inferred|approximate|statistics|press|statements|growth rate|year earlier|no value|about|more than|nearly)\b|\$/;

test.each(["ru", "kk", "uz", "fr"] as const)(
  "in %s the trade and target messages keep no English from the figures' words",
  async (lang) => {
    const t = await loadTranslator(lang);
    for (const [name, error] of errors) {
      // The flag of a doubtful figure is the dataset's own text, English in every language.
      const figures =
        error.id?.startsWith("errors.data.trade.") || error.id === "errors.data.target.unusable";
      if (!figures || name === "a year of a flagged figure") continue;
      expect([name, t.text(error).match(TRADE_ENGLISH)?.[0]]).toEqual([name, undefined]);
    }
  }
);

test("user text is a value: ICU syntax typed in a name is shown as typed", () => {
  const [, error] = errors.find(([name]) => name === "a name a user typed with ICU syntax")!;
  expect(english(error)).toContain(`"{count, plural, one {x}} 'a'"`);
});

test("in Russian every message is translated (no English sentence left, plurals chosen)", async () => {
  const ru = await loadTranslator("ru");
  expect(ru.lang).toBe("ru");
  for (const [name, error] of errors) {
    const text = ru.text(error);
    expect([name, text === english(error)]).toEqual([name, false]);
    expect([name, /[А-Яа-яЁё]/.test(text)]).toEqual([name, true]);
  }
  const [, many] = errors.find(([name]) => name === "a place with undisclosed projects")!;
  expect(ru.text(many)).toMatch(/ни для одного из 2 проектов .*«не раскрыто»/);
  const [, stan] = errors.find(([name]) => name === "an ambiguous reporter")!;
  expect(ru.text(stan)).toMatch(
    /^"stan" может означать: статистика Казахстана или статистика Узбекистана\./
  );
  const [, one] = errors.find(([name]) => name === "a place with one undisclosed project")!;
  expect(ru.text(one)).toMatch(
    /^Сумма инвестиций не раскрыта для единственного проекта в «Ташкент»/
  );
});
