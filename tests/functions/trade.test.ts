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
} from "../../src/functions/compute";
import { publishedDataset } from "../support/dataset";
import { expectExcelError } from "../support/functions";

const index = buildIndex(publishedDataset());
const REPORTERS =
  'A reporter is one of "KZ" (Kazakhstan\'s statistics), "UZ" (Uzbekistan\'s statistics), "joint" (joint statements) or "press" (the press).';

describe("F11: KZUZ.TRADE gives a full-year figure or #N/A saying what exists", () => {
  test.each([
    [2024, "KZ", 4_000_000_000],
    [2024, "Kazakhstan", 4_000_000_000],
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
  test("the default is the headline series, whose Reported by column shows the 2025 switch", () => {
    const rows = tradeHistoryTable(index, 2023, null, false) as unknown[][];
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      [2023, 4_400_000_000, "Kazakhstan (presidential press service, Akorda)"],
      [2024, 4_000_000_000, "Kazakhstan (foreign minister Murat Nurtleu)"],
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
    expect(expectExcelError(tradeHistoryTable(index, 2017, 2024, null, "UZ"))).toEqual({
      code: "#N/A",
      message:
        "No full-year trade figure from Uzbekistan's statistics falls in 2017–2024. Its figures cover 2025.",
    });
  });
});

describe('KZUZ.SOURCE("progress") names the series PROGRESS and REQUIREDGROWTH use', () => {
  test.each(["progress", "Required growth", "headline"])("SOURCE(%p)", (query) => {
    expect(String(sourceText(index, query)).split("\n")).toEqual([
      "PROGRESS and REQUIREDGROWTH use the headline trade series: one exact, reliable full-year figure a year, from Kazakhstan's statistics, then joint statements, then Uzbekistan's statistics (the press only when no government gave one).",
      "Reporter by year: 2017–2019 Kazakhstan's statistics; 2021–2024 Kazakhstan's statistics; 2025 Uzbekistan's statistics. Growth is compared only within one reporter's figures.",
      "Latest, used when no year is given: 2025, $4.97 billion, Uzbekistan (trade ministry) (trade-2025-uz-trade-ministry).",
      expect.stringMatching(
        /^Trend \(Russian service\), .*2026-02-01, https:\/\/ru\.trend\.az\/casia\/uzbekistan\/4148431\.html$/
      ),
    ]);
  });
  test("PROGRESS and REQUIREDGROWTH use that latest figure", () => {
    expect(progressValue(index, null)).toBeCloseTo(0.497, 12);
    expect(requiredGrowthValue(index, null)).toBeCloseTo(Math.pow(10 / 4.97, 1 / 5) - 1, 12);
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
