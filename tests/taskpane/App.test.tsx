/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import type { HostState } from "../../src/excel/host";
import { App } from "../../src/taskpane/App";

function deferred() {
  let resolve!: (state: HostState) => void;
  const promise = new Promise<HostState>((r) => (resolve = r));
  return { promise, resolve };
}

describe("App", () => {
  test("shows progress while it finds out where it runs", () => {
    const d = deferred();
    render(<App detect={() => d.promise} />);
    expect(screen.getByText("Connecting to Excel…")).toBeTruthy();
  });

  test("outside Excel it says so and how to open it in Excel", async () => {
    render(<App detect={() => Promise.resolve({ kind: "no-office", reason: "not-in-office" })} />);
    expect(await screen.findByText("Not running in Excel")).toBeTruthy();
    expect(screen.getByText("This page is open in a web browser, not inside Excel.")).toBeTruthy();
    expect(screen.getByText(/Upload My Add-in/)).toBeTruthy();
    expect(screen.queryByText("Connecting to Excel…")).toBeNull();
  });

  test("without office.js it names that cause", async () => {
    render(
      <App detect={() => Promise.resolve({ kind: "no-office", reason: "office-js-missing" })} />
    );
    expect(await screen.findByText(/office\.js\) could not be loaded/)).toBeTruthy();
  });

  test("in another Office app it says the add-in is for Excel", async () => {
    render(<App detect={() => Promise.resolve({ kind: "other-host", host: "Word" })} />);
    expect(await screen.findByText("This add-in works in Excel only; this is Word.")).toBeTruthy();
  });

  test("in Excel it shows the Excel pane, not the notice", async () => {
    render(<App detect={() => Promise.resolve({ kind: "excel", platform: "PC" })} />);
    expect(await screen.findByLabelText("KZUZ in Excel")).toBeTruthy();
    expect(screen.queryByText("Not running in Excel")).toBeNull();
  });
});
