/** @jest-environment jsdom */
import { TextDecoder as NodeTextDecoder } from "node:util";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DatasetStore } from "../../src/data/store";
import type { Workbench } from "../../src/excel/workbench";
import { Announcer } from "../../src/taskpane/Announcer";
import { ExcelPane } from "../../src/taskpane/ExcelPane";
import { createFakeExcel } from "../support/fake-excel";
import { publishedDataset } from "../support/dataset";
import { MemorySettings } from "../support/office";

function setUp(run?: Workbench["run"], settings = new MemorySettings()) {
  const excel = createFakeExcel();
  const store = new DatasetStore(publishedDataset());
  const bench: Workbench = {
    store,
    run: run ?? ((batch) => batch(excel.context)),
    settings,
    baseUrl: "https://addin.example.org/taskpane.html",
    supports: () => true,
  };
  render(
    <Announcer>
      <ExcelPane bench={bench} snapshot={store.get()} />
    </Announcer>
  );
  return { excel, bench };
}

const primaryArea = () => within(screen.getByTestId("primary-action"));

beforeEach(() => localStorage.clear());
const jsdom = { fetch: globalThis.fetch, TextDecoder: globalThis.TextDecoder };
afterEach(() => {
  jest.restoreAllMocks();
  Object.assign(globalThis, jsdom);
});

test("the first screen: a short introduction and the one next step, inserting the data", () => {
  setUp();
  expect(screen.getByRole("heading", { name: "Getting started" })).toBeInTheDocument();
  expect(
    primaryArea()
      .getAllByRole("button")
      .map((b) => b.textContent)
  ).toEqual(["Insert the data as tables"]);
  expect(screen.queryByRole("button", { name: "Refresh the data" })).toBeNull();
  expect(primaryArea().getByText(/Projects, agreements, trade, targets and sources/)).toBeVisible();
});

test("Insert: progress beside the button, then a short result with the details on demand", async () => {
  const { excel } = setUp();
  const projects = await screen.findByRole("checkbox", { name: "Projects" });
  fireEvent.click(screen.getByRole("button", { name: "Insert the data as tables" }));
  expect(primaryArea().getByText("Inserting the tables…")).toBeInTheDocument();
  // One action at a time: the table list waits meanwhile.
  expect(projects).toBeDisabled();
  expect(screen.getByRole("button", { name: "Insert selected" })).toHaveAttribute(
    "aria-disabled",
    "true"
  );
  // Five tables written on the fake workbook: seconds on a busy machine (findBy waits 20 s here,
  // tests/support/dom-timeouts.ts).
  expect(await primaryArea().findByText("Tables inserted")).toBeInTheDocument();
  expect(
    primaryArea().getByText(
      "5 tables in the workbook: KZUZ_Projects, KZUZ_Agreements, KZUZ_Trade, KZUZ_Targets, KZUZ_Sources."
    )
  ).toBeVisible();
  expect(excel.workbook.tables).toHaveLength(5);
  const details = primaryArea().getByText(/Projects: table KZUZ_Projects inserted with 7 rows\./);
  expect(details).not.toBeVisible();
  fireEvent.click(primaryArea().getByRole("button", { name: "Show details" }));
  expect(details).toBeVisible();
  expect(primaryArea().getByRole("button", { name: "Hide details" })).toHaveAttribute(
    "aria-expanded",
    "true"
  );
  // With our tables in the workbook, the next step becomes Refresh.
  expect(screen.getByRole("button", { name: "Refresh the data" })).toBeEnabled();
  expect(screen.queryByRole("button", { name: "Insert the data as tables" })).toBeNull();
});

test("the result is announced once, politely, and can be dismissed", async () => {
  setUp();
  fireEvent.click(screen.getByRole("button", { name: "Insert the data as tables" }));
  await primaryArea().findByText("Tables inserted");
  await waitFor(() =>
    expect(screen.getByTestId("announce-polite")).toHaveTextContent(/^Tables inserted5 tables/)
  );
  expect(screen.getByTestId("announce-assertive")).toBeEmptyDOMElement();
  // The result itself is not a live region too (that announced every message twice).
  expect(
    primaryArea().getByText("Tables inserted").closest("[aria-live],[role=status]")
  ).toBeNull();
  fireEvent.click(primaryArea().getByRole("button", { name: "Dismiss the message" }));
  expect(primaryArea().queryByText("Tables inserted")).toBeNull();
});

test("a workbook that has our tables opens on Refresh", () => {
  const settings = new MemorySettings();
  settings.set("kzuz.tableIds", { projects: "{table-1}" });
  setUp(undefined, settings);
  expect(screen.getByRole("button", { name: "Refresh the data" })).toBeInTheDocument();
  expect(primaryArea().getByText(/Your workbook has KZUZ tables/)).toBeInTheDocument();
});

