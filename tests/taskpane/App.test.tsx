/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { DatasetStore } from "../../src/data/store";
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

describe("App", () => {
  test("shows progress while it finds out where it runs", () => {
    const d = deferred();
    render(<App detect={() => d.promise} store={store} run={never} />);
    expect(screen.getByText("Connecting to Excel…")).toBeTruthy();
  });

  test("outside Excel: says so, how to open it in Excel, and previews the dataset read-only", async () => {
    render(
      <App
        detect={() => Promise.resolve({ kind: "no-office", reason: "not-in-office" })}
        store={store}
        run={never}
      />
    );
    expect(await screen.findByText("Not running in Excel")).toBeTruthy();
    expect(screen.getByText("This page is open in a web browser, not inside Excel.")).toBeTruthy();
    expect(screen.getByText(/Upload My Add-in/)).toBeTruthy();
    expect(screen.getByText("Joint projects (7 rows)")).toBeTruthy();
    expect(
      screen.getByRole("progressbar", { name: /^Trade in 2025: \$4\.97 billion/ })
    ).toBeTruthy();
    expect(
      screen.getByRole("progressbar", { name: "2017: $2 billion, 20.0% of the target" })
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Insert all tables" })).toBeNull();
  });

  test("without office.js it names that cause", async () => {
    render(
      <App
        detect={() => Promise.resolve({ kind: "no-office", reason: "office-js-missing" })}
        store={store}
        run={never}
      />
    );
    expect(await screen.findByText(/office\.js\) could not be loaded/)).toBeTruthy();
  });

  test("in another Office app it says the add-in is for Excel", async () => {
    render(
      <App
        detect={() => Promise.resolve({ kind: "other-host", host: "Word" })}
        store={store}
        run={never}
      />
    );
    expect(await screen.findByText("This add-in works in Excel only; this is Word.")).toBeTruthy();
  });

  test("in Excel it shows the actions, not the notice", async () => {
    render(
      <App
        detect={() => Promise.resolve({ kind: "excel", platform: "PC" })}
        store={store}
        run={never}
      />
    );
    expect(await screen.findByRole("button", { name: "Insert all tables" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Refresh" })).toBeTruthy();
    expect(screen.queryByText("Not running in Excel")).toBeNull();
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
    expect(screen.getByText(/data did not load/)).toBeTruthy();
  });
});
