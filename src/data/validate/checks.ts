/**
 * Cross-reference checks that a JSON Schema cannot express, run by `DatasetSchema` (./dataset)
 * once the dataset's shape is valid. Each issue names the exact field at fault.
 */
import { message, type Message } from "../../i18n/message";
import { foldName } from "../normalize";
import type { DatasetShape as Dataset, Period, TradeObservation } from "../schema";
import { walkSourceIds } from "../sourceIds";
import { pathText } from "./path";

/** A problem found, with the zod-style path of the field at fault and what is wrong there. */
interface CheckIssue {
  path: (string | number)[];
  said: Message;
}

type Path = (string | number)[];

/** Runs every cross-reference check on a dataset whose shape is already valid. */
export function crossCheck(d: Dataset): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const add = (path: Path, said: Message) => issues.push({ path, said });
  checkUniqueIds(d, add);
  checkSourceReferences(d, add);
  checkPlacesAndSectors(d, add);
  checkNamesDoNotCollide(d, add);
  checkProjects(d, add);
  checkTrade(d, add);
  checkTargets(d, add);
  checkGas(d, add);
  checkDates(d, add);
  checkTranslations(d, add);
  checkFigures(d, add);
  return issues;
}

type Add = (path: Path, said: Message) => void;

/** The collections whose records have ids, with their paths. */
function idCollections(d: Dataset): [Path, { id: string }[]][] {
  return [
    [["sources"], d.sources],
    [["places"], d.places],
    [["sectors"], d.sectors],
    [["projects"], d.projects],
    [["agreements"], d.agreements],
    [["trade", "observations"], d.trade.observations],
    [["targets"], d.targets],
    [["gasTransit", "observations"], d.gasTransit.observations],
    [["summit", "events"], d.summit.events],
    [["summit", "statements"], d.summit.statements],
    [["totals", "investment"], d.totals.investment],
    [["otherFigures"], d.otherFigures],
  ];
}

/** Ids are unique across the whole dataset, so that any id names one record. */
function checkUniqueIds(d: Dataset, add: Add): void {
  const firstSeen = new Map<string, string>();
  const see = (id: string, path: Path) => {
    const first = firstSeen.get(id);
    if (first !== undefined) add(path, message("dataset.check.duplicateId", { id, first }));
    else firstSeen.set(id, pathText(path));
  };
  see(d.totals.projectCount.id, ["totals", "projectCount", "id"]);
  for (const [path, records] of idCollections(d))
    records.forEach((r, i) => see(r.id, [...path, i, "id"]));
}

/** Every `sourceIds` entry anywhere names a source in $.sources, once. */
function checkSourceReferences(d: Dataset, add: Add): void {
  const known = new Set(d.sources.map((s) => s.id));
  walkSourceIds(d, (ids, path) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (!known.has(id)) add([...path, i], message("dataset.check.unknownSource", { id }));
      else if (seen.has(id)) add([...path, i], message("dataset.check.sourceTwice", { id }));
      seen.add(id);
    });
  });
}

/** Locations, event places and sectors name existing places of the right kind and country. */
function checkPlacesAndSectors(d: Dataset, add: Add): void {
  const places = new Map(d.places.map((p) => [p.id, p]));
  const countries = new Set(d.places.filter((p) => p.kind === "country").map((p) => p.country));
  d.places.forEach((p, i) => {
    if (p.kind !== "country" && !countries.has(p.country))
      add(["places", i, "country"], message("dataset.check.noCountry", { country: p.country }));
    // Tables and formulas show `name`, the pane `localizedName`: their English must be one.
    if (p.localizedName !== undefined && p.localizedName.en !== p.name)
      add(
        ["places", i, "localizedName", "en"],
        message("dataset.check.placeName", { name: p.name })
      );
  });
  const checkPlace = (
    id: string | undefined,
    kind: "region" | "city",
    country: string,
    path: Path
  ) => {
    if (id === undefined) return;
    const place = places.get(id);
    if (place === undefined) add(path, message("dataset.check.unknownPlace", { id }));
    else if (place.kind !== kind)
      add(path, message("dataset.check.placeKind", { id, kind: place.kind, expected: kind }));
    else if (place.country !== country)
      add(
        path,
        message("dataset.check.placeCountry", { id, country: place.country, expected: country })
      );
  };
  d.projects.forEach((project, i) =>
    project.locations.forEach((loc, j) => {
      checkPlace(loc.region, "region", loc.country, ["projects", i, "locations", j, "region"]);
      checkPlace(loc.city, "city", loc.country, ["projects", i, "locations", j, "city"]);
    })
  );
  d.summit.events.forEach((event, i) => {
    if (event.place)
      checkPlace(event.place.city, "city", event.place.country, [
        "summit",
        "events",
        i,
        "place",
        "city",
      ]);
  });
  const sectors = new Set(d.sectors.map((s) => s.id));
  d.projects.forEach((p, i) => {
    if (!sectors.has(p.sector))
      add(["projects", i, "sector"], message("dataset.check.unknownSector", { id: p.sector }));
  });
  const projects = new Set(d.projects.map((p) => p.id));
  d.agreements.forEach((a, i) =>
    a.projectIds?.forEach((id, j) => {
      if (!projects.has(id))
        add(["agreements", i, "projectIds", j], message("dataset.check.unknownProject", { id }));
    })
  );
  const agreements = new Set(d.agreements.map((a) => a.id));
  d.targets.forEach((t, i) => {
    if (t.agreementId !== undefined && !agreements.has(t.agreementId))
      add(
        ["targets", i, "agreementId"],
        message("dataset.check.unknownAgreement", { id: t.agreementId })
      );
  });
}

