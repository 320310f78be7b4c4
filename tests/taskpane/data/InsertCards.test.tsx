/** @jest-environment jsdom */
/**
 * "Insert with cards" in the Data tab: the pane says which route this Excel gives the tables'
 * cards (ExcelApi 1.16 and an office.js with Range.valuesAsJson; the host lacking 1.16; the
 * host having it but the loaded office.js not), the switch is on by default, and turning it off
 * inserts plain text.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DatasetStore } from "../../../src/data/store";
import type { Workbench } from "../../../src/excel/workbench";
import { Announcer } from "../../../src/taskpane/Announcer";
import { ExcelPane } from "../../../src/taskpane/ExcelPane";
import { cardsWanted, setCardsWanted } from "../../../src/taskpane/data/cardsChoice";
import { publishedDataset } from "../../support/dataset";
import { createFakeExcel } from "../../support/fake-excel";
import { MemorySettings } from "../../support/office";

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(() => {
  setCardsWanted(true);
  localStorage.clear();
});

const minor = (version: string) => Number(version.split(".")[1]);

function setUp(excelApi: number, officeJs: boolean) {
  const excel = createFakeExcel();
  const store = new DatasetStore(publishedDataset());
  const bench: Workbench = {
    store,
    run: (batch) => batch(excel.context),
    settings: new MemorySettings(),
    baseUrl: "https://addin.example.org/taskpane.html",
    supports: (set, version) => set !== "ExcelApi" || minor(version) <= excelApi,
    get cards() {
      return { wanted: cardsWanted(), lang: "en", officeJs };
    },
  };
  render(
    <Announcer>
      <ExcelPane bench={bench} snapshot={store.get()} />
    </Announcer>
  );
  return excel;
}

/** Ticks only the Projects table in the Data tab's chooser (issue 23) and inserts it. */
async function insertProjectsOnly() {
  const list = within(await screen.findByRole("list", { name: "Tables to insert" }));
  for (const box of list.getAllByRole("checkbox"))
    if ((box as HTMLInputElement).checked) fireEvent.click(box);
  fireEvent.click(list.getByRole("checkbox", { name: "Projects" }));
  fireEvent.click(screen.getByRole("button", { name: "Insert selected" }));
}

test("ExcelApi 1.16 with an office.js that speaks it: the switch is on and says what cards give", async () => {
  const excel = setUp(16, true);
  // The Data tab below its next step is drawn just after the first screen.
  const toggle = await screen.findByRole("switch", { name: "Insert with cards" });
  expect(toggle).toBeChecked();
  expect(toggle).toHaveAccessibleDescription(
    /This Excel supports cards \(ExcelApi 1\.16\).*=\[@Name\]\.Investment works/
  );
  await insertProjectsOnly();
  await waitFor(() => expect(excel.workbook.tables).toHaveLength(1));
  await waitFor(() => {
    const t = excel.workbook.tables[0];
    expect(t.sheet.get(t.row0 + 1, t.col0 + t.headers().indexOf("Name"))?.entity).toBeDefined();
  });
});

test("ExcelApi 1.19 with CustomFunctionsRuntime 1.5 (Windows, Mac): the switch says the cards are linked, and the table gets linked cells", async () => {
  const excel = setUp(19, true);
  const toggle = screen.getByRole("switch", { name: "Insert with cards" });
  expect(toggle).toBeChecked();
  expect(toggle).toHaveAccessibleDescription(
    /This Excel supports linked cards \(ExcelApi 1\.19\).*Excel itself refreshes.*=\[@Name\]\.Investment works.*#CONNECT!/
  );
  await insertProjectsOnly();
  await waitFor(() => expect(excel.workbook.tables).toHaveLength(1));
  await waitFor(() => {
    const t = excel.workbook.tables[0];
    const cell = t.sheet.get(t.row0 + 1, t.col0 + t.headers().indexOf("Name"));
    expect(cell?.linked?.id.domainId).toBe("kzuz-projects");
  });
  expect(excel.workbook.linked.domains.map((d) => d.id)).toContain("kzuz-projects");
});

test("turned off, the switch says so and the inserted table holds plain text; the choice is remembered", async () => {
  const excel = setUp(16, true);
  const toggle = await screen.findByRole("switch", { name: "Insert with cards" });
  fireEvent.click(toggle);
  expect(toggle).not.toBeChecked();
  expect(screen.getByText(/Cards are off: inserted tables hold plain text/)).toBeTruthy();
  expect(localStorage.getItem("kzuz.cards.off.v1")).toBe("yes");
  await insertProjectsOnly();
  await waitFor(() => expect(excel.workbook.tables).toHaveLength(1));
  await waitFor(() =>
    expect(screen.getAllByText(/inserted with 7 rows/).length).toBeGreaterThan(0)
  );
  const t = excel.workbook.tables[0];
  expect(t.column("Name")).toContain(publishedDataset().projects[0].name.en);
});

test("ExcelApi 1.16 declared but an older office.js: no switch, the pane says why", async () => {
  setUp(16, false);
  expect(
    await screen.findByText(
      /supports cards \(ExcelApi 1\.16\), but the office\.js the add-in loaded is older/
    )
  ).toBeTruthy();
  expect(screen.queryByRole("switch")).toBeNull();
});

test("Excel without ExcelApi 1.16: no switch, the pane says the tables hold plain text", async () => {
  setUp(15, true);
  expect(
    await screen.findByText(/This Excel cannot hold cards \(it lacks ExcelApi 1\.16\)/)
  ).toBeTruthy();
  expect(screen.queryByRole("switch")).toBeNull();
});

test.each([
  ["cards", 16, true],
  ["an older office.js", 16, false],
  ["no ExcelApi 1.16", 15, true],
] as const)(
  "with %s, the sentence links to the help's section on cards (help.html#cards)",
  async (_, excelApi, officeJs) => {
    setUp(excelApi, officeJs);
    const link = await screen.findByRole("link", { name: "How cards work" });
    expect(link.getAttribute("href")).toBe("help.html#cards");
    expect(link.getAttribute("target")).toBe("_blank");
  }
);
