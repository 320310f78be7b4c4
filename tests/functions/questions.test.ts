import type { DatasetSnapshot } from "../../src/data/store";
import { investmentValue } from "../../src/formulas/compute";
import { live } from "../../src/functions/live";
import { freshStore, publishedDataset } from "../support/dataset";
import { RecordingInvocation } from "../support/functions";

const KASHKA = ["INVESTMENT", "Kashka-Daria", null];
const kashka = (s: DatasetSnapshot) => investmentValue(s.index, "Kashka-Daria", null);

function withLab(usd: number) {
  const dataset = structuredClone(publishedDataset());
  dataset.projects.find((p) => p.id === "lab-complex-kashkadarya")!.investment.usd = usd;
  return dataset;
}
const FROM_URL = {
  kind: "url",
  url: "https://example.org/d.json",
  fetchedAt: "2026-11-27T00:00:00Z",
} as const;

describe("cells asking the same question", () => {
  test("share one computation per snapshot", () => {
    const store = freshStore();
    const compute = jest.fn(kashka);
    const cells = Array.from({ length: 5 }, () => new RecordingInvocation<number>());
    for (const cell of cells) live(store, cell, compute, KASHKA);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(cells.map((c) => c.results)).toEqual(cells.map(() => [250_000_000]));
    store.replace(withLab(300_000_000), FROM_URL);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(cells.map((c) => c.results)).toEqual(cells.map(() => [250_000_000, 300_000_000]));
  });

  test("a refresh gives the new value, to the cells there and to a cell entered after it", () => {
    const store = freshStore();
    const cell = new RecordingInvocation<number>();
    live(store, cell, kashka, KASHKA);
    store.replace(withLab(300_000_000), FROM_URL);
    expect(cell.results).toEqual([250_000_000, 300_000_000]);
    const later = new RecordingInvocation<number>();
    live(store, later, kashka, KASHKA);
    expect(later.results).toEqual([300_000_000]);
  });

  test("cancelling one cell leaves the others fed; cancelling all stops the question", () => {
    const store = freshStore();
    const compute = jest.fn(kashka);
    const [a, b] = [new RecordingInvocation<number>(), new RecordingInvocation<number>()];
    live(store, a, compute, KASHKA);
    live(store, b, compute, KASHKA);
    a.onCanceled!();
    store.replace(withLab(300_000_000), FROM_URL);
    expect(a.results).toEqual([250_000_000]);
    expect(b.results).toEqual([250_000_000, 300_000_000]);
    b.onCanceled!();
    store.replace(withLab(350_000_000), FROM_URL);
    expect(compute).toHaveBeenCalledTimes(2);
    // Asked again after every cell left, the question is computed afresh.
    const c = new RecordingInvocation<number>();
    live(store, c, compute, KASHKA);
    expect(c.results).toEqual([350_000_000]);
  });

  test("different arguments, or the same text as another type, are different questions", () => {
    const store = freshStore();
    const asked: unknown[][] = [];
    const ask = (question: unknown[]) =>
      live(store, new RecordingInvocation<number>(), () => asked.push(question), question);
    ask(["TRADE", 2024, null]);
    ask(["TRADE", "2024", null]);
    ask(["TRADE", 2024, null]);
    ask(["TRADE", 2024, undefined]);
    ask(["TRADE", 2024, "KZ"]);
    ask(["TARGET", 2024, null]);
    ask(["TARGET", 2024, null]);
    expect(asked).toEqual([
      ["TRADE", 2024, null],
      ["TRADE", "2024", null],
      ["TRADE", 2024, undefined],
      ["TRADE", 2024, "KZ"],
      ["TARGET", 2024, null],
    ]);
  });
});
