/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { DatasetStore } from "../../src/data/store";
import { setActiveLang } from "../../src/i18n/active";
import { App } from "../../src/taskpane/App";
import { ErrorBoundary } from "../../src/taskpane/ErrorBoundary";
import { publishedDataset } from "../support/dataset";

function Thrower({ message }: { message: string }): never {
  throw new Error(message);
}

let consoleError: jest.SpyInstance;
beforeEach(() => {
  // React reports every caught render error on the console; the tests check what the user sees.
  consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

describe("ErrorBoundary", () => {
  test("shows its children while nothing throws", () => {
    const { container } = render(
      <ErrorBoundary>
        <p>All well</p>
      </ErrorBoundary>
    );
    expect(container.innerHTML).toBe("<p>All well</p>");
  });

  test("a component that throws shows what happened, what to do, and a button that reloads", () => {
    const reload = jest.fn();
    render(
      <ErrorBoundary reload={reload}>
        <p>Before</p>
        <Thrower message="the summary broke" />
      </ErrorBoundary>
    );
    expect(screen.queryByText("Before")).not.toBeInTheDocument();
    const title = screen.getByText("Something went wrong in the KZUZ pane.");
    expect(title.parentElement?.textContent).toBe(
      "Something went wrong in the KZUZ pane." +
        "Reload the pane to start it again; reloading does not change your workbook. " +
        "If this happens again, close the pane and reopen it. (Details: the summary broke)"
    );
    fireEvent.click(screen.getByRole("button", { name: "Reload the pane" }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledWith(
      "KZUZ: the pane failed",
      expect.objectContaining({ message: "the summary broke" }),
      expect.any(String)
    );
  });

  test("in the pane, a part that throws leaves the message, not a blank pane", async () => {
    const store = new DatasetStore(publishedDataset());
    jest.spyOn(store, "get").mockImplementation(() => {
      throw new Error("no snapshot");
    });
    render(
      <App
        detect={() => Promise.resolve({ kind: "no-office", reason: "not-in-office" })}
        store={store}
        run={() => Promise.reject(new Error("no Excel in this test"))}
      />
    );
    await screen.findByText("Something went wrong in the KZUZ pane.");
    expect(screen.getByRole("main").textContent).toMatch(
      /^Something went wrong in the KZUZ pane\.Reload the pane .*\(Details: no snapshot\)Reload the pane$/
    );
  });
});

describe("in the reader's language", () => {
  afterEach(async () => {
    await setActiveLang("en");
  });

  test("Russian: what happened, what to do, and the button, in Russian; the details as the error gave them", async () => {
    await setActiveLang("ru");
    const reload = jest.fn();
    render(
      <ErrorBoundary reload={reload}>
        <Thrower message="the summary broke" />
      </ErrorBoundary>
    );
    const title = screen.getByText("В панели KZUZ произошла ошибка.");
    expect(title.parentElement?.textContent).toBe(
      "В панели KZUZ произошла ошибка." +
        "Перезагрузите панель, чтобы запустить её заново; перезагрузка не изменяет вашу книгу. " +
        "Если ошибка повторится, закройте панель и откройте её снова. (Подробности: the summary broke)"
    );
    fireEvent.click(screen.getByRole("button", { name: "Перезагрузить панель" }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test("French", async () => {
    await setActiveLang("fr");
    render(
      <ErrorBoundary reload={() => undefined}>
        <Thrower message="boom" />
      </ErrorBoundary>
    );
    expect(
      screen.getByText("Un problème est survenu dans le volet KZUZ.").parentElement
    ).toHaveTextContent(
      "Rechargez le volet pour le relancer ; le rechargement ne modifie pas votre classeur. Si cela se reproduit, fermez le volet puis rouvrez-le. (Détails : boom)"
    );
    expect(screen.getByRole("button", { name: "Recharger le volet" })).toBeInTheDocument();
  });
});