/** No id, name or alias (all matched on) of a project, place or sector folds like another's. */
function checkNamesDoNotCollide(d: Dataset, add: Add): void {
  const owner = new Map<string, string>();
  const claim = (entity: string, name: string, path: Path) => {
    const key = foldName(name);
    if (key === "") return add(path, message("dataset.check.nameEmpty", { name }));
    const other = owner.get(key);
    if (other !== undefined && other !== entity)
      add(path, message("dataset.check.nameCollides", { name, other }));
    else owner.set(key, entity);
  };
  d.places.forEach((p, i) => {
    claim(p.id, p.id, ["places", i, "id"]);
    claim(p.id, p.name, ["places", i, "name"]);
    for (const [lang, name] of Object.entries(p.localizedName ?? {}))
      claim(p.id, name, ["places", i, "localizedName", lang]);
    p.aliases.forEach((a, j) => claim(p.id, a, ["places", i, "aliases", j]));
  });
  d.sectors.forEach((s, i) => {
    for (const [lang, name] of Object.entries(s.name))
      claim(s.id, name, ["sectors", i, "name", lang]);
    s.aliases.forEach((a, j) => claim(s.id, a, ["sectors", i, "aliases", j]));
    claim(s.id, s.id, ["sectors", i, "id"]);
  });
  d.projects.forEach((p, i) => {
    for (const [lang, name] of Object.entries(p.name))
      claim(p.id, name, ["projects", i, "name", lang]);
    p.aliases.forEach((a, j) => claim(p.id, a, ["projects", i, "aliases", j]));
    claim(p.id, p.id, ["projects", i, "id"]);
  });
}

/** An investment has an amount exactly when it is disclosed or estimated. */
function checkProjects(d: Dataset, add: Add): void {
  d.projects.forEach((p, i) => {
    const inv = p.investment;
    const path = ["projects", i, "investment"];
    if (inv.status === "not disclosed") {
      for (const field of ["usd", "original", "qualifier", "scope"] as const)
        if (inv[field] !== undefined)
          add([...path, field], message("dataset.check.notDisclosedAmount"));
    } else if (inv.usd === undefined)
      add([...path, "usd"], message("dataset.check.amountRequired", { status: inv.status }));
  });
}

/** Whether an observation may be a year's headline: full year, exact value, not flagged. */
function headlineEligible(o: TradeObservation): boolean {
  return (
    o.period === "full year" &&
    o.value !== undefined &&
    o.valueQualifier === undefined &&
    o.reliability === "normal"
  );
}

/** Rank under the headline rule: final beats preliminary, then governments beat the press. */
function headlineTier(o: TradeObservation): number {
  return (o.preliminary ? 0 : 2) + (o.reporterSide === "other" ? 0 : 1);
}

