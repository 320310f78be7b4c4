/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { NewerNotice } from "../../../src/taskpane/data/NewerNotice";
import { RefreshHistory } from "../../../src/taskpane/data/RefreshHistory";
import { MemorySettings } from "../../support/office";

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow its actions.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const inForce = { version: "2026.12.0", asOf: "2026-11-27" };

test("shows each table's last refresh and offers to restore the previous dataset", () => {
  const settings = new MemorySettings({
    "kzuz.refreshed": {
      trade: { at: "2026-12-01T09:00:00.000Z", version: "2026.12.1", asOf: "2026-11-30" },
      projects: { at: "2026-11-01T08:00:00.000Z", version: "2026.12.0", asOf: "2026-11-27" },
      sources: { at: "2026-12-01T09:00:00.000Z", version: "2026.12.1", asOf: "2026-11-30" },
    },
    "kzuz.previousDataset": { version: "2026.12.0", asOf: "2026-11-27" },
  });
  const onRestore = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <RefreshHistory settings={settings} disabled={false} onRestore={onRestore} />
    </FluentProvider>
  );
  // Tables written together share a line.
  expect(
    [...screen.getByTestId("refreshes").querySelectorAll("li")].map((li) => li.textContent)
  ).toEqual([
    "Projects: 2026-11-01 08:00 UTC, dataset 2026.12.0 (as of 2026-11-27)",
    "Trade, Sources: 2026-12-01 09:00 UTC, dataset 2026.12.1 (as of 2026-11-30)",
  ]);
  fireEvent.click(screen.getByRole("button", { name: "Restore dataset 2026.12.0" }));
  expect(onRestore).toHaveBeenCalledTimes(1);
});

test("offers no restore before a refresh to a new version", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <RefreshHistory settings={new MemorySettings()} disabled={false} onRestore={jest.fn()} />
    </FluentProvider>
  );
  expect(screen.queryByRole("button")).toBeNull();
});

test("a later published dataset is announced until dismissed; the check only reads", async () => {
  const check = jest.fn(async () => ({ version: "2026.12.1", asOf: "2026-12-05" }));
  render(
    <FluentProvider theme={webLightTheme}>
      <NewerNotice url="https://data.example.org/kzuz.json" inForce={inForce} check={check} />
    </FluentProvider>
  );
  const notice = await screen.findByTestId("newer-dataset");
  expect(notice.textContent).toContain(
    "Dataset 2026.12.1 (as of 2026-12-05) is published; you use 2026.12.0."
  );
  expect(check).toHaveBeenCalledWith("https://data.example.org/kzuz.json", inForce);
  fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
  expect(screen.queryByTestId("newer-dataset")).toBeNull();
});
