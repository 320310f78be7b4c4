/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Workbench } from "../../../src/excel/workbench";
import { FormulaBuilder } from "../../../src/taskpane/formulas/FormulaBuilder";
import { freshStore } from "../../support/dataset";
import { MemorySettings } from "../../support/office";
import { MockWorkbook } from "../explain/mock-excel";
import { serveFunctionsJson } from "./metadata";
import { optionName, pickWithKeyboard } from "./pick";

const BASE = "https://addin.example.org/taskpane.html";
const FUNCTIONS_JSON = "https://addin.example.org/functions.json";

async function setUp({
  withBench = true,
  base = BASE,
  url = new URL("functions.json", base).href,
  edit,
  decimalSeparator = ".",
}: {
  withBench?: boolean;
  /** The decimal separator of the user's Excel. */
  decimalSeparator?: string;
  /** The pane's address (the catalogue is loaded once per address). */
  base?: string;
  url?: string;
  edit?: Parameters<typeof serveFunctionsJson>[1];
} = {}) {
  const served = await serveFunctionsJson(url, edit);
  global.fetch = served.fetch;
  const book = new MockWorkbook();
  book.decimalSeparator = decimalSeparator;
  const store = freshStore();
  const bench: Workbench | undefined = withBench
    ? { store, run: book.run, settings: new MemorySettings(), baseUrl: base, supports: () => true }
    : undefined;
  render(<FormulaBuilder store={store} bench={bench} />);
  await screen.findByRole("combobox", { name: /^Function/ });
  return { book, store, asked: served.asked };
}

afterEach(() => {
  delete (global as { fetch?: unknown }).fetch;
});

function formula(): string {
  return (screen.getByRole("textbox", { name: "Formula" }) as HTMLInputElement).value;
}

function answer(): string {
  return screen.getByRole("region", { name: "Answer" }).textContent ?? "";
}

test("reads the functions from the add-in's own functions.json and offers every one", async () => {
  const { asked } = await setUp();
  expect(asked).toEqual([FUNCTIONS_JSON]);
  const fn = screen.getByRole("combobox", { name: /^Function/ });
  fireEvent.click(fn);
  const listbox = await screen.findByRole("listbox");
  // In groups a reader looks for, each function with the first sentence of its description.
  const groups = within(listbox)
    .getAllByRole("group")
    .map((g) => ({
      label: g.getAttribute("aria-labelledby")
        ? document.getElementById(g.getAttribute("aria-labelledby")!)?.textContent
        : undefined,
      names: within(g).getAllByRole("option").map(optionName),
    }));
  expect(groups).toEqual([
    { label: "Figures", names: ["KZUZ.INVESTMENT", "KZUZ.PROJECT", "KZUZ.TARGET"] },
    { label: "Lists", names: ["KZUZ.PROJECTS", "KZUZ.AGREEMENTS"] },
    {
      label: "Trade",
      names: ["KZUZ.TRADE", "KZUZ.TRADEHISTORY", "KZUZ.PROGRESS", "KZUZ.REQUIREDGROWTH"],
    },
    { label: "Sources", names: ["KZUZ.SOURCE", "KZUZ.ASOF"] },
  ]);
  const trade = within(listbox)
    .getAllByRole("option")
    .find((o) => optionName(o) === "KZUZ.TRADE");
  expect(trade?.textContent).toBe(
    "KZUZ.TRADEKazakhstan–Uzbekistan trade turnover for a full year, in US dollars: the headline figure, or one reporter's own."
  );
});

test("a typed name is matched as the functions match it, and the answer shows before inserting", async () => {
  await setUp();
  expect(answer()).toContain("Fill in query to see the answer.");
  const query = screen.getByRole("combobox", { name: /^Query/ });
  fireEvent.change(query, { target: { value: "Kashka-Daria" } });
  expect(await screen.findByText("Matches Kashkadarya region (region, 1 project).")).toBeTruthy();
  expect(answer()).toContain("$250 million");
  expect(formula()).toBe('=KZUZ.INVESTMENT("Kashka-Daria")');
});