test("chosen tables, from the Data section, with their result and Go to sheet there", async () => {
  const { excel } = setUp();
  // Below the next step: drawn just after the first screen.
  const tables = within(await screen.findByRole("region", { name: "Tables" }));
  // Every table chosen on first use; untick all but two.
  for (const name of ["Projects", "Agreements", "Targets"])
    fireEvent.click(await tables.findByRole("checkbox", { name }));
  fireEvent.click(tables.getByRole("button", { name: "Insert selected" }));
  expect(tables.getByText("Inserting 2 tables…")).toBeInTheDocument();
  expect(
    await tables.findByText("2 tables in the workbook: KZUZ_Trade, KZUZ_Sources.")
  ).toBeInTheDocument();
  expect(excel.workbook.tables.map((t) => t.name)).toEqual(["KZUZ_Trade", "KZUZ_Sources"]);
  expect(primaryArea().queryByText("Tables inserted")).toBeNull();
  // Go to sheet: a labelled group, a button per table written.
  const goTo = within(tables.getByRole("group", { name: "Go to sheet:" }));
  expect(goTo.getAllByRole("button").map((b) => b.textContent)).toEqual(["Trade", "Sources"]);
  fireEvent.click(goTo.getByRole("button", { name: "Sources" }));
  await waitFor(() => expect(excel.workbook.selection.sheet).toBe("KZUZ Sources"));
  const sources = excel.workbook.table("KZUZ_Sources")!;
  expect(excel.workbook.selection.address).toBe(`A1:G${sources.height + 1}`);
});

test("Go to sheet after a table was deleted says so and what to do", async () => {
  const { excel } = setUp();
  fireEvent.click(screen.getByRole("button", { name: "Insert the data as tables" }));
  await primaryArea().findByText("Tables inserted");
  excel.workbook.deleteTable(excel.workbook.table("KZUZ_Targets")!);
  fireEvent.click(primaryArea().getByRole("button", { name: "Targets" }));
  expect(await primaryArea().findByRole("alert")).toHaveTextContent(
    "KZUZ_Targets is no longer in this workbook. Insert the table again, then go to it."
  );
});

test("an Excel error is shown, announced at once, with what to do", async () => {
  setUp(() => Promise.reject(new Error("GeneralException: the workbook is read-only")));
  fireEvent.click(screen.getByRole("button", { name: "Insert the data as tables" }));
  expect(await primaryArea().findByText("Not done")).toBeInTheDocument();
  expect(primaryArea().getByText(/Excel could not write the tables: .*read-only\./)).toBeVisible();
  fireEvent.click(primaryArea().getByRole("button", { name: "Show details" }));
  expect(primaryArea().getByText(/try again/)).toBeVisible();
  await waitFor(() =>
    expect(screen.getByTestId("announce-assertive")).toHaveTextContent(/^Not done/)
  );
});

test("a failed refresh says why and that nothing changed", async () => {
  setUp();
  // jsdom has no fetch (nor TextDecoder): the server's answer is a 404.
  globalThis.TextDecoder = NodeTextDecoder as typeof TextDecoder;
  const notFound = { ok: false, status: 404, statusText: "Not Found", url: "", body: null };
  globalThis.fetch = jest.fn(() => Promise.resolve(notFound as unknown as Response));
  fireEvent.click(await screen.findByRole("button", { name: "Refresh" }));
  const refresh = within(screen.getByRole("region", { name: "Refresh" }));
  expect(await refresh.findByText(/could not be refreshed.*404/)).toBeInTheDocument();
  fireEvent.click(refresh.getByRole("button", { name: "Show details" }));
  expect(refresh.getByText(/still use dataset/)).toBeVisible();
});

test("sections are tabs; Formulas and Explain load their views when first opened", async () => {
  setUp();
  expect(screen.getByRole("tab", { name: "Data" })).toHaveAttribute("aria-selected", "true");
  // The placeholder or the builder branch's view: either way loaded on demand, inside act.
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: "Formulas" }));
  });
  const formulas = within(screen.getByRole("tabpanel", { name: "Formulas" }));
  expect(screen.getByRole("tabpanel", { name: "Formulas" })).toBeVisible();
  // The other tabs' code comes with the first screen's second step.
  expect(
    await formulas.findByRole("link", { name: "Every formula, with examples" })
  ).toHaveAttribute("href", "help.html#functions");
  await waitFor(() => expect(formulas.queryByText("Loading the formula builder…")).toBeNull());
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: "Explain" }));
  });
  expect(screen.getByRole("tabpanel", { name: "Explain" })).toBeVisible();
  fireEvent.click(screen.getByRole("tab", { name: "About" }));
  expect(await screen.findByTestId("dataset-version")).toHaveTextContent(
    `Version ${publishedDataset().version}, up to date as of ${publishedDataset().asOf}, from the copy that comes with the add-in.`
  );
});

test("the download address is checked before it is saved in the workbook", async () => {
  const { bench } = setUp();
  // The form is loaded when its disclosure is first opened.
  const details = (await screen.findByText("Where Refresh downloads from")).closest(
    "details"
  ) as HTMLDetailsElement;
  expect(screen.queryByLabelText(/Download address/)).toBeNull();
  await act(async () => {
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
  });
  const input = await screen.findByLabelText(/Download address/);
  fireEvent.change(input, { target: { value: "http://data.example.org/kzuz.json" } });
  fireEvent.click(screen.getByRole("button", { name: "Save address" }));
  expect(await screen.findByRole("alert")).toHaveTextContent(/https:\/\//);
  expect(input).toHaveAttribute("aria-invalid", "true");
  expect((bench.settings as MemorySettings).values.size).toBe(0);

  fireEvent.change(input, { target: { value: "https://data.example.org/kzuz.json" } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Save address" }));
  });
  await waitFor(() => expect(screen.getByText("Saved in this workbook.")).toBeInTheDocument());
  expect((bench.settings as MemorySettings).values.get("kzuz.datasetUrl")).toBe(
    "https://data.example.org/kzuz.json"
  );
});
