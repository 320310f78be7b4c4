/**
 * A refresh's result as the pane says it in Russian and French: the whole outcome, table
 * sentences and value changes included, from one refresh of the fake workbook.
 */
import { ok } from "../../src/data/result";
import type { Dataset } from "../../src/data/schema";
import { DatasetStore } from "../../src/data/store";
import { insertTables, refreshDataset, type Workbench } from "../../src/excel/workbench";
import { createTranslator, englishTranslator, loadMessages } from "../../src/i18n/translator";
import { publishedDataset } from "../support/dataset";
import { createFakeExcel } from "../support/fake-excel";
import { MemorySettings } from "../support/office";
import { english } from "../support/english";

/** The bundled dataset with the 2024 headline revised, as a later version. */
function revised(): Dataset {
  const d = structuredClone(publishedDataset()) as Dataset & { version: string };
  d.version = "2026.12.1";
  d.trade.observations.find((o) => o.year === 2024 && o.headline)!.value = 4_400_000_000;
  return d;
}

async function refreshed() {
  const excel = createFakeExcel();
  const bench: Workbench = {
    store: new DatasetStore(publishedDataset()),
    run: (batch) => batch(excel.context),
    settings: new MemorySettings(),
    baseUrl: "https://addin.example.org/taskpane.html",
    supports: () => true,
  };
  await insertTables(bench, ["trade"]);
  const next = revised();
  const outcome = await refreshDataset(
    bench,
    "https://data.example.org/kzuz.json",
    () => new Date("2026-12-02T09:00:00Z"),
    async () => ok(next)
  );
  if (!outcome.ok || !outcome.said) throw new Error(english(outcome.said));
  return { outcome, said: outcome.said };
}

test("English says the outcome exactly as its message", async () => {
  const { outcome, said } = await refreshed();
  expect(englishTranslator.text(said)).toBe(english(outcome.said));
});

test("Russian says the refresh, the table's counts and the revised value", async () => {
  const { said } = await refreshed();
  const text = createTranslator("ru", await loadMessages("ru")).text(said);
  expect(text).toMatch(
    /^Теперь используется набор данных 2026\.12\.1 \(на \d+ \S+ 2026 г\.\) вместо 2027\.1\.0\. /
  );
  expect(text).toContain("Торговля — обновлено: 1.");
  expect(text).toMatch(
    /исправлено 4,3\u00a0млрд\u00a0долл\.\u00a0США → 4,4\u00a0млрд\u00a0долл\.\u00a0США\.$/
  );
  expect(text).not.toMatch(/revised|updated|Dataset/);
});

test("French writes the amounts and the date the French way", async () => {
  const { said } = await refreshed();
  const text = createTranslator("fr", await loadMessages("fr")).text(said);
  expect(text).toMatch(/^Le jeu de données 2026\.12\.1 \(au \d+ \S+ 2026\) est désormais utilisé/);
  expect(text).toContain("Commerce\u00a0: 1 mis à jour.");
  expect(text).toMatch(/révisé 4,3\u00a0milliards de dollars → 4,4\u00a0milliards de dollars\.$/);
});
