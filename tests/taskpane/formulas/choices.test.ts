import { REPORTER_LABELS, resolve, resolveReporter } from "../../../src/data/query";
import { excelError } from "../../../src/formulas/errors";
import { plain } from "../../../src/i18n/message";
import { loadTranslator, type Translator } from "../../../src/i18n/translator";
import {
  checkName,
  choicesFor,
  filterChoices,
  literalFor,
  paramLabel,
} from "../../../src/taskpane/formulas/choices";
import { describeValue } from "../../../src/taskpane/formulas/valueText";
import { publishedIndex } from "../../support/dataset";

const index = publishedIndex();

test("years are offered newest first, from the dataset's own trade figures and targets", () => {
  const trade = choicesFor("trade-year", index).map((c) => Number(c.value));
  const observed = new Set(index.dataset.trade.observations.map((o) => o.year));
  expect(new Set(trade)).toEqual(observed);
  expect(trade).toEqual([...trade].sort((a, b) => b - a));
  expect(choicesFor("target-year", index).map((c) => c.value)).toContain("2030");
});

test("names are the dataset's projects, places and sectors, filtered as names are folded", () => {
  const names = choicesFor("name", index);
  expect(names).toHaveLength(
    index.dataset.projects.length + index.dataset.places.length + index.dataset.sectors.length
  );
  expect(filterChoices(names, "kashkadarya").map((c) => c.value)).toEqual(["Kashkadarya region"]);
  expect(filterChoices(names, "")).toHaveLength(names.length);
});

test("typed text becomes the literal the function expects; empty text leaves the argument out", () => {
  expect(literalFor("trade-year", " 2024 ")).toBe(2024);
  expect(literalFor("trade-year", "last year")).toBe("last year");
  expect(literalFor("headers", "FALSE")).toBe(false);
  expect(literalFor("name", "  Tashkent region ")).toBe("Tashkent region");
  expect(literalFor("unit", "   ")).toBeUndefined();
  expect(paramLabel("from_year")).toBe("From year");
  expect(paramLabel("fromYear")).toBe("From year");
});

test("names are checked with the data layer's matching; a name covering several projects offers them", () => {
  expect(checkName("name", index, "Qashqadaryo")).toEqual({
    kind: "found",
    message: "Matches Kashkadarya region (region, 1 project).",
  });
  expect(checkName("record", index, "lab-complex-kashkadarya")).toMatchObject({ kind: "found" });
  const hotel = checkName("project", index, "hotels");
  expect(hotel).toMatchObject({
    kind: "problem",
    message: '"hotels" covers 2 projects: choose one of them.',
  });
  expect(hotel?.kind === "problem" && hotel.suggestions).toEqual(
    expect.arrayContaining(['Hotel complex "Astana"', 'Hotel complex "Tashkent"'])
  );
  expect(checkName("unit", index, "millions")).toBeUndefined();
});

test("reporters are the ones the functions accept; a typed one is checked as the functions read it", () => {
  const reporters = choicesFor("reporter", index);
  expect(reporters.map((c) => c.value)).toEqual(["KZ", "joint", "UZ", "press"]);
  for (const c of reporters) {
    const read = resolveReporter(index, c.value);
    expect(read.ok && c.label).toBe(`${read.ok ? REPORTER_LABELS[read.value] : ""} (${c.value})`);
  }
  expect(checkName("reporter", index, "Uzbekistan")).toEqual({
    kind: "found",
    message: "Matches Uzbekistan's statistics.",
  });
  const either = checkName("reporter", index, "stan");
  expect(either).toMatchObject({ kind: "problem" });
  expect(either?.kind === "problem" && either.suggestions).toEqual([
    "Kazakhstan's statistics",
    "Uzbekistan's statistics",
  ]);
  // Each suggestion is itself a reporter the functions accept.
  if (either?.kind === "problem")
    for (const s of either.suggestions) expect(resolveReporter(index, s).ok).toBe(true);
});

const NBSP = "\u00a0";

describe("describeValue", () => {
  test("amounts with their unit, fractions as percentages, errors with their message", () => {
    expect(describeValue(84_000_000, "usd")).toEqual({
      kind: "value",
      text: "$84 million",
      note: "The cell holds 84000000 (US dollars).",
    });
    expect(describeValue(84, "usd", { unit: "millions" })).toEqual({
      kind: "value",
      text: "84 million US dollars",
    });
    expect(describeValue(0.084, "usd", { unit: "bn" })).toEqual({
      kind: "value",
      text: '0.084 US dollars, in the unit "bn"',
    });
    expect(describeValue(0.497, "fraction")).toMatchObject({ text: "49.7%" });
    expect(describeValue(excelError("#N/A", plain("Not disclosed.")), "usd")).toEqual({
      kind: "error",
      code: "#N/A",
      message: "Not disclosed.",
    });
  });
});

