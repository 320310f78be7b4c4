/** @jest-environment jsdom */
/** The pane's language: context, picker, remembered choice, rich messages. */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { setActiveLang } from "../../src/i18n/active";
import { LANG_STORAGE_KEY } from "../../src/i18n/detect";
import { LanguagePicker } from "../../src/taskpane/LanguagePicker";
import { LanguageProvider, rich, useT } from "../../src/taskpane/i18n";
import { englishTranslator } from "../../src/i18n/translator";

afterEach(async () => {
  localStorage.clear();
  await setActiveLang("en");
});

function Label() {
  const t = useT();
  return <p data-testid="label">{t.t("value.notDisclosed")}</p>;
}

test("picking a language re-renders the pane in it, marks the page and is remembered", async () => {
  render(
    <LanguageProvider ready={() => Promise.resolve()}>
      <LanguagePicker />
      <Label />
    </LanguageProvider>
  );
  expect(screen.getByTestId("label")).toHaveTextContent("not disclosed");
  const select = screen.getByLabelText("Language");
  await act(async () => {
    fireEvent.change(select, { target: { value: "ru" } });
    await new Promise((r) => setTimeout(r, 0));
  });
  expect(await screen.findByText("не раскрыто")).toBeInTheDocument();
  expect(document.documentElement.lang).toBe("ru-RU");
  expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe("ru");
  expect(screen.getByLabelText("Язык")).toHaveValue("ru");
  // Back to following Office (English here: no Office display language).
  await act(async () => {
    fireEvent.change(screen.getByLabelText("Язык"), { target: { value: "office" } });
    await new Promise((r) => setTimeout(r, 0));
  });
  expect(await screen.findByText("not disclosed")).toBeInTheDocument();
  expect(localStorage.getItem(LANG_STORAGE_KEY)).toBeNull();
});

test("without a remembered choice the pane follows Office's display language once Office is ready", async () => {
  const g = globalThis as { Office?: unknown };
  g.Office = { context: { displayLanguage: "kk-KZ" } };
  try {
    render(
      <LanguageProvider ready={() => Promise.resolve()}>
        <Label />
      </LanguageProvider>
    );
    expect(await screen.findByText("жария етілмеген")).toBeInTheDocument();
  } finally {
    delete g.Office;
  }
});

test("a remembered choice wins over Office's language", async () => {
  localStorage.setItem(LANG_STORAGE_KEY, "fr");
  await setActiveLang("fr");
  const g = globalThis as { Office?: unknown };
  g.Office = { context: { displayLanguage: "ru-RU" } };
  try {
    render(
      <LanguageProvider ready={() => Promise.resolve()}>
        <Label />
      </LanguageProvider>
    );
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(screen.getByTestId("label")).toHaveTextContent("non communiqué");
  } finally {
    delete g.Office;
  }
});

test("rich: elements go where the language puts the placeholder", () => {
  render(
    <p data-testid="rich">
      {rich(englishTranslator, "language.followOffice", {}, { language: <b>Русский</b> })}
    </p>
  );
  expect(screen.getByTestId("rich").innerHTML).toBe("As in Office (<b>Русский</b>)");
});
