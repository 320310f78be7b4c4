/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { sourceFor, tradeForYear } from "../../../src/data/query";
import { tableOf } from "../../../src/data/views";
import type { Workbench } from "../../../src/excel/workbench";
import { ExplainSelection } from "../../../src/taskpane/explain/ExplainSelection";
import { freshStore, unwrap } from "../../support/dataset";
import { MemorySettings } from "../../support/office";
import { serveFunctionsJson } from "../formulas/metadata";
import { MockWorkbook } from "./mock-excel";

const BASE = "https://addin.example.org/taskpane.html";

type Visibility = (message: { visibilityMode: string }) => void;
let visibility: Visibility[] = [];
let visibilityRemoved = 0;

beforeEach(async () => {
  global.fetch = (await serveFunctionsJson("https://addin.example.org/functions.json")).fetch;
  visibility = [];
  visibilityRemoved = 0;
  // office.js as the pane sees it: Excel.run(context, batch) reuses a context (to remove a
  // handler), and Office.addin tells when the pane is hidden or shown (SharedRuntime 1.1).
  Object.assign(global, {
    Excel: {
      run: (context: unknown, batch: (c: unknown) => Promise<unknown>) => batch(context),
    },
    Office: {
      context: { requirements: { isSetSupported: () => true } },
      addin: {
        onVisibilityModeChanged: async (handler: Visibility) => {
          visibility.push(handler);
          return async () => {
            visibilityRemoved++;
          };
        },
      },
    },
  });
});

afterEach(() => {
  for (const name of ["fetch", "Excel", "Office"]) delete (global as Record<string, unknown>)[name];
});

/** The first sentence: the cell's value as the pane writes money, its address after it. */
const SHOWN = /^This cell shows \$\d+(\.\d+)? billion\.$/;

function workbook() {
  const store = freshStore();
  const { index } = store.get();
  const point = unwrap(tradeForYear(index, 2025, "UZ"));
  const book = new MockWorkbook(["Sheet1", "KZUZ Trade"]);
  book.set("Sheet1", "B2", { formula: '=KZUZ.TRADE(2025,"UZ")', value: point.usd });
  book.set("Sheet1", "C2", { value: "a note" });
  const trade = tableOf("trade");
  book.addTable({
    id: "{trade}",
    name: "KZUZ_Trade",
    sheet: "KZUZ Trade",
    at: "A1",
    headers: trade.columns.map((c) => c.header),
    rows: trade.rows(index).map((r) => r.cells.map((c) => c ?? "")),
  });
  book.active = { sheet: "Sheet1", address: "B2" };
  return { store, book, point };
}

function setUp(supports: Workbench["supports"] = () => true) {
  const { store, book, point } = workbook();
  const settings = new MemorySettings();
  const bench: Workbench = { store, run: book.run, settings, baseUrl: BASE, supports };
  const view = render(<ExplainSelection store={store} bench={bench} />);
  return { book, point, view, store };
}

