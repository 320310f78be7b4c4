/**
 * The KZUZ custom functions. Each is a thin, documented wrapper over src/data (through
 * ./compute); functions.json is generated from these JSDoc comments by
 * custom-functions-metadata-plugin, which also appends the CustomFunctions.associate calls.
 *
 * Every function streams (see ./live), so a dataset refresh from the task pane updates every
 * KZUZ formula in the workbook without a recalculation; cells asking the same question share
 * one computation per dataset snapshot (./live).
 *
 * The signatures use the types the metadata generator maps: a union is "any" (so the code, not
 * Excel, checks the argument and can say what is wrong), and spills are any[][] because the
 * generator accepts no named or parenthesised element type.
 */
import { startBundledStore } from "../data/bundled";
import type { Arg } from "../formulas/compute";
import { keepRefreshedDatasets, restoreDataset, runtimeStorage } from "../office/storage";
import { lazy, liveLoaded, noDataError } from "./live";
import { ensureCustomFunctionsRuntime, entityValuesSupported, fitCard } from "../formulas/runtime";
import { sharedStore, whenSharedStore } from "../data/shared";

ensureCustomFunctionsRuntime();
// What the functions compute with (the formula library, the cards, the load service) is a chunk
// of its own, loaded at the first call: registering them, and the pane's first screen, need none
// of it (issue 22's start budget). The first cell waits for it as for the dataset (#BUSY!).
const formulas = lazy(() => import(/* webpackChunkName: "compute" */ "../formulas/compute"));
const linked = lazy(() => import(/* webpackChunkName: "compute" */ "../formulas/linked"));
// Formulas answer as soon as the bundled dataset has loaded (it is fetched while the scripts
// load; until then a cell shows #BUSY!); a dataset refreshed in an earlier session comes into
// force as soon as storage answers (streaming updates the cells), and every later refresh is kept
// for the next session.
void startBundledStore().then((store) => {
  if (!store) return;
  const storage = runtimeStorage();
  keepRefreshedDatasets(storage, store);
  void restoreDataset(storage, store);
});

/**
 * Total disclosed investment, in US dollars, in the joint projects of a project, region, city, country or sector. Estimates count. If no amount is disclosed: #N/A "not disclosed", never 0.
 * @customfunction INVESTMENT
 * @helpurl https://localhost:3000/help.html#investment
 * @param query A project, region, city, country or sector, in any common spelling: "Kashka-Daria", "Qashqadaryo", "Tashkent region", "logistics".
 * @param [unit] "usd" (the default), "thousands", "millions" or "billions".
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns The investment in the unit asked.
 */
export function investment(
  query: string,
  unit: string | null,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  liveLoaded(formulas, invocation, (f, s) => f.investmentValue(s.index, query, unit), [
    "INVESTMENT",
    query,
    unit,
  ]);
}

/**
 * The joint projects launched at the November 2025 summit, all or those a name covers, as a spilled range: id, name, sector, region, country, investment (USD), investment basis, status, source.
 * @customfunction PROJECTS
 * @helpurl https://localhost:3000/help.html#projects
 * @param [query] A project, region, city, country or sector; omit for all projects.
 * @param [headers] TRUE (the default) for a header row, FALSE for none.
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns A dynamic array of projects.
 */
export function projects(
  query: string | null,
  headers: boolean | null,
  invocation: CustomFunctions.StreamingInvocation<any[][]>
): void {
  liveLoaded(formulas, invocation, (f, s) => f.projectsTable(s.index, query, headers), [
    "PROJECTS",
    query,
    headers,
  ]);
}

/**
 * One joint project. With a field, that field's value; without, the project as a card (an entity value) with every field and its sources, or its name where Excel has no entity values.
 * @customfunction PROJECT
 * @helpurl https://localhost:3000/help.html#project
 * @param query The project: its name, id or a common alias such as "LAB complex" or "ICIC"; or a place with one project.
 * @param [field] A field: id, name, sector, region, city, country, investment, basis, status, partners, capacity, jobs, nameFr, source, url.
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns The field's value, or the project as an entity.
 */
export function project(
  query: string,
  field: string | null,
  invocation: CustomFunctions.StreamingInvocation<Arg | Excel.EntityCellValue>
): void {
  const cards = entityValuesSupported();
  liveLoaded(
    formulas,
    invocation,
    (f, s) => fitCard(f.projectValue(s.index, query, field, cards)),
    ["PROJECT", query, field, cards]
  );
}

/**
 * The agreements and other documents of the November 2025 summit (and the trade programmes behind the target), all or one domain's, as a spilled range: id, title, domain, kind, date, parties, status, what it does, source.
 * @customfunction AGREEMENTS
 * @helpurl https://localhost:3000/help.html#agreements
 * @param [domain] A domain such as "water", "energy", "customs", "health", "mining"; omit for all.
 * @param [headers] TRUE (the default) for a header row, FALSE for none.
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns A dynamic array of agreements.
 */
export function agreements(
  domain: string | null,
  headers: boolean | null,
  invocation: CustomFunctions.StreamingInvocation<any[][]>
): void {
  liveLoaded(formulas, invocation, (f, s) => f.agreementsTable(s.index, domain, headers), [
    "AGREEMENTS",
    domain,
    headers,
  ]);
}