describe("in the reader's language", () => {
  let ru: Translator;
  let fr: Translator;
  beforeAll(async () => {
    [ru, fr] = await Promise.all([loadTranslator("ru"), loadTranslator("fr")]);
  });

  test("names are labelled with the dataset's Russian where it has one; the value stays the English name the functions match", () => {
    const names = choicesFor("name", index, ru);
    const quarter = names.find((c) => c.label === "Жилой квартал «Астана» (проект)");
    expect(quarter?.value).toBe('Residential quarter "Astana"');
    expect(resolve(index, quarter!.value).ok).toBe(true);
    expect(names.find((c) => c.label === "нефтехимия (отрасль)")?.value).toBe("petrochemicals");
    // Places too: labelled in Russian, inserted as the English name the functions match.
    const kashkadarya = names.find((c) => c.value === "Kashkadarya region");
    expect(kashkadarya?.label).toMatch(/^Кашкадарьинская область \(/);
    // Every agreement has a Russian title since 2027.1.0 (here BAQ.kz's), with the kind in Russian.
    const titled = choicesFor("record", index, ru).find(
      (c) => c.value === "working-group-geology-rare-metals"
    );
    expect(titled?.label).toBe(
      "Рабочая группа по геологии и добыче редких и редкоземельных металлов (соглашение)"
    );
    // Found by what the reader sees and by the English name alike.
    expect(filterChoices(names, "Жилой квартал").map((c) => c.value)).toEqual([
      'Residential quarter "Astana"',
    ]);
    expect(filterChoices(names, "Residential quarter").map((c) => c.value)).toEqual([
      'Residential quarter "Astana"',
    ]);
    const joint = choicesFor("record", index, ru).find((c) => c.value === "joint-statement-2025");
    expect(joint?.label).toBe("Совместное заявление (соглашение)");
    const target = choicesFor("record", index, ru).find((c) => c.value === "target-10bn-2030");
    expect(target?.label).toBe("Целевой показатель от 15 марта 2025 г. на 2030 год");
  });

  test("fixed lists and parameter names are translated; what they insert is not", () => {
    expect(choicesFor("domain", index, ru).find((c) => c.value === "water")?.label).toBe(
      "водные ресурсы"
    );
    expect(choicesFor("domain", index).map((c) => [c.value, c.label])).toEqual(
      choicesFor("domain", index).map((c) => [c.value, c.value])
    );
    expect(choicesFor("headers", index, ru).map((c) => c.value)).toEqual(["TRUE", "FALSE"]);
    expect(choicesFor("reporter", index, ru).map((c) => c.label)).toEqual([
      "статистика Казахстана (KZ)",
      "совместные заявления (joint)",
      "статистика Узбекистана (UZ)",
      "пресса (press)",
    ]);
    expect(paramLabel("from_year", ru)).toBe("Начальный год");
    expect(paramLabel("reporter", fr)).toBe("Déclarant");
    // English labels are the names spelt out, as before; an unknown name is spelt out in any language.
    for (const name of ["query", "unit", "headers", "field", "domain", "year", "to_year"])
      expect(paramLabel(name)).toBe(name.charAt(0).toUpperCase() + name.slice(1).replace("_", " "));
    expect(paramLabel("fromYear", ru)).toBe("From year");
  });

  test("checks say what was found in Russian, naming the dataset's Russian name", () => {
    expect(checkName("name", index, "Qashqadaryo", ru)).toEqual({
      kind: "found",
      message: "Найдено: Kashkadarya region (регион, 1 проект).",
    });
    expect(checkName("name", index, "real estate", ru)).toMatchObject({
      kind: "found",
      message: expect.stringMatching(/^Найдено: недвижимость \(отрасль, \d+ проект/),
    });
    expect(checkName("project", index, "hotels", ru)).toMatchObject({
      kind: "problem",
      message: "«hotels» охватывает 2 проекта: выберите один.",
    });
    expect(checkName("reporter", index, "UZ", ru)).toEqual({
      kind: "found",
      message: "Найдено: статистика Узбекистана.",
    });
  });

  test("answers with the language's numbers, units and plurals", () => {
    expect(describeValue(84_000_000, "usd", {}, ru)).toEqual({
      kind: "value",
      text: `84${NBSP}млн${NBSP}долл.${NBSP}США`,
      note: "В ячейке значение 84000000 (доллары США).",
    });
    expect(describeValue(4_970_000_000, "usd", {}, ru)).toMatchObject({
      text: `4,97${NBSP}млрд${NBSP}долл.${NBSP}США`,
    });
    expect(describeValue(12_500, "usd", {}, ru)).toMatchObject({
      text: expect.stringMatching(/^12\s500\s\$$/u),
    });
    expect(describeValue(0.497, "fraction", {}, ru)).toEqual({
      kind: "value",
      text: expect.stringMatching(/^49,7\s%$/u),
      note: "В ячейке значение 0,497: примените к ней процентный формат.",
    });
    expect(describeValue(84.5, "usd", { unit: "millions" }, ru)).toMatchObject({
      text: "84,5 млн долл. США",
    });
    expect(
      describeValue(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        "table",
        {},
        ru
      )
    ).toMatchObject({
      text: "Таблица: 3 строки × 2 столбца, первая строка — заголовки.",
    });
    // French: the press's short units.
    expect(describeValue(1_500_000_000, "usd", {}, fr)).toMatchObject({
      text: `1,5${NBSP}milliard de dollars`,
    });
    expect(describeValue(4_970_000_000, "usd", {}, fr)).toMatchObject({
      text: `4,97${NBSP}milliards de dollars`,
    });
  });
});
