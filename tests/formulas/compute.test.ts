import { buildIndex } from "../../src/data/query";
import {
  agreementsTable,
  asOfText,
  investmentValue,
  progressValue,
  projectsTable,
  projectValue,
  requiredGrowthValue,
  sourceText,
  targetValue,
  tradeHistoryTable,
  tradeValue,
} from "../../src/formulas/compute";
import { setActiveLang } from "../../src/i18n/active";
import { freshStore, publishedDataset } from "../support/dataset";
import { expectExcelError } from "../support/functions";

const index = buildIndex(publishedDataset());
const headlineYears = index.dataset.trade.observations.filter((o) => o.headline).map((o) => o.year);
const latest = Math.max(...headlineYears);
const latestValue = index.dataset.trade.observations.find(
  (o) => o.headline && o.year === latest
)!.value!;

describe("KZUZ.INVESTMENT", () => {
  test.each([
    "Kashka-Daria",
    "Kashkadarya",
    "Qashqadaryo",
    "Кашкадарья",
    "Қашқадарё",
    "kashkadarya region",
  ])("%s is the LAB complex's $250m estimate", (name) => {
    expect(investmentValue(index, name, null)).toBe(250_000_000);
  });
  test("units divide the dollars", () => {
    expect(investmentValue(index, "Kashka-Daria", "millions")).toBe(250);
    expect(investmentValue(index, "Kashka-Daria", "bn")).toBe(0.25);
    expect(investmentValue(index, "Kashka-Daria", "thousands")).toBe(250_000);
    expect(investmentValue(index, "Kashka-Daria", "USD")).toBe(250_000_000);
  });
  test("a region's sum counts the cross-border centre", () => {
    expect(investmentValue(index, "Turkestan region", null)).toBe(355_410_000);
  });
  test("an unknown unit is #VALUE! and names the units", () => {
    const e = expectExcelError(investmentValue(index, "Kashka-Daria", "furlongs"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/millions/);
  });
  test("an unknown name is #N/A with suggestions", () => {
    const e2 = expectExcelError(investmentValue(index, "Tashkint", null));
    expect(e2.code).toBe("#N/A");
    expect(e2.message).toMatch(/Tashkent/);
  });
  test("a project with no disclosed amount is #N/A not disclosed, never 0", () => {
    const e = expectExcelError(investmentValue(index, "Tenge Bank", null));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/not disclosed/i);
  });
  test("no name, or a boolean, is #VALUE!", () => {
    expect(expectExcelError(investmentValue(index, null, null)).code).toBe("#VALUE!");
    expect(expectExcelError(investmentValue(index, true, null)).code).toBe("#VALUE!");
  });
});

describe("KZUZ.PROJECTS", () => {
  test("spills every project with a header row by default", () => {
    const rows = projectsTable(index, null, null) as unknown[][];
    expect(rows[0]).toEqual([
      "ID",
      "Name",
      "Sector",
      "Region",
      "Country",
      "Investment (USD)",
      "Investment basis",
      "Status",
      "Source",
    ]);
    expect(rows).toHaveLength(index.dataset.projects.length + 1);
    expect(rows.every((r) => r.length === 9)).toBe(true);
  });
  test("FALSE drops the header row; a name filters", () => {
    const rows = projectsTable(index, "Kashka-Daria", false) as unknown[][];
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toBe("lab-complex-kashkadarya");
    expect(rows[0][5]).toBe(250_000_000);
  });
  test("undisclosed amounts say so; empty cells are empty text", () => {
    const rows = projectsTable(index, null, false) as unknown[][];
    const bank = rows.find((r) => r[0] === "tenge-bank-hq-tashkent")!;
    expect(bank[5]).toBe("not disclosed");
    expect(rows.flat().some((c) => c === null || c === undefined)).toBe(false);
  });
  test("errors: unknown name #N/A, bad headers #VALUE!", () => {
    expect(expectExcelError(projectsTable(index, "Atlantis", null)).code).toBe("#N/A");
    expect(expectExcelError(projectsTable(index, null, "maybe")).code).toBe("#VALUE!");
  });
});

describe("KZUZ.PROJECT", () => {
  test("a field's value", () => {
    expect(projectValue(index, "LAB complex", "investment", false)).toBe(250_000_000);
    expect(projectValue(index, "ICIC", "jobs", false)).toBe(1150);
    expect(projectValue(index, "ICIC", "Region", false)).toBe("Turkestan region; Syrdarya region");
  });
  test("without a field: an entity card where supported, the name elsewhere", () => {
    expect(projectValue(index, "LAB complex", null, false)).toBe(
      "Linear alkylbenzene (LAB) petrochemical complex"
    );
    const entity = projectValue(index, "LAB complex", null, true) as Excel.EntityCellValue;
    expect(entity.type).toBe("Entity");
    expect(entity.text).toBe("Linear alkylbenzene (LAB) petrochemical complex");
    // The shared card (src/excel/cards/record-card.ts): dot-friendly names, sources as cards.
    expect(entity.properties!.Investment).toMatchObject({
      type: "FormattedNumber",
      basicValue: 250_000_000,
      numberFormat: "$#,##0",
    });
    const sources = entity.properties!.Sources as Excel.ArrayCellValue;
    expect(
      sources.elements
        .flat()
        .map((s) => (s as Excel.EntityCellValue).text)
        .join(" ")
    ).toMatch(/Sputnik/);
  });
  test("errors: undisclosed investment, unknown field, a place with several projects", () => {
    expect(
      expectExcelError(projectValue(index, "Tenge Bank", "investment", false)).message
    ).toMatch(/Not disclosed/);
    expect(expectExcelError(projectValue(index, "Tenge Bank", "jobs", false)).code).toBe("#N/A");
    expect(expectExcelError(projectValue(index, "LAB complex", "colour", false)).code).toBe(
      "#VALUE!"
    );
    const several = expectExcelError(projectValue(index, "Uzbekistan", null, false));
    expect(several.code).toBe("#N/A");
    expect(several.message).toMatch(/name one of them/);
  });
});

