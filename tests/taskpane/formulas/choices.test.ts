import { REPORTER_LABELS, resolveReporter } from "../../../src/data/query";
import { excelError } from "../../../src/functions/errors";
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
    expect.arrayContaining(['Hotel "Astana"', 'Hotel "Tashkent"'])
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
    expect(describeValue(excelError("#N/A", "Not disclosed."), "usd")).toEqual({
      kind: "error",
      code: "#N/A",
      message: "Not disclosed.",
    });
  });
});
