/** Numbers, money, percentages and dates per language, through Intl (Node ships full ICU). */
import {
  forgetLocaleData,
  formatDate,
  formatMoney,
  formatMonthRange,
  formatNumber,
  formatPercent,
  hasLocaleData,
} from "../../src/i18n/format";
import { loadTranslator } from "../../src/i18n/translator";
import { officeTag } from "../../src/i18n/locales";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

test("numbers: English commas and points, Russian/Kazakh/Uzbek spaces and commas, French narrow spaces", () => {
  expect(formatNumber(1234.5, "en")).toBe("1,234.5");
  expect(formatNumber(1234.5, "ru")).toBe(`1${NBSP}234,5`);
  expect(formatNumber(1234.5, "kk")).toBe(`1${NBSP}234,5`);
  expect(formatNumber(1234.5, "uz")).toBe(`1${NBSP}234,5`);
  expect(formatNumber(1234.5, "fr")).toBe(`1${NNBSP}234,5`);
});

test("money is US dollars, whole sums without cents, and compact sums to one decimal", () => {
  expect(formatMoney(250_000_000, "en")).toBe("$250,000,000");
  expect(formatMoney(1234.5, "en")).toBe("$1,234.50");
  expect(formatMoney(10e9, "en", { compact: true })).toBe("$10B");
  expect(formatMoney(4.97e9, "ru", { compact: true })).toBe(`5${NBSP}млрд${NBSP}$`);
  expect(formatMoney(10e9, "ru", { compact: true })).toBe(`10${NBSP}млрд${NBSP}$`);
  expect(formatMoney(10e9, "fr", { compact: true })).toMatch(/^10\sMd\s\$\s?US$/u);
});

test("percentages", () => {
  expect(formatPercent(0.497, "en")).toBe("49.7%");
  expect(formatPercent(0.497, "ru")).toBe(`49,7${NBSP}%`);
  expect(formatPercent(0.15, "kk", 0)).toBe("15%");
});

test("dates are days: the month in words, never shifted by a time zone", () => {
  expect(formatDate("2025-11-20", "en")).toBe("November 20, 2025");
  expect(formatDate("2025-11-20", "ru")).toBe("20 ноября 2025 г.");
  expect(formatDate("2025-11-20", "fr")).toBe("20 novembre 2025");
  expect(formatDate("2025-11-20T23:30:00+05:00", "uz")).toBe("20-noyabr, 2025-yil");
  expect(formatDate("2025-11-20", "kk")).toMatch(/20 қараша/);
  expect(() => formatDate("not a date", "en")).toThrow("not a date: not a date");
});

test("whole numbers under 1,000 are written without Intl exactly as Intl writes them, in every language", () => {
  const spy = jest.spyOn(Intl, "NumberFormat");
  const written = (["en", "ru", "kk", "uz", "fr"] as const).map((lang) => {
    const ours: string[] = [];
    for (let n = -999; n <= 999; n++) ours.push(formatNumber(n, lang));
    return [lang, ours] as const;
  });
  expect(spy).not.toHaveBeenCalled();
  spy.mockRestore();
  for (const [lang, ours] of written) {
    const intl = new Intl.NumberFormat(officeTag(lang));
    expect(ours).toEqual(Array.from({ length: 1999 }, (_, i) => intl.format(i - 999)));
  }
  // -0, fractions and 1,000 and over still go through Intl.
  expect(formatNumber(-0, "en")).toBe("-0");
  expect(formatNumber(1000, "ru")).toBe(`1${NBSP}000`);
});

