import { investmentValue } from "../../src/formulas/compute";
import { live } from "../../src/functions/live";
import { setActiveLang } from "../../src/i18n/active";
import { freshStore, publishedDataset } from "../support/dataset";
import { expectExcelError, RecordingInvocation } from "../support/functions";

function withLabEstimate(usd: number) {
  const dataset = structuredClone(publishedDataset());
  const lab = dataset.projects.find((p) => p.id === "lab-complex-kashkadarya")!;
  lab.investment.usd = usd;
  return dataset;
}

describe("live (streaming) functions", () => {
  test("answer at once, then again after the dataset changes, without recalculation", () => {
    const store = freshStore();
    const invocation = new RecordingInvocation<number>();
    live(store, invocation, (s) => investmentValue(s.index, "Kashka-Daria", null));
    expect(invocation.results).toEqual([250_000_000]);
    store.replace(withLabEstimate(300_000_000), {
      kind: "url",
      url: "https://example.org/d.json",
      fetchedAt: "2026-11-27T00:00:00Z",
    });
    expect(invocation.results).toEqual([250_000_000, 300_000_000]);
  });

  test("a change that leaves the result alone does not redraw the cell", () => {
    const store = freshStore();
    const invocation = new RecordingInvocation<number>();
    live(store, invocation, (s) => investmentValue(s.index, "Kashka-Daria", null));
    store.replace(publishedDataset(), { kind: "bundled" });
    expect(invocation.results).toHaveLength(1);
  });

  test("cancelling stops the updates", () => {
    const store = freshStore();
    const invocation = new RecordingInvocation<number>();
    live(store, invocation, (s) => investmentValue(s.index, "Kashka-Daria", null));
    invocation.onCanceled!();
    store.replace(withLabEstimate(300_000_000), { kind: "bundled" });
    expect(invocation.results).toHaveLength(1);
  });

  test("an exception in a computation becomes #N/A with a message, never escapes", () => {
    const store = freshStore();
    const invocation = new RecordingInvocation<number>();
    expect(() =>
      live(store, invocation, () => {
        throw new Error("boom");
      })
    ).not.toThrow();
    const e = expectExcelError(invocation.last);
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/boom/);
  });

  test("the index is only rebuilt once per change, whatever the number of live formulas", () => {
    const store = freshStore();
    const seen = new Set<unknown>();
    for (let i = 0; i < 50; i++)
      live(
        store,
        new RecordingInvocation<number>(),
        (s) => (seen.add(s.index), investmentValue(s.index, "ICIC", null))
      );
    store.replace(publishedDataset(), { kind: "bundled" });
    expect(seen.size).toBe(2);
  });

  test("a change of the pane's language says a cell's error again in it; numbers stay as they are", async () => {
    const store = freshStore();
    const error = new RecordingInvocation<number>();
    const number = new RecordingInvocation<number>();
    live(store, error, (s) => investmentValue(s.index, "Tashkemt", null), ["I", "Tashkemt"]);
    live(store, number, (s) => investmentValue(s.index, "Kashka-Daria", null), ["I", "K"]);
    expect(expectExcelError(error.last).message).toMatch(/^No project, place or sector matches/);
    try {
      await setActiveLang("ru");
      expect(expectExcelError(error.last).message).toMatch(/^По запросу "Tashkemt" не найдено/);
      expect(number.results).toEqual([250_000_000]);
      // A cell asking the same question now gets the Russian answer the others share.
      const later = new RecordingInvocation<number>();
      live(store, later, (s) => investmentValue(s.index, "Tashkemt", null), ["I", "Tashkemt"]);
      expect(expectExcelError(later.last).message).toMatch(/^По запросу/);
      later.onCanceled!();
    } finally {
      await setActiveLang("en");
      error.onCanceled!();
      number.onCanceled!();
    }
    expect(expectExcelError(error.last).message).toMatch(/^No project/);
  });
});