test("a misspelt name gets the functions' own “did you mean”, and one click takes the suggestion", async () => {
  await setUp();
  fireEvent.change(screen.getByRole("combobox", { name: /^Query/ }), {
    target: { value: "Khiwa" },
  });
  expect((await screen.findByRole("alert")).textContent).toBe(
    'No project, place or sector matches "Khiwa". Did you mean "Khiva"?'
  );
  fireEvent.click(screen.getByRole("button", { name: "Use “Khiva”" }));
  expect(formula()).toBe('=KZUZ.INVESTMENT("Khiva")');
  expect(await screen.findByText(/^Matches Khiva \(city/)).toBeTruthy();
});

test("keyboard only: choose TRADE, pick a year and a reporter, and insert it into the selected cell", async () => {
  const { book } = await setUp();
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Function/ }), "KZUZ.TRADE");
  await waitFor(() => expect(formula()).toBe("=KZUZ.TRADE()"));
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Year/ }), "2024");
  await waitFor(() => expect(formula()).toBe("=KZUZ.TRADE(2024)"));
  expect(answer()).toMatch(/\$\d+(\.\d+)? billion/);
  const reporter = screen.getByRole("combobox", { name: /^Reporter/ });
  fireEvent.change(reporter, { target: { value: "Uzbekistan" } });
  await waitFor(() => expect(formula()).toBe('=KZUZ.TRADE(2024,"Uzbekistan")'));

  book.active = { sheet: "Sheet1", address: "C5" };
  const insert = screen.getByRole("button", { name: "Insert into the selected cell" });
  await act(async () => {
    insert.focus();
    fireEvent.click(insert);
  });
  expect(
    await screen.findByText('Inserted =KZUZ.TRADE(2024,"Uzbekistan") into Sheet1!C5.')
  ).toBeTruthy();
  expect(book.cell("Sheet1", "C5")?.formula).toBe('=KZUZ.TRADE(2024,"Uzbekistan")');
});

test("nothing is written into a cell that holds something until the user confirms that cell", async () => {
  const { book } = await setUp();
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Function/ }), "KZUZ.ASOF");
  book.set("Sheet1", "A1", { value: "my note" });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Insert into the selected cell" }));
  });
  expect(
    await screen.findByText("Sheet1!A1 already holds my note. Replace it with the formula?")
  ).toBeTruthy();
  expect(book.writes).toEqual([]);
  fireEvent.click(screen.getByRole("button", { name: "Keep it" }));
  expect(book.cell("Sheet1", "A1")?.value).toBe("my note");

  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Insert into the selected cell" }));
  });
  await act(async () => {
    fireEvent.click(await screen.findByRole("button", { name: "Replace Sheet1!A1" }));
  });
  expect(await screen.findByText("Inserted =KZUZ.ASOF() into Sheet1!A1.")).toBeTruthy();
  expect(book.cell("Sheet1", "A1")?.formula).toBe("=KZUZ.ASOF()");
});

test("G10: Replace checks the cell's content, not only its address: a cell changed meanwhile is asked about again", async () => {
  const { book } = await setUp();
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Function/ }), "KZUZ.ASOF");
  book.set("Sheet1", "A1", { value: "my note" });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Insert into the selected cell" }));
  });
  expect(
    await screen.findByText("Sheet1!A1 already holds my note. Replace it with the formula?")
  ).toBeTruthy();
  book.set("Sheet1", "A1", { value: "my newer note" });
  await act(async () => {
    fireEvent.click(await screen.findByRole("button", { name: "Replace Sheet1!A1" }));
  });
  expect(
    await screen.findByText("Sheet1!A1 already holds my newer note. Replace it with the formula?")
  ).toBeTruthy();
  expect(book.writes).toEqual([]);
  expect(book.cell("Sheet1", "A1")?.value).toBe("my newer note");
});

