/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { DatasetStore } from "../../src/data/store";
import { setActiveLang } from "../../src/i18n/active";
import { LANG_STORAGE_KEY } from "../../src/i18n/detect";
import type { HostState } from "../../src/office/host";
import { App } from "../../src/taskpane/App";
import { publishedDataset } from "../support/dataset";

function deferred() {
  let resolve!: (state: HostState) => void;
  const promise = new Promise<HostState>((r) => (resolve = r));
  return { promise, resolve };
}

const store = new DatasetStore(publishedDataset());
const never = () => Promise.reject(new Error("no Excel in this test"));

beforeEach(() => localStorage.clear());

describe("App", () => {
  test("says what the data is at once, with progress while it finds out where it runs", () => {
    const d = deferred();
    render(<App detect={() => d.promise} store={store} run={never} />);
    expect(screen.getByText("Connecting to Excel…")).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 1, name: "Kazakhstan–Uzbekistan cooperation" })
    ).toBeInTheDocument();
    expect(screen.getByRole("banner")).toHaveTextContent(
      "Joint projects, agreements, and trade towards the $10 billion target by 2030, each figure with its source."
    );
  });

  test("outside Excel: says so, links to how to get it into Excel, and previews the data", async () => {
    render(
      <App
        detect={() => Promise.resolve({ kind: "no-office", reason: "not-in-office" })}
        store={store}
        run={never}
      />
    );
    // The preview is its own chunk (a lazy import): seconds on a busy machine (findBy waits 20 s
    // here, tests/support/dom-timeouts.ts).
    expect(await screen.findByText("Not running in Excel")).toBeInTheDocument();
    expect(screen.getByText("Not running in Excel").parentElement).toHaveTextContent(
      "This page is open in a web browser, not inside Excel. Below is a read-only preview"
    );
    expect(
      screen.getByRole("link", { name: "How to add KZUZ for Excel to Excel" })
    ).toHaveAttribute("href", "help.html#get-it");
    // For analysts: no developer commands.
    expect(document.body).not.toHaveTextContent(/npm|manifest\.xml/);
    // The preview is the first screen's second step, its own chunk: drawn just after it.
    expect(await screen.findByRole("heading", { name: "Joint projects (7)" })).toBeInTheDocument();
    expect(
      screen.getByText(/^Trade in 2025: \$4\.97 billion, 49\.7% of the \$10 billion/)
    ).toBeVisible();
    expect(screen.queryByRole("button", { name: "Insert the data as tables" })).toBeNull();
  });

  test("without office.js it names that cause", async () => {
    render(
      <App
        detect={() => Promise.resolve({ kind: "no-office", reason: "office-js-missing" })}
        store={store}
        run={never}
      />
    );
    expect(await screen.findByText(/office\.js\) could not be loaded/)).toBeInTheDocument();
  });

  test("in another Office app it says the add-in is for Excel", async () => {
    render(
      <App
        detect={() => Promise.resolve({ kind: "other-host", host: "Word" })}
        store={store}
        run={never}
      />
    );
    expect(
      await screen.findByText(/^This add-in works in Excel only; this is Word\./)
    ).toBeInTheDocument();
  });

  test("in Excel it shows the next step and the sections, not the notice", async () => {
    render(
      <App
        detect={() => Promise.resolve({ kind: "excel", platform: "PC" })}
        store={store}
        run={never}
      />
    );
    expect(
      await screen.findByRole("button", { name: "Insert the data as tables" })
    ).toBeInTheDocument();
    // Below the next step: the first screen's second step, drawn just after it.
    expect(await screen.findByRole("button", { name: "Refresh" })).toBeInTheDocument();
    expect(screen.getAllByRole("tab").map((t) => t.textContent)).toEqual([
      "Data",
      "Formulas",
      "Charts",
      "Explain",
      "About",
    ]);
    expect(screen.queryByText("Not running in Excel")).toBeNull();
  });

  test("reads the workbook's settings when it uses them: Office.context appears only once Office is ready", async () => {
    // In Microsoft's office.js, Office.context is undefined until the host has answered the first
    // request (GetContext), which comes after React's first render; the settings must be read
    // after Office.onReady, not cached at that render.
    // https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in ("Office.context ...
    // after Office.onReady"); the review's finding 1 (excel-conformance-2026-12.md).
    const saved = new Map<string, unknown>([
      ["kzuz.tableIds", { projects: "{table-1}" }],
      ["kzuz.datasetUrl", "https://example.org/kzuz.json"],
    ]);
    const written: string[] = [];
    const settings = {
      get: (k: string) => saved.get(k),
      set: (k: string, v: unknown) => void saved.set(k, v),
      remove: (k: string) => void saved.delete(k),
      saveAsync: (cb?: (r: { status: string }) => void) => {
        written.push([...saved.keys()].join());
        cb?.({ status: "succeeded" });
      },
    };
    const g = globalThis as unknown as { Office?: { context?: unknown } };
    const ready = deferred();
    const office = {
      context: undefined as unknown,
      onReady: () => ready.promise.then(() => ({ host: "Excel", platform: "Mac" })),
    };
    g.Office = office;
    try {
      render(<App detect={() => ready.promise} store={store} run={never} />);
      expect(screen.getByText("Connecting to Excel…")).toBeInTheDocument();
      // Office answers: its context (with the workbook's settings) exists from now on.
      office.context = { document: { settings } };
      await act(async () => ready.resolve({ kind: "excel", platform: "Mac" }));
      // The workbook holds the add-in's tables: the next step is a refresh, not an insert.
      expect(await screen.findByRole("button", { name: "Refresh the data" })).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "Insert the data as tables" })).toBeNull();
    } finally {
      delete g.Office;
    }
  });

  test("if the data did not load, it says what to do", async () => {
    render(
      <App
        detect={() => Promise.resolve({ kind: "excel", platform: "PC" })}
        store={undefined}
        run={never}
      />
    );
    await act(async () => undefined);
    expect(within(screen.getByRole("main")).getByText(/data did not load/)).toBeInTheDocument();
    // Announced too, once, at once (an error).
    await act(async () => undefined);
    expect(screen.getByTestId("announce-assertive")).toHaveTextContent(/data did not load/);
  });
});

