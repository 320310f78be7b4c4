/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { setActiveLang } from "../../src/i18n/active";
import { FirstRun } from "../../src/taskpane/FirstRun";
import {
  dismissFirstRun,
  firstRunDismissed,
  markStepDone,
} from "../../src/taskpane/firstRunMemory";

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

test("in Russian and Uzbek: the steps in the language, the formula prefix kept as typed", async () => {
  try {
    await setActiveLang("ru");
    const ru = render(<FirstRun />);
    expect(screen.getByRole("heading", { name: "С чего начать" })).toBeInTheDocument();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Вставьте данные кнопкой ниже.",
      "Введите =KZUZ. в ячейку, чтобы получить значения, которые обновляются сами.",
      "Выделите ячейку KZUZ и откройте «Пояснения», чтобы увидеть её источник.",
    ]);
    // The prefix is one code element inside the sentence, where Russian puts it.
    expect(screen.getAllByRole("listitem")[1].querySelector("code")?.textContent).toBe("=KZUZ.");
    expect(screen.getByRole("button", { name: "Понятно, скрыть" })).toBeInTheDocument();
    ru.unmount();
    await setActiveLang("uz");
    render(<FirstRun />);
    expect(screen.getByRole("heading", { name: "Ishni boshlash" })).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")[1]).toHaveTextContent(
      "Oʻzi yangilanadigan raqamlar uchun katakka =KZUZ. deb yozing."
    );
    fireEvent.click(screen.getByRole("button", { name: "Tushunarli, yashirish" }));
    expect(screen.queryByRole("heading", { name: "Ishni boshlash" })).toBeNull();
  } finally {
    await setActiveLang("en");
  }
});

test("the steps tick off as they are done: tables inserted, a formula written, a cell explained", () => {
  const { rerender } = render(<FirstRun hasTables={false} />);
  const items = () => screen.getAllByRole("listitem").map((li) => li.textContent ?? "");
  expect(items().filter((text) => text.startsWith("✓"))).toEqual([]);
  rerender(<FirstRun hasTables={true} />);
  expect(items()[0]).toBe("✓ done: Insert the data with the button below.");
  act(() => markStepDone("explain"));
  expect(items()[2]).toMatch(/^✓ done: Select a KZUZ cell/);
  expect(items()[1]).not.toMatch(/^✓/);
  act(() => markStepDone("formula"));
  expect(items()[1]).toMatch(/^✓ done: Type =KZUZ\./);
  // Remembered for the next time the pane opens.
  expect(localStorage.getItem("kzuz.firstRun.steps.v1")).toBe("explain,formula");
});
