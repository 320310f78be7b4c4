import { act, fireEvent, screen, within } from "@testing-library/react";

/** An option's name: the function's name where the option also holds a description line. */
export function optionName(option: Element): string {
  return (option.querySelector("[data-option-name]") ?? option).textContent ?? "";
}

/** Opens a dropdown with the keyboard and picks the option named `name` with Enter. */
export async function pickWithKeyboard(combobox: HTMLElement, name: string | RegExp) {
  await act(async () => {
    combobox.focus();
    fireEvent.keyDown(combobox, { key: "ArrowDown" });
  });
  const listbox = await screen.findByRole("listbox");
  const options = within(listbox).getAllByRole("option");
  const target = options.findIndex((o) =>
    typeof name === "string" ? optionName(o) === name : name.test(optionName(o))
  );
  if (target < 0) throw new Error(`no option ${String(name)}`);
  const current = options.findIndex(
    (o) => o.getAttribute("data-activedescendant-focusvisible") !== null
  );
  for (let i = Math.max(current, 0); i < target; i++)
    fireEvent.keyDown(combobox, { key: "ArrowDown" });
  for (let i = Math.max(current, 0); i > target; i--)
    fireEvent.keyDown(combobox, { key: "ArrowUp" });
  await act(async () => {
    fireEvent.keyDown(combobox, { key: "Enter" });
  });
}
