import { act, fireEvent, screen, within } from "@testing-library/react";

/** Opens a dropdown with the keyboard and picks the option named `name` with Enter. */
export async function pickWithKeyboard(combobox: HTMLElement, name: string | RegExp) {
  await act(async () => {
    combobox.focus();
    fireEvent.keyDown(combobox, { key: "ArrowDown" });
  });
  const listbox = await screen.findByRole("listbox");
  const options = within(listbox).getAllByRole("option");
  const target = options.findIndex((o) =>
    typeof name === "string" ? o.textContent === name : name.test(o.textContent ?? "")
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
