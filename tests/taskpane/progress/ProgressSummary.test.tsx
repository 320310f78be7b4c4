/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { DatasetStore } from "../../../src/data/store";
import { ProgressSummary } from "../../../src/taskpane/progress/ProgressSummary";
import { publishedDataset } from "../../support/dataset";

function setUp() {
  const { container } = render(
    <ProgressSummary snapshot={new DatasetStore(publishedDataset()).get()} />
  );
  return container;
}

test("the latest figure against the target, the gap, and its source beside it", () => {
  setUp();
  expect(screen.getByRole("heading", { name: "Trade towards $10 billion by 2030" })).toBeVisible();
  expect(screen.getByText(/^Trade in 2025:/)).toHaveTextContent(
    "Trade in 2025: $4.97 billion, 49.7% of the $10 billion target for 2030. $5.03 billion still to go."
  );
  expect(screen.getByText(/^Figure for 2025 from/)).toHaveTextContent(
    /^Figure for 2025 from Uzbekistan \(trade ministry\); source: .+\.$/
  );
});

test("the bar is drawn to scale, with the target marked", () => {
  const container = setUp();
  const fill = container.querySelector<HTMLElement>("[data-part=fill]");
  const marker = container.querySelector<HTMLElement>("[data-part=marker]");
  expect(fill?.style.width).toBe("49.7%");
  expect(marker?.style.left).toBe("100%");
  expect(screen.getByText(/^Target: \$10 billion \(2030\)$/)).toBeInTheDocument();
});

test("growth needed set against growth achieved, same-side figures only", () => {
  setUp();
  const needed = screen.getByText("Growth needed").nextElementSibling;
  expect(needed).toHaveTextContent(/^15\.0% a year from 2025 to 2030$/);
  const achieved = screen.getByText("Growth achieved, Kazakhstan's figures").nextElementSibling;
  expect(achieved).toHaveTextContent(
    /^-9\.1% a year from 2023 \(\$4\.4 billion\) to 2024 \(\$4 billion\)$/
  );
  const uz = screen.getByText("Growth achieved, Uzbekistan's figures").nextElementSibling;
  expect(uz).toHaveTextContent(
    /^11\.4% a year in 2025 \(\$4\.97 billion\), as Uzbekistan reported with the figure$/
  );
  expect(screen.getByText(/^The two countries' own figures for 2025:/)).toHaveTextContent(
    "The two countries' own figures for 2025: Kazakhstan has published none; Uzbekistan $4.97 billion (full year)."
  );
});

test("year by year, on demand, each bar against the target and a missing year said as such", () => {
  setUp();
  expect(screen.getByText("Year by year").tagName).toBe("SUMMARY");
  expect(screen.getByText(/full width is the \$10 billion target/)).toBeInTheDocument();
  expect(screen.getByText("2020").nextElementSibling).toHaveTextContent(
    "no full-year figure in the sources"
  );
  expect(screen.getByText("2017").nextElementSibling?.nextElementSibling).toHaveTextContent(
    "$2 billion"
  );
});