describe("KZUZ.AGREEMENTS", () => {
  test("all, with headers", () => {
    const rows = agreementsTable(index, null, null) as unknown[][];
    expect(rows[0][0]).toBe("ID");
    expect(rows).toHaveLength(index.dataset.agreements.length + 1);
  });
  test("a domain by a synonym", () => {
    const rows = agreementsTable(index, "water", false) as unknown[][];
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => r[2] === "water")).toBe(true);
  });
  test("unknown domain #N/A", () => {
    expect(expectExcelError(agreementsTable(index, "astrology", null)).code).toBe("#N/A");
  });
});

describe("trade functions", () => {
  test("TRADE: headline and by reporter where sources disagree", () => {
    expect(tradeValue(index, 2025, null)).toBe(4_970_000_000);
    expect(tradeValue(index, "2022", null)).toBe(5_000_000_000);
    expect(tradeValue(index, 2021, "trade ministers")).toBe(3_900_000_000);
    expect(tradeValue(index, 2021, "Kazakhstan")).toBe(4_300_000_000);
  });
  test("TRADE errors: no figure for 2020 (#N/A), a word for a year (#VALUE!)", () => {
    expect(expectExcelError(tradeValue(index, 2020, null)).code).toBe("#N/A");
    expect(expectExcelError(tradeValue(index, "last year", null)).code).toBe("#VALUE!");
    expect(expectExcelError(tradeValue(index, null, null)).code).toBe("#VALUE!");
  });
  test("TRADEHISTORY: one row a year, oldest first, with headers", () => {
    const rows = tradeHistoryTable(index, 2021, 2025, null) as unknown[][];
    expect(rows[0]).toEqual(["Year", "Turnover (USD)", "Reported by", "Source"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(expectExcelError(tradeHistoryTable(index, 2025, 2021, null)).code).toBe("#VALUE!");
  });
  test("TARGET, PROGRESS, REQUIREDGROWTH", () => {
    expect(targetValue(index, null)).toBe(10_000_000_000);
    expect(targetValue(index, 2030)).toBe(10_000_000_000);
    expect(expectExcelError(targetValue(index, 2029)).code).toBe("#N/A");
    expect(progressValue(index, null)).toBeCloseTo(latestValue / 10e9, 12);
    const g = requiredGrowthValue(index, null) as number;
    expect(latestValue * Math.pow(1 + g, 2030 - latest)).toBeCloseTo(10e9, 0);
    expect(expectExcelError(requiredGrowthValue(index, 2030)).code).toBe("#VALUE!");
  });
});

describe("KZUZ.SOURCE and KZUZ.ASOF", () => {
  test("SOURCE cites publisher, title, date and address", () => {
    expect(sourceText(index, "lab-complex-kashkadarya")).toMatch(/Sputnik/);
    expect(sourceText(index, "Kashka-Daria")).toMatch(/https:\/\//);
    expect(expectExcelError(sourceText(index, "no-such-thing-anywhere")).code).toBe("#N/A");
  });
  test("ASOF names version, date and origin", () => {
    const snapshot = freshStore().get();
    expect(asOfText(snapshot)).toBe(
      `KZUZ dataset ${snapshot.dataset.version}, as of ${snapshot.dataset.asOf}, from the copy bundled with the add-in`
    );
  });
  test("ASOF in the reader's language, the date in words (issue 21)", async () => {
    const snapshot = {
      ...freshStore().get(),
      dataset: { ...publishedDataset(), asOf: "2026-12-07" },
    };
    try {
      await setActiveLang("ru");
      expect(asOfText(snapshot)).toMatch(
        /^Набор данных KZUZ \S+ по состоянию на 7 декабря 2026\sг\., копия, поставляемая с надстройкой$/
      );
      await setActiveLang("uz");
      expect(asOfText(snapshot)).toBe(
        `KZUZ maʼlumotlar toʻplami ${snapshot.dataset.version}, 7-dekabr, 2026-yil holatiga, qoʻshimcha dastur bilan keladigan nusxa`
      );
      const fetched = {
        ...snapshot,
        origin: {
          kind: "url",
          url: "https://example.org/kzuz.json",
          fetchedAt: "2026-12-07T10:00:00Z",
        },
      } as typeof snapshot;
      await setActiveLang("fr");
      expect(asOfText(fetched)).toBe(
        `Jeu de données KZUZ ${snapshot.dataset.version}, à jour au 7 décembre 2026, https://example.org/kzuz.json, téléchargé le 2026-12-07T10:00:00Z`
      );
    } finally {
      await setActiveLang("en");
    }
  });
});
