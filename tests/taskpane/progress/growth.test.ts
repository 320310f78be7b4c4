import { DatasetStore } from "../../../src/data/store";
import {
  achievedGrowth,
  sidesIfTheyDiffer,
  sidesWithOneFigure,
} from "../../../src/taskpane/progress/growth";
import { publishedDataset } from "../../support/dataset";

const { index } = new DatasetStore(publishedDataset()).get();

test("growth achieved is computed only between figures of the same side", () => {
  // The main series is Kazakhstan's from 2017 to 2024 and Uzbekistan's in 2025 only.
  const [kz, ...others] = achievedGrowth(index);
  expect(others).toEqual([]);
  expect(kz.side).toBe("KZ");
  expect([kz.from.year, kz.from.usd, kz.to.year, kz.to.usd]).toEqual([2017, 2e9, 2024, 4e9]);
  expect(kz.cagr).toBeCloseTo(Math.pow(2, 1 / 7) - 1, 10); // 10.4% a year
  // Never across the switch: 2024 (Kazakhstan) to 2025 (Uzbekistan) is not a growth rate.
  expect(sidesWithOneFigure(index)).toEqual(["UZ"]);
});

test("both countries' own figures for a year, where they differ", () => {
  const y2025 = sidesIfTheyDiffer(index, 2025);
  expect(y2025?.map((s) => [s.side, s.point?.usd])).toEqual([
    ["KZ", undefined],
    ["UZ", 4.97e9],
  ]);
  const y2024 = sidesIfTheyDiffer(index, 2024);
  expect(y2024?.map((s) => [s.side, s.point?.usd, s.point?.observation.period])).toEqual([
    ["KZ", 4e9, "full year"],
    // Uzbekistan gave part-year figures only for 2024: never shown as the year's.
    ["UZ", undefined, undefined],
  ]);
});
