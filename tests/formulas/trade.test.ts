/** KZUZ.TRADE, TRADEHISTORY and SOURCE("progress") over the series that do not mix. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildIndex } from "../../src/data/query";
import {
  progressValue,
  requiredGrowthValue,
  sourceText,
  tradeHistoryTable,
  tradeValue,
  type Arg,
} from "../../src/formulas/compute";
import { setActiveLang } from "../../src/i18n/active";
import { publishedDataset } from "../support/dataset";
import { expectExcelError } from "../support/functions";

const index = buildIndex(publishedDataset());
const REPORTERS =
  'A reporter is one of "KZ" (Kazakhstan\'s statistics), "UZ" (Uzbekistan\'s statistics), "joint" (joint statements) or "press" (the press).';

describe("F11: KZUZ.TRADE gives a full-year figure or #N/A saying what exists", () => {
  test.each([
    [2023, "KZ", 4_400_000_000],
    [2019, "Kazakhstan", 4_100_000_000],
    [2023, "UZ", 4_400_000_000],
    [2023, "joint", 4_500_000_000],
    [2025, "UZ", 4_970_000_000],
    [2024, "press", 4_300_000_000],
  ])("TRADE(%p, %p) = %p, a full-year figure", (year, reporter, usd) => {
    expect(tradeValue(index, year, reporter)).toBe(usd);
  });
  test.each([
    [
      2024,
      "Uzbekistan",
      "No full-year figure for 2024 comes from Uzbekistan's statistics. Only January–November 2024 was reported: more than $3.8 billion.",
    ],
    [
      2016,
      "Kazakhstan",
      "No full-year figure for 2016 comes from Kazakhstan's statistics. Only January–September 2016 was reported: $1.548 billion (flagged as doubtful).",
    ],
    [
      2025,
      "KZ",
      "No trade figure for 2025 comes from Kazakhstan's statistics. Full-year figures for 2025: Uzbekistan's statistics $4.97 billion.",
    ],
    [
      2024,
      "KZ",
      "No full-year figure for 2024 comes from Kazakhstan's statistics. The full-year figure is approximate: more than $4 billion.",
    ],
  ])("TRADE(%p, %p) is #N/A: %s", (year, reporter, message) => {
    expect(expectExcelError(tradeValue(index, year, reporter))).toEqual({ code: "#N/A", message });
  });
  test("every number TRADE gives is that year's full-year figure from that reporter", () => {
    const sides = { KZ: "KZ", UZ: "UZ", joint: "joint", press: "other" } as const;
    const observations = index.dataset.trade.observations;
    for (const year of new Set(observations.map((o) => o.year)))
      for (const reporter of [null, "KZ", "UZ", "joint", "press"] as const) {
        const value = tradeValue(index, year, reporter);
        if (typeof value !== "number") {
          expect(expectExcelError(value).code).toBe("#N/A");
          continue;
        }
        const from = observations.filter(
          (o) =>
            o.year === year &&
            o.value === value &&
            o.period === "full year" &&
            (reporter === null ? o.headline : o.reporterSide === sides[reporter])
        );
        expect([year, reporter, from.length > 0]).toEqual([year, reporter, true]);
      }
  });
});

describe("F12: a reporter names one reporter, else #N/A listing them", () => {
  test.each(["a", "an", "z", "xy"])("TRADE(2024, %p)", (reporter) => {
    expect(expectExcelError(tradeValue(index, 2024, reporter))).toEqual({
      code: "#N/A",
      message: `No reporter matches "${reporter}". ${REPORTERS}`,
    });
  });
  test.each(["stan", "STAN", "statistics"])("TRADE(2024, %p) could mean either", (reporter) => {
    expect(expectExcelError(tradeValue(index, 2024, reporter))).toEqual({
      code: "#N/A",
      message: `"${reporter}" could mean Kazakhstan's statistics or Uzbekistan's statistics. ${REPORTERS}`,
    });
  });
  test("TRADEHISTORY checks its reporter the same way", () => {
    expect(expectExcelError(tradeHistoryTable(index, null, null, null, "an")).code).toBe("#N/A");
  });
});

describe("KZUZ.TRADEHISTORY with a reporter", () => {
  test("the default is the headline series, whose Reported by column shows the 2024 and 2025 switches", () => {
    const rows = tradeHistoryTable(index, 2023, null, false) as unknown[][];
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      [2023, 4_400_000_000, "Kazakhstan (presidential press service, Akorda)"],
      [2024, 4_300_000_000, "pinkod.uz (press)"],
      [2025, 4_970_000_000, "Uzbekistan (trade ministry)"],
    ]);
  });
  test("a reporter's own series: joint statements 2021–2023", () => {
    const rows = tradeHistoryTable(index, null, null, true, "joint") as unknown[][];
    expect(rows[0]).toEqual(["Year", "Turnover (USD)", "Reported by", "Source"]);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      [2021, 3_900_000_000],
      [2022, 4_600_000_000],
      [2023, 4_500_000_000],
    ]);
  });
  test("a reporter with no figure in range is #N/A saying which years it covers", () => {
    expect(expectExcelError(tradeHistoryTable(index, 2017, 2021, null, "UZ"))).toEqual({
      code: "#N/A",
      message:
        "No full-year trade figure from Uzbekistan's statistics falls in 2017–2021. Its figures cover 2022, 2023, 2025.",
    });
  });
});

describe('KZUZ.SOURCE("progress") names the series PROGRESS and REQUIREDGROWTH use', () => {
  test.each(["progress", "Required growth", "headline"])("SOURCE(%p)", (query) => {
    expect(String(sourceText(index, query)).split("\n")).toEqual([
      "PROGRESS and REQUIREDGROWTH use the headline trade series: one exact, reliable full-year figure a year, from Kazakhstan's statistics, then joint statements, then Uzbekistan's statistics (the press only when no government gave one).",
      "Reporter by year: 2017–2019 Kazakhstan's statistics; 2021–2023 Kazakhstan's statistics; 2024 the press; 2025 Uzbekistan's statistics. Growth is compared only within one reporter's figures.",
      "Latest, used when no year is given: 2025, $4.97 billion, Uzbekistan's statistics (trade-2025-uz-trade-ministry).",
      "With a reporter (PROGRESS(, \"KZ\")), that reporter's own latest full-year figure: Kazakhstan's statistics 2023, $4.4 billion; joint statements 2023, $4.5 billion; Uzbekistan's statistics 2025, $4.97 billion.",
      expect.stringMatching(
        /^Trend \(Russian service\), .*2026-02-01, https:\/\/ru\.trend\.az\/casia\/uzbekistan\/4148431\.html$/
      ),
    ]);
  });
  test.each([
    [
      "ru",
      "PROGRESS и REQUIREDGROWTH используют основной ряд товарооборота: по одному точному",
      "Отчитывающаяся сторона по годам: 2017–2019 — статистика Казахстана; 2021–2023 — статистика Казахстана; 2024 — пресса; 2025 — статистика Узбекистана.",
    ],
    [
      "kk",
      "PROGRESS және REQUIREDGROWTH тауар айналымының негізгі қатарын пайдаланады",
      "Жылдар бойынша есеп беруші тарап: 2017–2019 — Қазақстан статистикасы; 2021–2023 — Қазақстан статистикасы; 2024 — баспасөз; 2025 — Өзбекстан статистикасы.",
    ],
    [
      "uz",
      "PROGRESS va REQUIREDGROWTH tovar aylanmasining asosiy dinamik qatoridan foydalanadi",
      "Yillar boʻyicha hisobot beruvchi tomon: 2017–2019 — Qozogʻiston statistikasi; 2021–2023 — Qozogʻiston statistikasi; 2024 — matbuot; 2025 — Oʻzbekiston statistikasi.",
    ],
    [
      "fr",
      "PROGRESS et REQUIREDGROWTH utilisent la série de référence des échanges commerciaux",
      "Déclarant année par année\u00a0: 2017–2019, les statistiques du Kazakhstan\u202f; 2021–2023, les statistiques du Kazakhstan\u202f; 2024, la presse\u202f; 2025, les statistiques de l’Ouzbékistan.",
    ],
  ] as const)("in %s: every line in the reader's language (issue 21)", async (lang, rule, runs) => {
    await setActiveLang(lang);
    try {
      const lines = String(sourceText(index, "progress")).split("\n");
      expect(lines[0].startsWith(rule)).toBe(true);
      expect(lines[1].startsWith(runs)).toBe(true);
      // Nothing English but the function names, the record id and the source's own citation.
      const said = lines
        .slice(0, 4)
        .join(" ")
        .replace(/PROGRESS|REQUIREDGROWTH|\([^)]*\)/g, "");
      expect(said).not.toMatch(/\b(the|and|from|statistics|press|Reporter|Latest|billion|with)\b/i);
      expect(lines[2]).toContain("(trade-2025-uz-trade-ministry)");
    } finally {
      await setActiveLang("en");
    }
  });
  test("PROGRESS and REQUIREDGROWTH use that latest figure", () => {
    expect(progressValue(index, null)).toBeCloseTo(0.497, 12);
    expect(requiredGrowthValue(index, null)).toBeCloseTo(Math.pow(10 / 4.97, 1 / 5) - 1, 12);
  });
});

describe("KZUZ.PROGRESS and KZUZ.REQUIREDGROWTH with a reporter (issue 20)", () => {
  test("old formulas keep their answer: no reporter is the headline series", () => {
    expect(progressValue(index, 2025)).toBe(progressValue(index, 2025, null));
    expect(progressValue(index, 2024)).toBeCloseTo(0.43, 12); // the press's $4.3bn heads 2024
    expect(requiredGrowthValue(index, 2023)).toBe(requiredGrowthValue(index, 2023, null));
  });

  test.each([
    ["KZ", 2023, 4.4],
    ["Kazakhstan", 2023, 4.4],
    ["UZ", 2025, 4.97],
    ["joint", 2023, 4.5],
    ["press", 2024, 4.3],
  ])(
    "with %p and no year: that reporter's latest full-year figure (%p, $%pbn)",
    (who, year, bn) => {
      expect(progressValue(index, null, who)).toBeCloseTo(bn / 10, 12);
      expect(requiredGrowthValue(index, null, who)).toBeCloseTo(
        Math.pow(10 / bn, 1 / (2030 - year)) - 1,
        12
      );
    }
  );

  test("with a year: that reporter's own figure for the year, never another's", () => {
    expect(progressValue(index, 2023, "UZ")).toBeCloseTo(0.44, 12);
    expect(progressValue(index, 2022, "UZ")).toBeCloseTo(0.46, 12);
    expect(progressValue(index, 2022, "KZ")).toBeCloseTo(0.5, 12);
    expect(requiredGrowthValue(index, 2022, "UZ")).toBeCloseTo(Math.pow(10 / 4.6, 1 / 8) - 1, 12);
  });

  test("a year the reporter has no exact full-year figure for is #N/A saying what it reported", () => {
    expect(expectExcelError(progressValue(index, 2024, "KZ"))).toEqual({
      code: "#N/A",
      message:
        "No full-year figure for 2024 comes from Kazakhstan's statistics. The full-year figure is approximate: more than $4 billion.",
    });
    expect(expectExcelError(requiredGrowthValue(index, 2025, "KZ")).code).toBe("#N/A");
  });

  test("an unknown or ambiguous reporter is #N/A naming the choices, as TRADE says", () => {
    expect(expectExcelError(progressValue(index, null, "xy"))).toEqual({
      code: "#N/A",
      message: `No reporter matches "xy". ${REPORTERS}`,
    });
    expect(expectExcelError(requiredGrowthValue(index, null, "stan")).message).toMatch(
      /could mean Kazakhstan's statistics or Uzbekistan's statistics/
    );
  });

  test("the range of growth needed across the governments' own series spans about 12% to 15% a year", () => {
    const rates = ["KZ", "joint", "UZ"].map((r) => requiredGrowthValue(index, null, r) as number);
    expect(Math.min(...rates)).toBeCloseTo(Math.pow(10 / 4.5, 1 / 7) - 1, 12);
    expect(Math.max(...rates)).toBeCloseTo(Math.pow(10 / 4.97, 1 / 5) - 1, 12);
  });
});

describe("help.html's examples for TRADE, TRADEHISTORY and SOURCE return what they say", () => {
  const html = readFileSync(join(__dirname, "../../src/taskpane/help.html"), "utf8");
  const decode = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&");
  const examples = ["trade", "tradehistory", "source"].flatMap((id) => {
    const section = new RegExp(`<section id="${id}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
    return [
      ...section.matchAll(
        /<code>=KZUZ\.(\w+)\(([^)]*)\)<\/code> → (?:years )?<samp[^>]*>([^<]*)<\/samp>/g
      ),
    ].map((m) => [id, m[1], decode(m[2]), decode(m[3])] as const);
  });
  const arg = (text: string): Arg => {
    const t = text.trim();
    if (t === "") return null;
    if (/^(TRUE|FALSE)$/.test(t)) return t === "TRUE";
    if (t.startsWith('"')) return t.slice(1, -1);
    return Number(t);
  };
  const CALL: Record<string, (args: Arg[]) => unknown> = {
    TRADE: ([y, r]) => tradeValue(index, y, r),
    TRADEHISTORY: ([f, t, h, r]) => tradeHistoryTable(index, f, t, h, r),
    SOURCE: ([q]) => sourceText(index, q),
  };

  test("each section has examples", () => {
    expect(examples.filter((e) => e[0] === "trade").length).toBeGreaterThanOrEqual(4);
    expect(examples.filter((e) => e[0] === "tradehistory").length).toBeGreaterThanOrEqual(2);
    expect(examples.filter((e) => e[0] === "source").length).toBeGreaterThanOrEqual(2);
  });
  test.each(examples)("%s: =KZUZ.%s(%s) → %s", (_id, fn, args, expected) => {
    const result = CALL[fn](args.split(",").map(arg));
    if (expected.startsWith("#N/A ")) {
      const error = expectExcelError(result);
      expect(error.code).toBe("#N/A");
      expect(error.message.startsWith(expected.slice(5))).toBe(true);
    } else if (fn === "TRADEHISTORY")
      expect((result as unknown[][]).map((r) => r[0]).join(", ")).toBe(expected);
    else if (/^\d+$/.test(expected)) expect(result).toBe(Number(expected));
    else expect(String(result).startsWith(expected)).toBe(true);
  });
});
