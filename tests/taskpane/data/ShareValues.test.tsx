/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { DatasetStore } from "../../../src/data/store";
import type { Workbench } from "../../../src/excel/workbench";
import { Announcer } from "../../../src/taskpane/Announcer";
import { ExcelPane } from "../../../src/taskpane/ExcelPane";
import { publishedDataset } from "../../support/dataset";
import { createFakeExcel } from "../../support/fake-excel";
import { MemorySettings } from "../../support/office";

beforeAll(() => {
  // jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow its actions.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

function setUp() {
  const excel = createFakeExcel();
  const sheet = excel.workbook.addSheet("Report");
  sheet.set(0, 0, { value: 4_000_000_000, formula: "=KZUZ.TRADE(2024)" });
  sheet.set(1, 0, { value: 0.4, formula: "=KZUZ.PROGRESS()" });
  const store = new DatasetStore(publishedDataset());
  const bench: Workbench = {
    store,
    run: (batch) => batch(excel.context),
    settings: new MemorySettings(),
    baseUrl: "https://addin.example.org/taskpane.html",
    supports: (_set, version) => version === "1.7",
  };
  render(
    <Announcer>
      <ExcelPane bench={bench} snapshot={store.get()} />
    </Announcer>
  );
  return excel;
}

const share = () => within(screen.getByRole("region", { name: "Share without the add-in" }));

test("says how many formulas it found and what converting does, and converts only when confirmed", async () => {
  const excel = setUp();
  // Below the Data tab's next step: drawn just after the first screen.
  await screen.findByRole("region", { name: "Share without the add-in" });
  fireEvent.click(share().getByRole("button", { name: "Convert formulas to values" }));
  expect(
    await share().findByText(
      /^2 KZUZ formulas found in this workbook \(1 sheet\)\. Each will be replaced by the value it shows now/
    )
  ).toBeInTheDocument();
  fireEvent.click(share().getByRole("button", { name: "Cancel" }));
  expect(excel.workbook.formulas()).toHaveLength(2);

  fireEvent.click(share().getByRole("button", { name: "Convert formulas to values" }));
  fireEvent.click(await share().findByRole("button", { name: "Convert 2 formulas" }));
  expect(await share().findByText("Converted")).toBeInTheDocument();
  expect(excel.workbook.formulas()).toEqual([]);
  expect(excel.workbook.sheet("Report")!.value(0, 0)).toBe(4_000_000_000);
  expect(excel.workbook.sheet("KZUZ Formula Sources")).toBeDefined();
});
