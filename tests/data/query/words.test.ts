/**
 * The figures' words as catalogue phrases (src/data/query/words.ts, partial.ts): the English
 * catalogue says what formatUsd and the period words have always written.
 */
import { formatUsd } from "../../../src/data/format";
import { amountSaid, periodSaid } from "../../../src/data/query/partial";
import { listSaid, sideSaid, usdSaid } from "../../../src/data/query/words";
import type { TradeObservation } from "../../../src/data/schema";
import { plain } from "../../../src/i18n/message";
import { loadTranslator } from "../../../src/i18n/translator";
import { english } from "../../support/english";

test.each([
  0, 7, 12_500, 999_999, 1_000_000, 84_000_000, 355_414_999, 1e9, 1_548_000_000, 4_970_000_000,
  999_499_000_000, -3.8e9,
])("%d US dollars: formatUsd's words, from the catalogue too", (usd) => {
  expect(english(usdSaid(usd))).toBe(formatUsd(usd));
});

test("from $1,000 billion, far above any trade figure, the catalogue groups the digits", () => {
  expect([formatUsd(1.2e12), english(usdSaid(1.2e12))]).toEqual([
    "$1200 billion",
    "$1,200 billion",
  ]);
});

test("a qualifier comes before the amount, in every language's own place", async () => {
  const said = usdSaid(3_800_000_000, "more than");
  expect(english(said)).toBe("more than $3.8 billion");
  expect((await loadTranslator("kk")).text(said)).toBe("3,8 млрд АҚШ долларынан астам");
  expect((await loadTranslator("uz")).text(usdSaid(1_548_000_000, "nearly"))).toBe(
    "qariyb 1,548 mlrd AQSH dollari"
  );
  const fr = await loadTranslator("fr");
  expect(fr.text(usdSaid(1_548_000_000, "about"))).toBe("environ 1,548 milliard de dollars");
  expect(fr.text(usdSaid(355_410_000))).toBe("355,41 millions de dollars");
});

test.each([
  [{ from: "2024-01", to: "2024-11" }, "January–November 2024", "январь–ноябрь 2024 года"],
  [{ from: "2025-01", to: "2025-01" }, "January 2025", "январь 2025 года"],
  [
    { from: "2024-11", to: "2025-02" },
    "November 2024–February 2025",
    "ноябрь 2024 года – февраль 2025 года",
  ],
  [
    { from: "2025-01", asOf: "2025-11-15" },
    "January to 15 November 2025",
    "период с января по 15 ноября 2025 года",
  ],
  [
    { from: "2024-12", asOf: "2025-03-01" },
    "December 2024 to 1 March 2025",
    "период с декабря 2024 года по 1 марта 2025 года",
  ],
  ["full year" as const, "2025", "2025 год"],
])("the period %j: %s", async (period, words, russian) => {
  const said = periodSaid(period, 2025);
  expect(english(said)).toBe(words);
  expect((await loadTranslator("ru")).text(said)).toBe(russian);
});

test("French starts a stretch to a day with « de » or « d’ », and writes the 1st as « 1er »", async () => {
  const fr = await loadTranslator("fr");
  expect(fr.text(periodSaid({ from: "2025-04", asOf: "2025-08-01" }, 2025))).toBe(
    "d’avril au 1er août 2025"
  );
  expect(fr.text(periodSaid({ from: "2025-01", asOf: "2025-11-14" }, 2025))).toBe(
    "de janvier au 14 novembre 2025"
  );
});

test("a list nests pairs, and says each language's punctuation", async () => {
  const list = listSaid([sideSaid("KZ"), sideSaid("UZ"), sideSaid("other")], ", ");
  expect(english(list)).toBe("Kazakhstan's statistics, Uzbekistan's statistics, the press");
  expect(listSaid([sideSaid("KZ")], "; ")).toEqual(sideSaid("KZ"));
  expect(listSaid([], "; ")).toEqual(plain(""));
  expect(
    (await loadTranslator("fr")).text(listSaid([sideSaid("KZ"), sideSaid("other")], "; "))
  ).toBe("les statistiques du Kazakhstan ; la presse");
});

test.each([
  [-16.5, undefined, "-16.5% on a year earlier"],
  [5, "more than" as const, "more than +5% on a year earlier"],
  [1200, "about" as const, "about +1,200% on a year earlier"],
])(
  "a growth rate of %d%%: the English and the catalogue's agree",
  (growthPct, growthQualifier, words) => {
    const said = amountSaid({ growthPct, growthQualifier } as TradeObservation);
    expect(english(said)).toBe(words);
  }
);