test("an optional argument can be left out again, and a table's size is previewed", async () => {
  await setUp();
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Function/ }), "KZUZ.TRADEHISTORY");
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^To/ }), "2024");
  await waitFor(() => expect(formula()).toBe("=KZUZ.TRADEHISTORY(,2024)"));
  expect(answer()).toMatch(/A table of \d+ rows × 4 columns, the first row headers\./);
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Headers/ }), /FALSE/);
  await waitFor(() => expect(formula()).toBe("=KZUZ.TRADEHISTORY(,2024,FALSE)"));
  expect(answer()).toMatch(/A table of \d+ rows × 4 columns\./);
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^To/ }), "Left out (the default)");
  await waitFor(() => expect(formula()).toBe("=KZUZ.TRADEHISTORY(,,FALSE)"));
});

test("a parameter the builder has no picker for is a plain text box, not a list that opens empty", async () => {
  // A functions.json newer than the pane: TARGET's parameter renamed, so its binding is not used.
  await setUp({
    base: "https://newer.example.org/taskpane.html",
    edit: (json) => {
      json.functions.find((f) => f.id === "TARGET")!.parameters![0].name = "when";
    },
  });
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Function/ }), "KZUZ.TARGET");
  expect(screen.queryByRole("combobox", { name: /^When/ })).toBeNull();
  const when = screen.getByRole("textbox", { name: /^When \(optional\)/ });
  fireEvent.change(when, { target: { value: "2030" } });
  await waitFor(() => expect(formula()).toBe('=KZUZ.TARGET("2030")'));
});

test("the reporter list offers the reporters the functions accept, and a picked one previews its figure", async () => {
  await setUp();
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Function/ }), "KZUZ.TRADE");
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Year/ }), "2025");
  await pickWithKeyboard(
    screen.getByRole("combobox", { name: /^Reporter/ }),
    "Uzbekistan's statistics (UZ)"
  );
  await waitFor(() => expect(formula()).toBe('=KZUZ.TRADE(2025,"UZ")'));
  expect(await screen.findByText("Matches Uzbekistan's statistics.")).toBeTruthy();
  expect(answer()).toMatch(/\$\d+(\.\d+)? billion/);
});

test("outside Excel the formula is there to copy", async () => {
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  // Outside Excel the page's own address is the add-in's origin.
  await setUp({ withBench: false, url: new URL("functions.json", document.baseURI).href });
  expect(screen.queryByRole("button", { name: "Insert into the selected cell" })).toBeNull();
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Function/ }), "KZUZ.PROGRESS");
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Copy the formula" }));
  });
  expect(writeText).toHaveBeenCalledWith("=KZUZ.PROGRESS()");
  expect(await screen.findByText("Copied. Paste it into a cell in Excel.")).toBeTruthy();
  expect(answer()).toMatch(/\d+\.\d%The cell holds 0\.\d+: format it as a percentage\./);
});

test("when functions.json cannot be loaded the pane says so and what to do", async () => {
  global.fetch = (await serveFunctionsJson("https://elsewhere.example.org/functions.json")).fetch;
  const store = freshStore();
  const bench: Workbench = {
    store,
    run: new MockWorkbook().run,
    settings: undefined,
    baseUrl: "https://moved.example.org/pane/taskpane.html",
  };
  render(<FormulaBuilder store={store} bench={bench} />);
  expect(
    await screen.findByText(
      /The list of KZUZ functions could not be loaded \(.*answered 404\)\. Close and reopen the pane/
    )
  ).toBeTruthy();
});

