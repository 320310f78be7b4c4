import type { Dataset } from "../../../src/data/schema";
import { DatasetStore } from "../../../src/data/store";
import { achievedGrowth } from "../../../src/data/query";
import {
  achievedBySide,
  sidesIfTheyDiffer,
  sidesWithoutGrowth,
} from "../../../src/taskpane/progress/growth";
import { publishedDataset } from "../../support/dataset";

const { index } = new DatasetStore(publishedDataset()).get();

test("growth achieved is computed only between figures of the same side, by the data layer", () => {
  // The main series is Kazakhstan's from 2017 to 2023, the press's in 2024, Uzbekistan's in 2025.
  const [uz, kz, ...others] = achievedBySide(index);
  expect(others).toEqual([]);
  // The latest year's side first: Uzbekistan's 2025 figure, with the 11.4% it reported with it.
  expect([uz.reporter, uz.toYear, uz.toUsd, uz.basis]).toEqual(["UZ", 2025, 4.97e9, "reported"]);
  expect(uz.rate).toBeCloseTo(0.114, 10);
  // Kazakhstan's latest exact year against its own year before: 2022 ($5bn) to 2023 ($4.4bn).
  expect([kz.reporter, kz.fromYear, kz.fromUsd, kz.toYear, kz.toUsd]).toEqual([
    "KZ",
    2022,
    5e9,
    2023,
    4.4e9,
  ]);
  expect(kz.rate).toBeCloseTo(4.4 / 5 - 1, 10);
  // Never across a switch: 2024 (the press, $4.3bn) to 2025 (Uzbekistan, $4.97bn) would be 15.6%.
  expect(uz.rate).not.toBeCloseTo(4.97 / 4.3 - 1, 2);
  // The same rates as the data layer gives the KZUZ functions.
  expect(kz).toEqual((achievedGrowth(index, { reporter: "KZ" }) as { value: unknown }).value);
  expect(sidesWithoutGrowth(index)).toEqual([]);
});

test("both countries' own figures for a year, where they differ", () => {
  const y2025 = sidesIfTheyDiffer(index, 2025);
  expect(y2025?.map((s) => [s.side, s.point?.usd])).toEqual([
    ["KZ", undefined],
    ["UZ", 4.97e9],
  ]);
  const y2024 = sidesIfTheyDiffer(index, 2024);
  expect(y2024?.map((s) => [s.side, s.point?.usd, s.point?.observation.period])).toEqual([
    // Kazakhstan's 2024 figure is a bound ("more than $4bn"): never shown as the year's.
    ["KZ", undefined, undefined],
    // Uzbekistan gave part-year figures only for 2024: never shown as the year's.
    ["UZ", undefined, undefined],
  ]);
});

test("a side with one figure and no reported rate gets no growth, and is named as such", () => {
  const d = structuredClone(publishedDataset()) as Dataset;
  for (const o of d.trade.observations) if (o.reporterSide === "UZ") delete o.growthPct;
  // Uzbekistan's 2022 and 2023 figures would give it a base: without them, one figure.
  d.trade.observations = d.trade.observations.filter(
    (o) => !(o.reporterSide === "UZ" && o.period === "full year" && o.year < 2025)
  );
  const { index: without } = new DatasetStore(d).get();
  expect(achievedBySide(without).map((g) => g.reporter)).toEqual(["KZ"]);
  expect(sidesWithoutGrowth(without)).toEqual(["UZ"]);
});
