/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { DatasetStore } from "../../../src/data/store";
import { Preview } from "../../../src/taskpane/outside/Preview";
import { publishedDataset } from "../../support/dataset";

function setUp() {
  render(<Preview snapshot={new DatasetStore(publishedDataset()).get()} />);
}

test("rows as cards: a name, the amount and source at once, every other field on demand", () => {
  setUp();
  const list = screen.getByRole("list", { name: "Joint projects, 7" });
  const cards = within(list).getAllByRole("listitem");
  expect(cards).toHaveLength(7);
  const lab = within(cards[0]);
  expect(
    lab.getByRole("heading", { name: "Linear alkylbenzene (LAB) petrochemical complex" })
  ).toBeInTheDocument();
  expect(lab.getByText("Investment (USD)").nextElementSibling).toHaveTextContent("$250 million");
  expect(lab.getByText("Source")).toBeVisible();
  // The id, partners and the rest wait behind "All details".
  const id = lab.getByText("lab-complex-kashkadarya");
  expect(id).not.toBeVisible();
  fireEvent.click(lab.getByText("All details"));
  expect(id).toBeVisible();
});

test("trade figures show their period beside the amount, since some cover part of a year", () => {
  setUp();
  fireEvent.click(screen.getByRole("button", { name: "Trade" }));
  const cards = within(screen.getByRole("list", { name: /^Bilateral trade, \d+$/ })).getAllByRole(
    "listitem"
  );
  const partial = cards.find((c) => within(c).queryByText("January to September 2016"));
  expect(partial).toBeDefined();
  expect(within(partial as HTMLElement).getByText("Turnover (USD)")).toBeVisible();
});