test("explains the selected KZUZ formula: the value, the function, its arguments, the record and linked sources", async () => {
  const { point } = setUp();
  expect(await screen.findByText(SHOWN)).toBeTruthy();
  const call = screen.getByRole("region", { name: "KZUZ.TRADE" });
  expect(within(call).getByRole("heading", { name: 'KZUZ.TRADE(2025,"UZ")' })).toBeTruthy();
  expect(
    within(call).getByText(/^Kazakhstan–Uzbekistan trade turnover for a full year/)
  ).toBeTruthy();
  expect(within(call).getByText("“UZ”")).toBeTruthy();
  expect(within(call).getByText(point.observation.id, { exact: false })).toBeTruthy();
  const sources = unwrap(sourceFor(freshStore().get().index, point.observation.id));
  expect(within(call).getByText(/^Sources?( \(\d+\))?$/)).toBeTruthy();
  const items = within(call).getAllByRole("listitem").slice(1);
  expect(items.map((li) => li.textContent)).toEqual(
    sources.map((s) => expect.stringContaining(`${s.publisher}, “${s.title}”`))
  );
  // Each source's title is its link.
  const links = items.flatMap((li) => within(li).queryAllByRole("link"));
  expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual(
    sources.flatMap((s) => (s.url ? [[s.title, s.url]] : []))
  );
  // Copy citation: the figure as the pane writes it, the source, its title, date and address.
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  await act(async () => {
    fireEvent.click(within(call).getByRole("button", { name: "Copy citation" }));
  });
  const [first] = sources;
  expect(writeText).toHaveBeenCalledTimes(1);
  const citation = writeText.mock.calls[0][0] as string;
  expect(citation).toMatch(/^\$\d+(\.\d+)? billion\. Source: /);
  expect(citation).toContain(`${first.publisher}, “${first.title}”, `);
  expect(citation.endsWith(`, ${first.url}`)).toBe(true);
  expect(citation).not.toMatch(/\n/);
  expect(within(call).getByText(`Copied: ${citation}`)).toBeTruthy();
  const help = within(call).getByRole("link", { name: "How KZUZ.TRADE works (help)" });
  expect(help.getAttribute("href")).toMatch(/help\.html#trade$/);
});

test("follows the selection: a row of a KZUZ table shows its record", async () => {
  const { book, point } = setUp();
  await screen.findByText(SHOWN);
  const row = tableOf("trade")
    .rows(freshStore().get().index)
    .findIndex((r) => r.id === point.observation.id);
  await act(async () => {
    await book.select("KZUZ Trade", `B${row + 2}`);
  });
  expect(
    await screen.findByText(`'KZUZ Trade'!B${row + 2} is in a row of KZUZ_Trade.`)
  ).toBeTruthy();
  expect(screen.getByRole("heading", { name: /^Bilateral trade: 2025/ })).toBeTruthy();
  expect(screen.getByText(point.observation.id, { selector: "dd" })).toBeTruthy();

  await act(async () => {
    await book.select("Sheet1", "C2");
  });
  expect(
    await screen.findByText(/^Sheet1!C2 holds no KZUZ formula and is not in a KZUZ table\./)
  ).toBeTruthy();
});

test("does no work while the pane is hidden, and catches up when it shows again", async () => {
  const { book } = setUp();
  await screen.findByText(SHOWN);
  await waitFor(() => expect(book.handlers.size).toBe(1));
  expect(visibility).toHaveLength(1);

  await act(async () => {
    visibility[0]({ visibilityMode: "Hidden" });
  });
  await waitFor(() => expect(book.handlers.size).toBe(0));
  const syncs = book.syncs;
  await act(async () => {
    await book.select("Sheet1", "C2");
  });
  expect(book.syncs).toBe(syncs);
  expect(screen.getByText(SHOWN)).toBeTruthy();

  await act(async () => {
    visibility[0]({ visibilityMode: "Taskpane" });
  });
  expect(await screen.findByText(/^Sheet1!C2 holds no KZUZ formula/)).toBeTruthy();
  await waitFor(() => expect(book.handlers.size).toBe(1));
});

test("closing the view removes the selection handler and the visibility handler", async () => {
  const { book, view } = setUp();
  await screen.findByText(SHOWN);
  await waitFor(() => expect(book.handlers.size).toBe(1));
  await act(async () => {
    view.unmount();
  });
  await waitFor(() => expect(book.handlers.size).toBe(0));
  expect(visibilityRemoved).toBe(1);
});

test("where Excel cannot report selection changes (before ExcelApi 1.9), the user asks", async () => {
  const { book } = setUp((set, version) => set === "ExcelApi" && version === "1.7");
  expect(await screen.findByText(SHOWN)).toBeTruthy();
  expect(book.handlers.size).toBe(0);
  book.active = { sheet: "Sheet1", address: "C2" };
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Explain the selected cell" }));
  });
  expect(await screen.findByText(/^Sheet1!C2 holds no KZUZ formula/)).toBeTruthy();
});

test("an Excel failure is shown with what to do", async () => {
  const { store } = workbook();
  const bench: Workbench = {
    store,
    run: () => Promise.reject(new Error("GeneralException")),
    settings: undefined,
    baseUrl: BASE,
    supports: () => true,
  };
  render(<ExplainSelection store={store} bench={bench} />);
  expect(
    await screen.findByText(
      "Excel could not tell which cell is selected (GeneralException). Select a cell and try again."
    )
  ).toBeTruthy();
});