function checkTrade(d: Dataset, add: Add): void {
  const asOfYear = Number(d.asOf.slice(0, 4));
  const byYear = new Map<number, { o: TradeObservation; i: number }[]>();
  d.trade.observations.forEach((o, i) => {
    const path: Path = ["trade", "observations", i];
    if (o.year > asOfYear)
      add([...path, "year"], message("dataset.check.afterAsOfYear", { year: String(asOfYear) }));
    checkPeriod(o.period, o.year, [...path, "period"], add);
    if (o.value === undefined && o.growthPct === undefined && o.flows === undefined)
      add([...path, "value"], message("dataset.check.tradeEmpty"));
    if (o.valueQualifier !== undefined && o.value === undefined)
      add([...path, "valueQualifier"], message("dataset.check.absentWithout", { field: "value" }));
    if (o.growthQualifier !== undefined && o.growthPct === undefined)
      add(
        [...path, "growthQualifier"],
        message("dataset.check.absentWithout", { field: "growthPct" })
      );
    checkFlag(o.reliability, o.flag, path, add);
    checkFlowsSum(o, path, add);
    // Progress and required growth divide by the headline: zero trade cannot be one.
    if (o.headline && o.value === 0) add([...path, "value"], message("dataset.check.headlineZero"));
    if (o.headline && !headlineEligible(o))
      add([...path, "headline"], message("dataset.check.headlineEligible"));
    const list = byYear.get(o.year) ?? [];
    list.push({ o, i });
    byYear.set(o.year, list);
  });
  for (const [year, list] of byYear) {
    const headlines = list.filter((x) => x.o.headline);
    headlines
      .slice(1)
      .forEach((x) =>
        add(
          ["trade", "observations", x.i, "headline"],
          message("dataset.check.headlineTwice", { year: String(year), id: headlines[0].o.id })
        )
      );
    const eligible = list.filter((x) => headlineEligible(x.o));
    if (eligible.length > 0 && headlines.length === 0)
      add(
        ["trade", "observations"],
        message("dataset.check.headlineMissing", { year: String(year) })
      );
    const best = Math.max(...eligible.map((x) => headlineTier(x.o)));
    const chosen = headlines[0];
    if (chosen && headlineEligible(chosen.o) && headlineTier(chosen.o) < best) {
      const better = eligible.find((x) => headlineTier(x.o) === best);
      add(
        ["trade", "observations", chosen.i, "headline"],
        message("dataset.check.headlineRule", { id: better?.o.id ?? "", year: String(year) })
      );
    }
  }
}

/** Flows summing far from the total (more than 5%) betray a typo. */
function checkFlowsSum(o: TradeObservation, path: Path, add: Add): void {
  const a = o.flows?.kzToUz?.usd;
  const b = o.flows?.uzToKz?.usd;
  if (o.value === undefined || o.valueQualifier !== undefined || a === undefined || b === undefined)
    return;
  if (Math.abs(a + b - o.value) > 0.05 * o.value)
    add(
      [...path, "flows"],
      message("dataset.check.flowsSum", { sum: String(a + b), value: String(o.value) })
    );
}

function checkFlag(
  reliability: "normal" | "flagged",
  flag: string | undefined,
  path: Path,
  add: Add
): void {
  if (reliability === "flagged" && flag === undefined)
    add([...path, "flag"], message("dataset.check.flagRequired"));
  if (reliability === "normal" && flag !== undefined)
    add([...path, "reliability"], message("dataset.check.flagged"));
}

function checkPeriod(period: Period, year: number, path: Path, add: Add): void {
  if (period === "full year" || period === "not stated") return;
  const y = String(year);
  const inYear = message("dataset.check.periodYear", { year: y });
  const notBeforeFrom = message("dataset.check.notBefore", { field: "from" });
  if (!period.from.startsWith(y)) add([...path, "from"], inYear);
  if ("to" in period) {
    if (!period.to.startsWith(y)) add([...path, "to"], inYear);
    else if (period.to < period.from) add([...path, "to"], notBeforeFrom);
    else if (period.from.endsWith("-01") && period.to.endsWith("-12"))
      add(path, message("dataset.check.fullYear"));
  } else if (!period.asOf.startsWith(y)) add([...path, "asOf"], inYear);
  else if (period.asOf.slice(0, 7) < period.from) add([...path, "asOf"], notBeforeFrom);
}

function checkTargets(d: Dataset, add: Add): void {
  const current = d.targets.map((t, i) => ({ t, i })).filter((x) => x.t.current);
  if (current.length === 0) add(["targets"], message("dataset.check.noCurrentTarget"));
  if (current.length > 1) {
    const ids = current.map((x) => `"${x.t.id}"`).join(", ");
    current.forEach((x) =>
      add(
        ["targets", x.i, "current"],
        message("dataset.check.currentTwice", { count: current.length, ids })
      )
    );
  }
  d.targets.forEach((t, i) => {
    if (t.targetYear === null && t.horizonText === undefined)
      add(["targets", i, "horizonText"], message("dataset.check.horizonRequired"));
    if (t.current && t.targetYear === null)
      add(["targets", i, "targetYear"], message("dataset.check.currentNeedsYear"));
  });
}

