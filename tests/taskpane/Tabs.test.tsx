/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { Tabs } from "../../src/taskpane/Tabs";

function Counter() {
  const [n, setN] = useState(0);
  return <button onClick={() => setN(n + 1)}>Clicked {n}</button>;
}

const render3 = (second = jest.fn(() => <p>Second panel</p>)) => {
  render(
    <Tabs
      label="Sections"
      idPrefix="t"
      tabs={[
        { id: "a", label: "First", render: () => <Counter /> },
        { id: "b", label: "Second", render: second },
        { id: "c", label: "Third", render: () => <p>Third panel</p> },
      ]}
    />
  );
  return second;
};

test("the WAI-ARIA tabs pattern: one tab stop, arrows, Home and End, panels labelled by their tab", () => {
  render3();
  const [first, second, third] = screen.getAllByRole("tab");
  expect(screen.getByRole("tablist", { name: "Sections" })).toBeInTheDocument();
  expect(first).toHaveAttribute("aria-selected", "true");
  expect(first).toHaveAttribute("tabindex", "0");
  expect(second).toHaveAttribute("tabindex", "-1");
  expect(screen.getByRole("tabpanel", { name: "First" })).toBeVisible();

  fireEvent.keyDown(first, { key: "ArrowRight" });
  expect(second).toHaveAttribute("aria-selected", "true");
  expect(second).toHaveFocus();
  expect(screen.getByRole("tabpanel", { name: "Second" })).toHaveTextContent("Second panel");
  fireEvent.keyDown(second, { key: "End" });
  expect(third).toHaveFocus();
  fireEvent.keyDown(third, { key: "ArrowRight" });
  expect(first).toHaveFocus();
  fireEvent.keyDown(first, { key: "ArrowLeft" });
  expect(third).toHaveFocus();
  fireEvent.keyDown(third, { key: "Home" });
  expect(first).toHaveAttribute("aria-selected", "true");
});

test("a panel renders when first opened and keeps its state when hidden", () => {
  const second = render3();
  expect(second).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole("button", { name: "Clicked 0" }));
  fireEvent.click(screen.getByRole("tab", { name: "Second" }));
  expect(second).toHaveBeenCalled();
  expect(screen.queryByRole("button", { name: "Clicked 1" })).toBeNull(); // hidden
  fireEvent.click(screen.getByRole("tab", { name: "First" }));
  expect(screen.getByRole("button", { name: "Clicked 1" })).toBeVisible();
});