test("the builder refuses an incomplete formula: Insert stays disabled until the year is filled in", async () => {
  const { book } = await setUp();
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Function/ }), "KZUZ.TRADE");
  await waitFor(() => expect(formula()).toBe("=KZUZ.TRADE()"));
  const insert = screen.getByRole("button", { name: "Insert into the selected cell" });
  const copy = screen.getByRole("button", { name: "Copy the formula" });
  // Reachable from the keyboard, but refused, and it says why.
  expect(insert).toHaveAttribute("aria-disabled", "true");
  expect(copy).toHaveAttribute("aria-disabled", "true");
  expect(insert).toHaveAccessibleDescription("Fill in year to see the answer.");
  book.active = { sheet: "Sheet1", address: "C5" };
  await act(async () => {
    insert.focus();
    fireEvent.click(insert);
  });
  expect(book.cell("Sheet1", "C5")).toBeUndefined();
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Year/ }), "2024");
  await waitFor(() => expect(insert).not.toHaveAttribute("aria-disabled", "true"));
  await act(async () => {
    fireEvent.click(insert);
  });
  expect(await screen.findByText("Inserted =KZUZ.TRADE(2024) into Sheet1!C5.")).toBeTruthy();
});

test("where Excel writes decimals with a comma, the formula shows and copies with ';', and inserts in Excel's English", async () => {
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  const { book } = await setUp({ decimalSeparator: "," });
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Function/ }), "KZUZ.TRADE");
  await pickWithKeyboard(screen.getByRole("combobox", { name: /^Year/ }), "2024");
  fireEvent.change(screen.getByRole("combobox", { name: /^Reporter/ }), {
    target: { value: "Uzbekistan" },
  });
  await waitFor(() => expect(formula()).toBe('=KZUZ.TRADE(2024;"Uzbekistan")'));
  expect(
    screen.getByText("Copy writes it with “;” between arguments, as your Excel does.")
  ).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Copy the formula" }));
  });
  expect(writeText).toHaveBeenCalledWith('=KZUZ.TRADE(2024;"Uzbekistan")');
  book.active = { sheet: "Sheet1", address: "B2" };
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Insert into the selected cell" }));
  });
  // Range.formulas takes English, whatever the user's locale.
  await waitFor(() =>
    expect(book.cell("Sheet1", "B2")?.formula).toBe('=KZUZ.TRADE(2024,"Uzbekistan")')
  );
});

test("a misspelt name: its error shows once, in the field; the Answer points there", async () => {
  await setUp();
  fireEvent.change(screen.getByRole("combobox", { name: /^Query/ }), {
    target: { value: "Khiwa" },
  });
  await screen.findByRole("alert");
  expect(screen.getAllByText(/No project, place or sector matches "Khiwa"/)).toHaveLength(1);
  expect(answer()).toMatch(
    /^AnswerCorrect query above: as it is, the cell would show #[A-Z/!0]+\.$/
  );
});

test("Insert waits for the pane's other actions and holds the pane's lock while it writes", async () => {
  const served = await serveFunctionsJson(FUNCTIONS_JSON);
  global.fetch = served.fetch;
  const book = new MockWorkbook();
  const store = freshStore();
  const bench: Workbench = {
    store,
    run: book.run,
    settings: new MemorySettings(),
    baseUrl: BASE,
    supports: () => true,
  };
  const held: string[] = [];
  const lock = {
    disabled: true,
    hold: async <T,>(task: () => Promise<T>) => {
      held.push("start");
      const result = await task();
      held.push("end");
      return result;
    },
  };
  const { rerender } = render(<FormulaBuilder store={store} bench={bench} lock={lock} />);
  const query = await screen.findByRole("combobox", { name: /^Query/ });
  fireEvent.change(query, { target: { value: "Khiva" } });
  const insert = screen.getByRole("button", { name: "Insert into the selected cell" });
  // Another action runs: Insert is refused (still focusable).
  expect(insert).toHaveAttribute("aria-disabled", "true");
  fireEvent.click(insert);
  expect(held).toEqual([]);
  rerender(<FormulaBuilder store={store} bench={bench} lock={{ ...lock, disabled: false }} />);
  book.active = { sheet: "Sheet1", address: "B2" };
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Insert into the selected cell" }));
  });
  expect(
    await screen.findByText('Inserted =KZUZ.INVESTMENT("Khiva") into Sheet1!B2.')
  ).toBeTruthy();
  expect(held).toEqual(["start", "end"]);
});