function checkGas(d: Dataset, add: Add): void {
  d.gasTransit.observations.forEach((o, i) => {
    const path: Path = ["gasTransit", "observations", i];
    if (o.bcm === undefined && o.growthPct === undefined)
      add([...path, "bcm"], message("dataset.check.gasEmpty"));
    if (o.qualifier !== undefined && o.bcm === undefined)
      add([...path, "qualifier"], message("dataset.check.absentWithout", { field: "bcm" }));
    checkPeriod(o.period, o.year, [...path, "period"], add);
    checkFlag(o.reliability, o.flag, path, add);
  });
}

/**
 * Nothing that happened (a source, an agreement, a statement, an event, a stated figure, a target
 * set, gas actually carried) is dated after the dataset; date ranges run forwards.
 */
function checkDates(d: Dataset, add: Add): void {
  const notAfterAsOf = (date: string | undefined, path: Path) => {
    if (date !== undefined && date > d.asOf)
      add(path, message("dataset.check.afterAsOf", { asOf: d.asOf }));
  };
  d.sources.forEach((s, i) => notAfterAsOf(s.date, ["sources", i, "date"]));
  d.agreements.forEach((a, i) => notAfterAsOf(a.date, ["agreements", i, "date"]));
  d.summit.statements.forEach((s, i) => notAfterAsOf(s.date, ["summit", "statements", i, "date"]));
  d.summit.events.forEach((e, i) => notAfterAsOf(e.date, ["summit", "events", i, "date"]));
  d.targets.forEach((t, i) => notAfterAsOf(t.setOn, ["targets", i, "setOn"]));
  d.otherFigures.forEach((f, i) => notAfterAsOf(f.date, ["otherFigures", i, "date"]));
  d.totals.investment.forEach((f, i) => notAfterAsOf(f.date, ["totals", "investment", i, "date"]));
  const asOfYear = Number(d.asOf.slice(0, 4));
  d.gasTransit.observations.forEach((o, i) => {
    if (o.kind === "actual" && o.year > asOfYear)
      add(
        ["gasTransit", "observations", i, "year"],
        message("dataset.check.actualAfterAsOf", { year: String(asOfYear) })
      );
  });
  if (d.summit.endDate < d.summit.startDate)
    add(["summit", "endDate"], message("dataset.check.notBefore", { field: "startDate" }));
  d.summit.events.forEach((e, i) => {
    if (e.endDate !== undefined && e.endDate < e.date)
      add(
        ["summit", "events", i, "endDate"],
        message("dataset.check.notBefore", { field: "date" })
      );
  });
}

/** A record's `ourTranslations` names each language once, and only languages its title or name has. */
function checkTranslations(d: Dataset, add: Add): void {
  const check = (
    names: Record<string, string | undefined>,
    ours: readonly string[] | undefined,
    path: Path
  ) =>
    ours?.forEach((lang, j) => {
      if (ours.indexOf(lang) !== j) add([...path, j], message("dataset.check.langTwice", { lang }));
      else if (names[lang] === undefined)
        add([...path, j], message("dataset.check.langNoName", { lang }));
    });
  d.agreements.forEach((a, i) =>
    check(a.title, a.ourTranslations, ["agreements", i, "ourTranslations"])
  );
  d.projects.forEach((p, i) =>
    check(p.name, p.ourTranslations, ["projects", i, "ourTranslations"])
  );
}

/** Amounts and counts are whole; only a share or a physical quantity may have decimals. */
function checkFigures(d: Dataset, add: Add): void {
  const figures: [Path, (typeof d.otherFigures)[number]][] = [
    [["totals", "projectCount"], d.totals.projectCount],
    ...d.totals.investment.map((f, i): [Path, typeof f] => [["totals", "investment", i], f]),
    ...d.otherFigures.map((f, i): [Path, typeof f] => [["otherFigures", i], f]),
  ];
  for (const [path, f] of figures)
    if ((f.unit === "USD" || f.unit === "KZT" || f.unit === "count") && !Number.isInteger(f.value))
      add([...path, "value"], message("dataset.check.figureWhole", { unit: f.unit }));
}