describe("in the reader's language", () => {
  /** A reader who chose `lang` before: remembered, and loaded before the pane renders. */
  async function chosen(lang: "ru" | "kk") {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
    await setActiveLang(lang);
  }
  afterEach(async () => {
    cleanup(); // the pane first, so that switching back to English re-renders nothing
    localStorage.clear();
    await setActiveLang("en");
  });

  test("Russian: the header, the progress message and the language picker at the top", async () => {
    await chosen("ru");
    const d = deferred();
    render(<App detect={() => d.promise} store={store} run={never} />);
    expect(screen.getByText("Подключение к Excel…")).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 1, name: "Сотрудничество Казахстана и Узбекистана" })
    ).toBeInTheDocument();
    const banner = screen.getByRole("banner");
    expect(banner).toHaveTextContent(
      "Совместные проекты, соглашения и товарооборот на пути к целевому показателю 10 млрд долл. США к 2030 году; у каждой цифры указан источник."
    );
    // The picker is in the header, labelled, a native select (reached with Tab, changed with the
    // arrow keys); each language named in itself, so a reader of none of the others finds theirs.
    const picker = within(banner).getByRole("combobox", { name: "Язык" });
    expect(picker).toHaveValue("ru");
    expect(picker.tagName).toBe("SELECT");
    picker.focus();
    expect(picker).toHaveFocus();
    expect(
      within(picker)
        .getAllByRole("option")
        .map((o) => o.textContent)
    ).toEqual(["Как в Office (English)", "English", "Русский", "Қазақша", "Oʻzbekcha", "Français"]);
    await act(async () => {
      fireEvent.change(picker, { target: { value: "kk" } });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Қазақстан мен Өзбекстан ынтымақтастығы",
      })
    ).toBeInTheDocument();
    expect(screen.getByText("Excel-ге қосылуда…")).toBeInTheDocument();
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe("kk");
  });

  test("Kazakh: if the data did not load, it says what to do in Kazakh", async () => {
    await chosen("kk");
    render(
      <App
        detect={() => Promise.resolve({ kind: "excel", platform: "PC" })}
        store={undefined}
        run={never}
      />
    );
    await act(async () => undefined);
    expect(screen.getByRole("main")).toHaveTextContent(
      "Қондырманың деректері жүктелмеді. Тақтаны жауып, қайта ашыңыз; қате қайталанса, қондырманы қайта орнатыңыз."
    );
    await act(async () => undefined);
    expect(screen.getByTestId("announce-assertive")).toHaveTextContent(/деректері жүктелмеді/);
  });
});
