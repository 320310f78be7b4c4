/** @jest-environment jsdom */
/**
 * The one way the pane waits for what comes after its first screen (src/taskpane/AfterFirstScreen.tsx):
 * at the page's start (catalogues in two parts, as in the build) nothing beyond the first screen
 * is fetched before it is painted, and nothing is drawn before its code and the rest of the
 * messages are both here; after that, code is fetched once and drawn as soon as it is here; code
 * that cannot load reaches the error boundary, and drawing again asks again.
 *
 * esbuild's Jest transform does not hoist jest.mock: the mocks come first, the modules after.
 */
import { Component, type ReactNode } from "react";

// As in the page's build (webpack.config.js's DefinePlugin): translators start incomplete.
(globalThis as { KZUZ_CATALOGUE_PARTS?: boolean }).KZUZ_CATALOGUE_PARTS = true;
/** Each time the pane asks for the rest of the messages; `deliver` lets the last one through. */
const asks: string[] = [];
let deliver: (() => Promise<unknown>) | undefined;
jest.doMock("../../src/i18n/active", () => {
  const actual = jest.requireActual("../../src/i18n/active");
  return {
    ...actual,
    completeActiveLang: () => {
      asks.push("rest");
      return new Promise((resolve) => {
        deliver = () => actual.completeActiveLang().then(resolve);
      });
    },
  };
});

const rtl = require("@testing-library/react") as typeof import("@testing-library/react");
const { act, render, screen, waitFor } = rtl;
const { activeTranslator } = jest.requireActual(
  "../../src/i18n/active"
) as typeof import("../../src/i18n/active");
const { afterFirstScreen, AfterFirstScreen, useCompleteTranslator } =
  require("../../src/taskpane/AfterFirstScreen") as typeof import("../../src/taskpane/AfterFirstScreen");
const { LanguageProvider } =
  require("../../src/taskpane/i18n") as typeof import("../../src/taskpane/i18n");

const never = () => new Promise<never>(() => undefined);

function Shown({ word }: { word: string }) {
  // Drawn with the complete translator: a message beyond the first screen's.
  const t = useCompleteTranslator();
  return <p>{`${word}: ${t?.t("data.result.inserted")}`}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>{`failed: ${this.state.error.message}`}</p> : this.props.children;
  }
}

test("at the page's start: fetched after the first paint, drawn once its code and the rest are both here", async () => {
  expect(activeTranslator().complete).toBe(false);
  const load = jest.fn(() => Promise.resolve(Shown));
  const Later = afterFirstScreen(load);
  render(
    <LanguageProvider ready={never}>
      <p>{"first screen"}</p>
      <Later word="below" />
      <AfterFirstScreen>
        <p>{"a tab"}</p>
      </AfterFirstScreen>
    </LanguageProvider>
  );
  // Nothing on the way to the first paint: no code, no messages asked for.
  expect(load).not.toHaveBeenCalled();
  expect(asks).toEqual([]);
  expect(screen.getByText("Loading…")).toBeInTheDocument();
  await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  await waitFor(() => expect(asks.length).toBeGreaterThan(0));
  // The code is here, the messages not yet: still nothing (never a key, never an empty text).
  await act(async () => undefined);
  expect(screen.queryByText(/^below/)).toBeNull();
  expect(screen.queryByText("a tab")).toBeNull();
  await act(async () => void (await deliver!()));
  expect(await screen.findByText("below: Tables inserted")).toBeInTheDocument();
  expect(screen.getByText("a tab")).toBeInTheDocument();
  expect(screen.queryByText("Loading…")).toBeNull();
  expect(load).toHaveBeenCalledTimes(1);
});

describe("after the first moments (the translator complete)", () => {
  beforeAll(async () => {
    await jest.requireActual("../../src/i18n/active").completeActiveLang();
    expect(activeTranslator().complete).toBe(true);
  });

  test("fetched once for every place it is drawn, drawn as soon as it is here", async () => {
    const load = jest.fn(() => Promise.resolve(Shown));
    const Later = afterFirstScreen(load);
    render(
      <>
        <Later word="one" />
        <Later word="two" />
      </>
    );
    expect(await screen.findByText("one: Tables inserted")).toBeInTheDocument();
    expect(screen.getByText("two: Tables inserted")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    // Drawn again, it is there at once.
    rtl.cleanup();
    render(<Later word="again" />);
    expect(screen.getByText("again: Tables inserted")).toBeInTheDocument();
  });

  test("code that cannot load reaches the error boundary; drawing it again asks again", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const load = jest
      .fn<Promise<typeof Shown>, []>()
      .mockRejectedValueOnce(new Error("Loading chunk excel-more failed."))
      .mockResolvedValue(Shown);
    const Later = afterFirstScreen(load);
    render(
      <Boundary>
        <Later word="retried" />
      </Boundary>
    );
    expect(await screen.findByText("failed: Loading chunk excel-more failed.")).toBeInTheDocument();
    rtl.cleanup();
    render(
      <Boundary>
        <Later word="retried" />
      </Boundary>
    );
    expect(await screen.findByText("retried: Tables inserted")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
