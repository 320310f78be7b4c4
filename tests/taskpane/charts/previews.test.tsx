/** @jest-environment jsdom */
/**
 * The Charts tab's previews: inline SVG drawn from the series the chart will show
 * (src/excel/charts/series), a text alternative in the pane's language, and the chart's own
 * series names as the legend.
 */
import { render, screen, within } from "@testing-library/react";
import { buildIndex } from "../../../src/data/query";
import { investmentBars, tradeSeries } from "../../../src/excel/charts/series";
import { setActiveLang } from "../../../src/i18n/active";
import Preview from "../../../src/taskpane/charts/Previews";
import { publishedDataset } from "../../support/dataset";

const index = buildIndex(publishedDataset());
const found = tradeSeries(index);
if (!found.ok) throw new Error(found.problem);
const series = found.series;

afterEach(async () => {
  await setActiveLang("en");
});

test("the trade preview: a column per year with a headline figure, none for a gap, the dashed path to the target", () => {
  render(<Preview kind="trade" index={index} />);
  const figure = screen.getByTestId("chart-preview-trade");
  const img = within(figure).getByRole("img");
  expect(img).toHaveAccessibleName(
    `Preview of the trade chart: trade turnover by year, ${series.years[0]}–2030, as columns, with Kazakhstan's and Uzbekistan's own figures beside them. Latest headline figure: $4.97 billion in 2025. A dashed line shows the path to the $10 billion target in 2030.` +
      (series.gaps.length > 0
        ? ` No headline figure for ${series.gaps.join(", ")}: a gap, not zero.`
        : "")
  );
  const count = (values: (number | null)[]) => values.filter((v) => v !== null).length;
  const rects = img.querySelectorAll("rect");
  expect(rects).toHaveLength(
    count(series.reported) + count(series.sides.KZ) + count(series.sides.UZ)
  );
  // A year without a figure is not drawn (no zero-height column stands in for it).
  expect(count(series.reported)).toBeLessThan(series.years.length);
  const path = img.querySelector("polyline")?.getAttribute("points")?.split(" ") ?? [];
  expect(path).toHaveLength(count(series.path));
  expect(img.querySelectorAll("polygon")).toHaveLength(1);
  // Taller column, larger figure: drawn to scale.
  const columns = img.querySelectorAll("rect[data-series=reported]");
  expect(columns).toHaveLength(count(series.reported));
  const heights = [...columns].slice(0, 2).map((r) => Number(r.getAttribute("height")));
  const values = series.reported.filter((v): v is number => v !== null).slice(0, 2);
  expect(heights[0] / heights[1]).toBeCloseTo(values[0] / values[1], 6);
  expect(
    within(figure)
      .getAllByRole("listitem")
      .map((li) => li.textContent)
  ).toEqual([
    "Reported turnover (USD bn)",
    "Path to target (USD bn)",
    "Kazakhstan's statistics (USD bn)",
    "Uzbekistan's statistics (USD bn)",
  ]);
  expect(
    within(figure).getByText("Kazakhstan–Uzbekistan trade towards the $10 billion target")
  ).toBeVisible();
});

test("the investment preview: a bar per project with an amount, largest first; the undisclosed named, not drawn", () => {
  render(<Preview kind="investment" index={index} />);
  const figure = screen.getByTestId("chart-preview-investment");
  const img = within(figure).getByRole("img");
  const { bars, notDisclosed } = investmentBars(index);
  expect(img.querySelectorAll("rect")).toHaveLength(bars.length);
  // Each bar's label says what a reader must know of its amount, as the chart's list does.
  expect(within(figure).getByText("more than $84 million (one stage only)").tagName).toBe("text");
  expect(within(figure).getByText("$250 million (estimate)").tagName).toBe("text");
  const widths = [...img.querySelectorAll("rect")].map((r) => Number(r.getAttribute("width")));
  expect(widths).toEqual([...widths].sort((a, b) => b - a));
  expect(img).toHaveAccessibleName(
    "Preview of the investment chart: 3 joint projects with an amount, largest first: " +
      'International Centre for Industrial Cooperation "Central Asia", $355.41 million; ' +
      "Linear alkylbenzene (LAB) petrochemical complex, $250 million (estimate); " +
      "Multifunctional logistics centre, more than $84 million (one stage only). " +
      `Not disclosed, so not drawn: ${notDisclosed.map((p) => p.name.en).join(", ")}.`
  );
});

test("in Russian: the text alternative, the legend and the title are the chart's words in Russian", async () => {
  await setActiveLang("ru");
  render(<Preview kind="trade" index={index} />);
  const figure = screen.getByTestId("chart-preview-trade");
  expect(within(figure).getByRole("img")).toHaveAccessibleName(
    expect.stringMatching(
      /^Предпросмотр диаграммы торговли: товарооборот по годам, \d{4}–2030, столбцами, .* Последний основной показатель: 4,97\s?млрд\s?долл\.\s?США за 2025 год\. Пунктирная линия показывает путь к целевому показателю 10\s?млрд\s?долл\.\s?США в 2030 году\./
    )
  );
  expect(within(figure).getAllByRole("listitem")[0]).toHaveTextContent(
    "Заявленный товарооборот (млрд долл. США)"
  );
  render(<Preview kind="investment" index={index} />);
  expect(
    within(screen.getByTestId("chart-preview-investment")).getByRole("img")
  ).toHaveAccessibleName(
    expect.stringContaining(
      "Международный центр промышленной кооперации «Центральная Азия», 355,41\u00a0млн\u00a0долл.\u00a0США;"
    )
  );
});