describe("dates and numbers as each language writes them, with or without the browser's data", () => {
  test("Kazakh in its official style, Uzbek «15-noyabr, 2025-yil», French «1er», Russian without a second full stop", async () => {
    expect(formatDate("2025-11-15", "kk")).toBe("2025 жылғы 15 қараша");
    expect(formatDate("2025-11-15", "uz")).toBe("15-noyabr, 2025-yil");
    expect(formatDate("2025-11-01", "fr")).toBe("1er novembre 2025");
    expect(formatDate("2025-11-21", "fr")).toBe("21 novembre 2025");
    const ru = await loadTranslator("ru");
    const said = { message: "x", id: "errors.data.store.superseded" } as const;
    expect(ru.text(said)).not.toMatch(/\.\./);
    expect(ru.t("data.result.upToDate", { version: "2027.1.0", asOf: ru.date("2026-11-27") })).toBe(
      "Данные уже актуальны: версия 2027.1.0, на 27 ноября 2026 г."
    );
  });

  test("a browser whose Intl lacks Kazakh and Uzbek (Debian's Chromium) still writes them their way", () => {
    const supported = jest
      .spyOn(Intl.NumberFormat, "supportedLocalesOf")
      .mockImplementation((tags) =>
        [tags ?? []]
          .flat()
          .map(String)
          .filter((t) => !/^(kk|uz)/.test(t))
      );
    forgetLocaleData();
    try {
      expect(hasLocaleData("kk")).toBe(false);
      expect(hasLocaleData("ru")).toBe(true);
      expect(formatNumber(4.97, "uz", { maximumFractionDigits: 2 })).toBe("4,97");
      expect(formatNumber(12500, "kk")).toBe("12\u00a0500");
      expect(formatMoney(0, "uz")).toBe("0\u00a0$");
      expect(formatMoney(12500, "kk")).toBe("12\u00a0500\u00a0$");
      expect(formatDate("2026-11-27", "kk")).toBe("2026 жылғы 27 қараша");
      expect(formatDate("2026-11-27", "uz")).toBe("27-noyabr, 2026-yil");
    } finally {
      supported.mockRestore();
      forgetLocaleData();
    }
    expect(hasLocaleData("kk")).toBe(true);
  });
});

describe("a figure's months in words (the progress card and the preview's Period, issue 21)", () => {
  test("the year said once where the language puts it; Russian «с января по …» takes the genitive", () => {
    const range = (lang: Parameters<typeof formatMonthRange>[2]) =>
      formatMonthRange("2025-01", "2025-09", lang);
    expect(range("en")).toEqual({ from: "January", to: "September 2025" });
    expect(range("ru")).toEqual({ from: "января", to: `сентябрь 2025${NBSP}г.` });
    expect(range("kk")).toEqual({ from: "2025 жылғы қаңтар", to: "қыркүйек" });
    expect(range("uz")).toEqual({ from: "2025-yil yanvar", to: "sentabr" });
    expect(range("fr")).toEqual({ from: "janvier", to: "septembre 2025" });
  });
  test("across two years each end has its year; an end on a day is the day in words", () => {
    expect(formatMonthRange("2024-11", "2025-03", "en")).toEqual({
      from: "November 2024",
      to: "March 2025",
    });
    expect(formatMonthRange("2024-11", "2025-03", "ru")).toEqual({
      from: `ноября 2024${NBSP}г.`,
      to: `март 2025${NBSP}г.`,
    });
    expect(formatMonthRange("2025-01", "2025-11-15", "uz")).toEqual({
      from: "2025-yil yanvar",
      to: "15-noyabr",
    });
    expect(formatMonthRange("2025-01", "2025-11-15", "kk")).toEqual({
      from: "2025 жылғы қаңтар",
      to: "15 қараша",
    });
  });
  test("the catalogues' sentences read whole in every language", async () => {
    const said = await Promise.all(
      (["en", "ru", "kk", "uz", "fr"] as const).map(async (lang) => {
        const t = await loadTranslator(lang);
        return t.t("progress.period.range", t.months("2025-01", "2025-09"));
      })
    );
    expect(said).toEqual([
      "January to September 2025",
      `с января по сентябрь 2025${NBSP}г.`,
      "2025 жылғы қаңтар – қыркүйек",
      "2025-yil yanvar – sentabr",
      "janvier – septembre 2025",
    ]);
  });
  test("text that is not a month comes back as it is", () => {
    expect(formatMonthRange("early 2025", "2025-09", "fr")).toEqual({
      from: "early 2025",
      to: "2025-09",
    });
  });
});
