/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as load from "../../src/data/load";
import { DatasetStore } from "../../src/data/store";
import type { Workbench } from "../../src/excel/workbench";
import { ExcelPane } from "../../src/taskpane/ExcelPane";
import { createFakeExcel } from "../support/fake-excel";
import { publishedDataset } from "../support/dataset";
import { MemorySettings } from "../support/office";

function setUp(run?: Workbench["run"]) {
  const excel = createFakeExcel();
  const store = new DatasetStore(publishedDataset());
  const bench: Workbench = {
    store,
    run: run ?? ((batch) => batch(excel.context)),
    settings: new MemorySettings(),
    baseUrl: "https://addin.example.org/taskpane.html",
    supports: () => true,
  };
  render(<ExcelPane bench={bench} snapshot={store.get()} />);
  return { excel, bench };
}

afterEach(() => jest.restoreAllMocks());

test("shows the dataset, its origin and the progress towards the target", () => {
  setUp();
  expect(
    screen.getByRole("heading", {
      name: `Dataset ${publishedDataset().version}, as of ${publishedDataset().asOf}`,
    })
  ).toBeTruthy();
  expect(screen.getByText("From the copy bundled with the add-in.")).toBeTruthy();
  expect(
    screen.getByText(/^Trade in 2025: \$4\.97 billion, 49\.7% of the \$10 billion target for 2030$/)
  ).toBeTruthy();
  expect(screen.getByText(/needs \d+\.\d% growth a year from 2025/)).toBeTruthy();
});

test("Insert all tables: progress while it works, then what it did", async () => {
  const { excel } = setUp();
  fireEvent.click(screen.getByRole("button", { name: "Insert all tables" }));
  expect(screen.getByText("Inserting all tables…")).toBeTruthy();
  expect((screen.getByRole("button", { name: "Refresh" }) as HTMLButtonElement).disabled).toBe(
    true
  );
  expect(
    await screen.findByText(/Projects: table KZUZ_Projects inserted with 7 rows\./)
  ).toBeTruthy();
  expect(screen.getByText("Done")).toBeTruthy();
  expect(excel.workbook.tables).toHaveLength(5);
  expect((screen.getByRole("button", { name: "Refresh" }) as HTMLButtonElement).disabled).toBe(
    false
  );
});

test("one table at a time, by its own labelled button", async () => {
  const { excel } = setUp();
  fireEvent.click(screen.getByRole("button", { name: "Insert the Sources table" }));
  await screen.findByText(/Sources: table KZUZ_Sources inserted/);
  expect(excel.workbook.tables.map((t) => t.name)).toEqual(["KZUZ_Sources"]);
});

test("an Excel error is shown in a message bar that says what to do", async () => {
  setUp(() => Promise.reject(new Error("GeneralException: the workbook is read-only")));
  fireEvent.click(screen.getByRole("button", { name: "Insert all tables" }));
  expect(await screen.findByText("Not done")).toBeTruthy();
  expect(screen.getByText(/read-only.*try again/)).toBeTruthy();
});

test("a failed refresh says why and that nothing changed", async () => {
  setUp();
  // jsdom has no fetch: the download's failure is the data layer's typed result.
  jest.spyOn(load, "fetchDataset").mockResolvedValue({
    ok: false,
    error: { kind: "fetch-failed", status: 404, message: "The server answered 404 Not Found." },
  });
  fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
  expect(await screen.findByText(/could not be refreshed.*404.*still use dataset/)).toBeTruthy();
});

test("the dataset address is checked before it is saved in the workbook", async () => {
  const { bench } = setUp();
  const input = screen.getByLabelText(/Dataset address/);
  fireEvent.change(input, { target: { value: "http://data.example.org/kzuz.json" } });
  fireEvent.click(screen.getByRole("button", { name: "Save address" }));
  expect(await screen.findByRole("alert")).toBeTruthy();
  expect(screen.getByRole("alert").textContent).toMatch(/https:\/\//);
  expect(input.getAttribute("aria-invalid")).toBe("true");
  expect((bench.settings as MemorySettings).values.size).toBe(0);

  fireEvent.change(input, { target: { value: "https://data.example.org/kzuz.json" } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Save address" }));
  });
  await waitFor(() => expect(screen.getByText("Saved in this workbook.")).toBeTruthy());
  expect((bench.settings as MemorySettings).values.get("kzuz.datasetUrl")).toBe(
    "https://data.example.org/kzuz.json"
  );
});
