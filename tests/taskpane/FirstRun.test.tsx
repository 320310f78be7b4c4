/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { FirstRun } from "../../src/taskpane/FirstRun";
import { dismissFirstRun, firstRunDismissed } from "../../src/taskpane/firstRun";

beforeEach(() => localStorage.clear());

test("shows the introduction until dismissed, and remembers the dismissal", () => {
  const first = render(<FirstRun />);
  expect(screen.getByRole("heading", { name: "Getting started" })).toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "Got it, hide this" }));
  expect(screen.queryByRole("heading", { name: "Getting started" })).toBeNull();
  expect(localStorage.getItem("kzuz.firstRun.dismissed.v1")).toBe("yes");
  first.unmount();
  // The pane opened again (another session of the same user): no introduction.
  render(<FirstRun />);
  expect(screen.queryByRole("heading", { name: "Getting started" })).toBeNull();
});

test("where storage is blocked it shows the introduction and does not fail", () => {
  const blocked = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("SecurityError");
    },
  };
  expect(firstRunDismissed(blocked)).toBe(false);
  expect(() => dismissFirstRun(blocked)).not.toThrow();
  expect(firstRunDismissed(undefined)).toBe(false);
});
