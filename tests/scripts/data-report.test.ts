/** npm run data:report: the report's content on the published dataset, and on edits of it. */
import { dataReport, formatDataReport } from "../../scripts/lib/data-report";
import type { Dataset } from "../../src/data/schema";
import { publishedDataset } from "../support/dataset";

const dataset = publishedDataset();
const report = dataReport(dataset);

test("records per kind", () => {
  const counts = Object.fromEntries(report.records.map((r) => [r.kind, r.count]));
  expect(counts).toMatchObject({
    sources: dataset.sources.length,
    projects: 7,
    "trade observations": dataset.trade.observations.length,
    "package totals": 3,
  });
  expect(report.records.every((r) => r.count > 0)).toBe(true);
});

test("sources: addresses and bracketed titles add up, and known ones are where they belong", () => {
  const { sources } = report;
  expect(sources.withUrl + sources.httpOnly + sources.withoutAddress.length).toBe(sources.total);
  expect(sources.withoutAddress).toContain("fr-article");
  expect(sources.bracketedTitles).toContain("trend-ru-2026-02-01");
  for (const id of sources.bracketedTitles)
    expect(dataset.sources.find((s) => s.id === id)?.title.startsWith("[")).toBe(true);
  const edited = structuredClone(dataset) as Dataset;
  const bare = edited.sources.find((s) => s.id === "fr-article")!;
  bare.url = "https://example.org/article";
  bare.title = "[Untitled]";
  const after = dataReport(edited).sources;
  expect(after.withUrl).toBe(sources.withUrl + 1);
  expect(after.withoutAddress).not.toContain("fr-article");
  expect(after.bracketedTitles).toContain("fr-article");
});

test("trade years per reporter: full year apart from partial only", () => {
  const byside = Object.fromEntries(report.years.map((y) => [y.side, y]));
  expect(byside.KZ).toEqual({
    side: "KZ",
    fullYear: [2017, 2018, 2019, 2021, 2022, 2023],
    // 2024: only a bound ("more than $4bn") and parts of the year.
    partialOnly: [2016, 2020, 2024],
  });
  expect(byside.UZ).toEqual({
    side: "UZ",
    fullYear: [2022, 2023, 2025],
    partialOnly: [2021, 2024],
  });
  expect(byside.joint.fullYear).toEqual([2021, 2022, 2023]);
});

test("figures to take with care: flagged, partial, approximate, estimated", () => {
  const caveats = new Map(report.caveats.map((c) => [c.id, c.what]));
  expect(caveats.get("trade-2024-4m-kz-government")).toBe(
    "trade 2024: partial: 2024-01 to 2024-04"
  );
  expect(caveats.get("trade-2015-astanatimes")).toMatch(/^trade 2015: flagged: /);
  expect(caveats.get("trade-2022-zhumangarin")).toBe("trade 2022: value more than");
  expect(caveats.get("lab-complex-kashkadarya")).toBe("investment: estimated");
  expect(caveats.has("trade-2022-kz-pm")).toBe(false);
  expect(caveats.has("tenge-bank-hq-tashkent")).toBe(false);
});

test("the text shows every section", () => {
  const text = formatDataReport(report);
  expect(text.startsWith(`KZUZ dataset ${dataset.version}, as of ${dataset.asOf}\n`)).toBe(true);
  expect(text).toContain(
    `  with an https address: ${report.sources.withUrl} of ${report.sources.total} (`
  );
  expect(text).toContain(
    "  Kazakhstan's statistics (KZ)\n    full year: 2017, 2018, 2019, 2021, 2022, 2023\n    partial only: 2016, 2020, 2024\n"
  );
  expect(text).toContain(
    `Figures flagged, estimated, approximate or partial (${report.caveats.length})`
  );
  expect(text).toContain("  lab-complex-kashkadarya: investment: estimated\n");
  expect(text).toMatch(/\n {2}kk: agreements 35 of 35 \(100\.0%; ours \d+\), projects 7 of 7 /);
  expect(text).toContain(
    "Unverified records (marked in the data and in Explain): 3 (memorandum-healthcare-medical-insurance, memorandum-energy, memorandum-tourism)"
  );
});

test("titles in every language, the dataset's own translations counted apart, and the unverified records (issue 20)", () => {
  for (const l of report.localized) {
    expect([l.lang, l.agreements.titled, l.projects.titled]).toEqual([
      l.lang,
      l.agreements.total,
      l.projects.total,
    ]);
    expect(l.agreements.ours).toBeLessThanOrEqual(l.agreements.titled);
  }
  // Russian titles come from sources for the summit's list (Podrobno.uz, BAQ.kz), so fewer are ours.
  const ru = report.localized.find((l) => l.lang === "ru")!;
  const uz = report.localized.find((l) => l.lang === "uz")!;
  expect(ru.agreements.ours).toBeLessThan(uz.agreements.ours);
  expect(report.unverified).toEqual(
    dataset.agreements.filter((a) => a.unverified !== undefined).map((a) => a.id)
  );
  expect(report.unverified).toHaveLength(3);
});
