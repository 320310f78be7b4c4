/**
 * The functions' code beyond registering them is a chunk loaded at the first call
 * (src/functions/live.ts `lazy`, `liveLoaded`; issue 22's start budget): the first cell waits for
 * it as for the dataset, later cells answer at once, a cell cancelled meanwhile gets nothing, and
 * code that cannot load gives #N/A saying why, the next cell asking again.
 */
import { pageStore } from "../support/page-store";
import { investmentValue } from "../../src/formulas/compute";
import { lazy, liveLoaded } from "../../src/functions/live";
import { expectExcelError, RecordingInvocation } from "../support/functions";

type Code = { investmentValue: typeof investmentValue };

function deferred() {
  let settle!: { resolve: (m: Code) => void; reject: (e: Error) => void };
  const promise = new Promise<Code>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

const kashka = (code: Code, s: ReturnType<typeof pageStore.get>) =>
  code.investmentValue(s.index, "Kashka-Daria", null);

test("the first cell waits for the code; once it is here, a cell answers at once", async () => {
  expect(pageStore.get()).toBeDefined();
  const code = deferred();
  const load = jest.fn(() => code.promise);
  const module = lazy(load);
  const first = new RecordingInvocation<number>();
  const second = new RecordingInvocation<number>();
  liveLoaded(module, first, kashka, ["I", "K"]);
  liveLoaded(module, second, kashka, ["I", "K"]);
  // Nothing before the code is here (Excel shows #BUSY!), and it is asked for once.
  expect(first.results).toEqual([]);
  expect(load).toHaveBeenCalledTimes(1);
  code.resolve({ investmentValue });
  await code.promise;
  await Promise.resolve();
  expect(first.results).toEqual([250_000_000]);
  expect(second.results).toEqual([250_000_000]);
  const later = new RecordingInvocation<number>();
  liveLoaded(module, later, kashka, ["I", "K"]);
  expect(later.results).toEqual([250_000_000]);
  expect(load).toHaveBeenCalledTimes(1);
});

test("a cell cancelled while the code loads gets nothing", async () => {
  const code = deferred();
  const module = lazy(() => code.promise);
  const cell = new RecordingInvocation<number>();
  liveLoaded(module, cell, kashka);
  cell.onCanceled!();
  code.resolve({ investmentValue });
  await code.promise;
  await Promise.resolve();
  expect(cell.results).toEqual([]);
});

test("code that cannot load: #N/A saying why; the next cell asks again", async () => {
  const broken = deferred();
  const load = jest
    .fn<Promise<Code>, []>()
    .mockReturnValueOnce(broken.promise)
    .mockResolvedValue({ investmentValue });
  const module = lazy(load);
  const cell = new RecordingInvocation<number>();
  liveLoaded(module, cell, kashka);
  broken.reject(new Error("Loading chunk compute failed."));
  await broken.promise.catch(() => undefined);
  await Promise.resolve();
  const error = expectExcelError(cell.last);
  expect(error.code).toBe("#N/A");
  expect(error.message).toBe(
    "KZUZ could not compute this (Loading chunk compute failed.). Please report it with the formula."
  );
  const again = new RecordingInvocation<number>();
  liveLoaded(module, again, kashka);
  await new Promise((r) => setTimeout(r, 0));
  expect(again.results).toEqual([250_000_000]);
  expect(load).toHaveBeenCalledTimes(2);
});
