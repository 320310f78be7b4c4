/**
 * @jest-environment jsdom
 *
 * Choose before inserting (issue 23): every table with a checkbox, its rows, a preview as a real
 * table; "Insert selected" refused, saying why, until one is ticked; the choice remembered.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { buildIndex } from "../../../src/data/query";
import { DatasetStore } from "../../../src/data/store";
import { projectsView } from "../../../src/data/views";
import type { Workbench } from "../../../src/excel/workbench";
import { Announcer } from "../../../src/taskpane/Announcer";
import { ExcelPane } from "../../../src/taskpane/ExcelPane";
import { chosenTables, rememberChosenTables } from "../../../src/taskpane/data/chosenTables";
import { publishedDataset } from "../../support/dataset";
import { createFakeExcel } from "../../support/fake-excel";
import { MemorySettings } from "../../support/office";

/** The Excel pane, once its Tables section (below the next step, drawn just after the first screen) is there. */
async function pane(settings = new MemorySettings()) {
  const excel = createFakeExcel();
  const store = new DatasetStore(publishedDataset());
  const bench: Workbench = {
    store,
    run: (batch) => batch(excel.context),
    settings,
    baseUrl: "https://addin.example.org/taskpane.html",
    supports: () => true,
  };
  const view = render(
    <Announcer>
      <ExcelPane bench={bench} snapshot={store.get()} />
    </Announcer>
  );
  await screen.findByRole("region", { name: "Tables" });
  return { excel, view };
}

const tablesRegion = () => within(screen.getByRole("region", { name: "Tables" }));

beforeEach(() => localStorage.clear());

test("every table with a checkbox (all ticked on first use), its rows and its Excel name", async () => {
  await pane();
  const list = within(await tablesRegion().findByRole("list", { name: "Tables to insert" }));
  const boxes = list.getAllByRole("checkbox");
  expect(boxes.map((b) => b.closest("li")?.querySelector("label")?.textContent)).toEqual([
    "Projects",
    "Agreements",
    "Trade",
    "Targets",
    "Sources",
  ]);
  expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
  const d = publishedDataset();
  expect(list.getByRole("checkbox", { name: "Trade" })).toHaveAccessibleDescription(
    `${d.trade.observations.length} rows · KZUZ_Trade`
  );
});

test("a preview: a table with a caption, column headers and the first rows, amounts with units", async () => {
  await pane();
  const list = within(await tablesRegion().findByRole("list", { name: "Tables to insert" }));
  const toggle = list.getByRole("button", { name: "Preview the Projects table" });
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  expect(list.queryByRole("table")).toBeNull();
  fireEvent.click(toggle);
  expect(toggle).toHaveAttribute("aria-expanded", "true");
  const table = list.getByRole("table", {
    name: "Projects: the first 3 of 7 rows; 2 of 15 columns.",
  });
  expect(toggle).toHaveAttribute("aria-controls", table.id);
  const headers = within(table).getAllByRole("columnheader");
  expect(headers.map((h) => h.textContent)).toEqual(["Name", "Investment (USD)"]);
  // Excel's headers stay English, and are marked so for screen readers.
  expect(headers.every((h) => h.getAttribute("lang") === "en")).toBe(true);
  const rows = within(table).getAllByRole("row").slice(1);
  expect(rows).toHaveLength(3);
  const first = projectsView(buildIndex(publishedDataset())).rows[0].cells;
  const cells = within(rows[0]).getAllByRole("cell");
  expect(cells[0]).toHaveTextContent(String(first[1]));
  // Money as the pane writes it, never a raw 355410000.
  expect(cells[1].textContent).toMatch(/^\$[\d.]+ (million|billion)$|^not disclosed$/);
  fireEvent.click(toggle);
  expect(list.queryByRole("table")).toBeNull();
});

test("Insert selected is refused, saying why, until a table is ticked; the choice is remembered", async () => {
  const { excel, view } = await pane();
  const region = tablesRegion();
  const list = within(await region.findByRole("list", { name: "Tables to insert" }));
  for (const box of list.getAllByRole("checkbox")) fireEvent.click(box);
  const insert = region.getByRole("button", { name: "Insert selected" });
  // Focusable (keyboard users reach it) but refused, with the reason as its description.
  expect(insert).toHaveAttribute("aria-disabled", "true");
  expect(insert).toHaveAccessibleDescription("Tick at least one table to insert.");
  fireEvent.click(insert);
  expect(excel.workbook.tables).toHaveLength(0);

  fireEvent.click(list.getByRole("checkbox", { name: "Targets" }));
  fireEvent.click(list.getByRole("checkbox", { name: "Projects" }));
  expect(insert).not.toHaveAttribute("aria-disabled", "true");
  fireEvent.click(insert);
  expect(
    await region.findByText("2 tables in the workbook: KZUZ_Projects, KZUZ_Targets.")
  ).toBeVisible();
  expect(excel.workbook.tables.map((t) => t.name)).toEqual(["KZUZ_Projects", "KZUZ_Targets"]);
  expect(chosenTables()).toEqual(["projects", "targets"]);

  // Next time the list opens as it was left, and says which tables are already in.
  view.unmount();
  const settings = new MemorySettings();
  settings.set("kzuz.tableIds", { projects: "{table-1}" });
  pane(settings);
  const again = within(await tablesRegion().findByRole("list", { name: "Tables to insert" }));
  const ticked = again
    .getAllByRole("checkbox")
    .filter((b) => (b as HTMLInputElement).checked)
    .map((b) => b.closest("li")?.querySelector("label")?.textContent);
  expect(ticked).toEqual(["Projects", "Targets"]);
  expect(again.getByRole("checkbox", { name: "Projects" })).toHaveAccessibleDescription(
    "7 rows · KZUZ_Projects · in the workbook"
  );
});

test("the remembered choice: unreadable or blocked storage means every table", () => {
  const all = ["projects", "agreements", "trade", "targets", "sources"];
  const store = new Map<string, string>();
  const storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  };
  expect(chosenTables(storage)).toEqual(all);
  rememberChosenTables(["trade", "projects"], storage);
  // In the registry's order, whatever order they were saved in.
  expect(chosenTables(storage)).toEqual(["projects", "trade"]);
  store.set("kzuz.tables.chosen.v1", "{not json");
  expect(chosenTables(storage)).toEqual(all);
  const blocked = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("SecurityError");
    },
  };
  expect(chosenTables(blocked)).toEqual(all);
  expect(() => rememberChosenTables(["trade"], blocked)).not.toThrow();
});

test("a chart built: one Go to sheet button that shows the Dashboard with the chart selected", async () => {
  const { excel } = await pane();
  fireEvent.click(screen.getByRole("tab", { name: "Charts" }));
  fireEvent.click(await screen.findByRole("button", { name: "Build investment chart" }));
  const charts = within(screen.getByRole("region", { name: "Charts" }));
  expect(await charts.findByText("Chart built")).toBeInTheDocument();
  excel.workbook.activate(excel.workbook.sheets[0], "A1");
  excel.workbook.addSheet("Elsewhere");
  excel.workbook.activate(excel.workbook.sheet("Elsewhere")!, "B2");
  fireEvent.click(charts.getByRole("button", { name: "Go to sheet: Investment chart" }));
  await waitFor(() =>
    expect(excel.workbook.selection).toMatchObject({
      sheet: "KZUZ Dashboard",
      chart: "KZUZ investment chart",
    })
  );
});