/**
 * Kazakhstan–Uzbekistan trade turnover for a full year, in US dollars: the headline figure, or one reporter's own. A year with only part-year figures gives #N/A saying what was reported, never a part of the year as the year.
 * @customfunction TRADE
 * @helpurl https://localhost:3000/help.html#trade
 * @param year The year, such as 2024.
 * @param [reporter] Whose figures: "KZ" (Kazakhstan's statistics), "UZ" (Uzbekistan's statistics), "joint" (joint statements) or "press"; omit for the headline figure.
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns Trade turnover for the full year in US dollars.
 */
export function trade(
  year: number | string,
  reporter: string | null,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  liveLoaded(formulas, invocation, (f, s) => f.tradeValue(s.index, year, reporter), [
    "TRADE",
    year,
    reporter,
  ]);
}

/**
 * A trade series, one full-year figure a year, as a spilled range: year, turnover (USD), reported by, source. Without a reporter, the headline series (Reported by says whose figure each year is); with one, that reporter's own.
 * @customfunction TRADEHISTORY
 * @helpurl https://localhost:3000/help.html#tradehistory
 * @param [from_year] The first year; omit for the earliest.
 * @param [to_year] The last year; omit for the latest.
 * @param [headers] TRUE (the default) for a header row, FALSE for none.
 * @param [reporter] Whose series: "KZ", "UZ", "joint" or "press"; omit for the headline series.
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns A dynamic array of yearly trade figures.
 */
export function tradeHistory(
  from_year: number | string | null,
  to_year: number | string | null,
  headers: boolean | null,
  reporter: string | null,
  invocation: CustomFunctions.StreamingInvocation<any[][]>
): void {
  liveLoaded(
    formulas,
    invocation,
    (f, s) => f.tradeHistoryTable(s.index, from_year, to_year, headers, reporter),
    ["TRADEHISTORY", from_year, to_year, headers, reporter]
  );
}

/**
 * The trade target in US dollars: the current one ($10 billion by 2030), or the one set for a year.
 * @customfunction TARGET
 * @helpurl https://localhost:3000/help.html#target
 * @param [year] The target year; omit for the current target.
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns The target in US dollars.
 */
export function target(
  year: number | string | null,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  liveLoaded(formulas, invocation, (f, s) => f.targetValue(s.index, year), ["TARGET", year]);
}

/**
 * The share of the current trade target reached: a year's turnover divided by the target (0.497 is 49.7%), from the headline series or one reporter's own. Explain and KZUZ.SOURCE("progress") say whose figure and which year. Format as a percentage.
 * @customfunction PROGRESS
 * @helpurl https://localhost:3000/help.html#progress
 * @param [year] The year; omit for the latest year with a full-year figure (the reporter's latest, when one is given).
 * @param [reporter] Whose figures: "KZ" (Kazakhstan's statistics), "UZ" (Uzbekistan's statistics), "joint" (joint statements) or "press"; omit for the headline series.
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns The share of the target reached, as a fraction.
 */
export function progress(
  year: number | string | null,
  reporter: string | null,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  liveLoaded(formulas, invocation, (f, s) => f.progressValue(s.index, year, reporter), [
    "PROGRESS",
    year,
    reporter,
  ]);
}

/**
 * Compound annual growth needed from a year's turnover to the current target by its year (0.15 is 15% a year), from the headline series or one reporter's figure, never two mixed. Explain and KZUZ.SOURCE("progress") say which. Format as a percentage.
 * @customfunction REQUIREDGROWTH
 * @helpurl https://localhost:3000/help.html#requiredgrowth
 * @param [from_year] The start year; omit for the latest year with a full-year figure (the reporter's latest, when one is given).
 * @param [reporter] Whose figures: "KZ" (Kazakhstan's statistics), "UZ" (Uzbekistan's statistics), "joint" (joint statements) or "press"; omit for the headline series.
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns The required yearly growth, as a fraction.
 */
export function requiredGrowth(
  from_year: number | string | null,
  reporter: string | null,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  liveLoaded(formulas, invocation, (f, s) => f.requiredGrowthValue(s.index, from_year, reporter), [
    "REQUIREDGROWTH",
    from_year,
    reporter,
  ]);
}

/**
 * Where a figure comes from: the sources (publisher, title, date, address) behind a record id or a name; with "progress", which trade series PROGRESS and REQUIREDGROWTH use, year by year.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#source
 * @param query A record id (a project, agreement, trade figure or target id), a name such as "Kashka-Daria", or "progress".
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns The sources, one per line.
 */
export function source(
  query: string,
  invocation: CustomFunctions.StreamingInvocation<string>
): void {
  liveLoaded(formulas, invocation, (f, s) => f.sourceText(s.index, query), ["SOURCE", query]);
}

/**
 * The dataset in force: its version, its as-of date and where it came from.
 * @customfunction ASOF
 * @helpurl https://localhost:3000/help.html#asof
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns The dataset's version and date.
 */
export function asOf(invocation: CustomFunctions.StreamingInvocation<string>): void {
  liveLoaded(formulas, invocation, (f, s) => f.asOfText(s));
}

/**
 * Excel's load service for KZUZ cards linked to the dataset (Excel for Windows and Mac): Excel calls it to fill and refresh them from the dataset in force; not for formulas. An id the dataset no longer holds gets a card saying so.
 * @customfunction LOADSERVICE
 * @linkedEntityLoadService
 * @helpurl https://localhost:3000/help.html#connect
 * @param request Excel's request: the kind of card and the ids of the records.
 * @returns The cards, in the order asked.
 */
export async function loadService(request: any): Promise<any> {
  const store = sharedStore() ?? (await whenSharedStore());
  if (!store) throw noDataError();
  return (linked.loaded ?? (await linked.load())).loadLinkedEntities(store.get().index, request);
}
