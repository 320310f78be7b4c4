/**
 * Journeys that only Microsoft's office.js shows: the production build under the simulated Excel
 * for Mac (tests/support/excel-host), where Office.context exists only once the host has answered
 * GetContext, settings travel as WriteSettings messages, requirement sets come from the host's
 * matrix, and table filters are read back as Excel reads them (with null members, office-js#1226).
 * Each test reads the workbook (the unit tests' model) and the settings the host received.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { ExcelHost, HOST_SETS } from "../support/excel-host/host";
import { setFilter, sortTable } from "../support/fake-excel/filters";
import type { TableModel } from "../support/fake-excel";
import { launchBrowser } from "./server";
import { DATASET, openWorkbook, select, workbook } from "./workbook-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The bundled dataset's version, and 2024's trade headline in it. */
const BUNDLED = JSON.parse(DATASET) as {
  version: string;
  trade: { observations: { year: number; headline?: boolean; value?: number }[] };
};
const HEADLINE_2024 = BUNDLED.trade.observations.find((o) => o.year === 2024 && o.headline)!.value;
/** A later version than the bundled one ("2027.1.0" → "2027.1.1"). */
const LATER = BUNDLED.version.replace(/\d+$/, (n) => String(Number(n) + 1));

/** The published dataset as a later version, with 2024's trade headline revised to $4.4bn. */
function revised(version = LATER): string {
  const d = JSON.parse(DATASET) as {
    version: string;
    trade: { observations: { year: number; headline?: boolean; value?: number }[] };
  };
  d.version = version;
  d.trade.observations.find((o) => o.year === 2024 && o.headline)!.value = 4_400_000_000;
  return JSON.stringify(d);
}

async function insertAll(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Insert the data as tables" }).click();
  await page.getByTestId("primary-action").getByText("Tables inserted").waitFor();
}

const tableNamed = (name: string) => (w: { tables: TableModel[] }) =>
  w.tables.find((t) => t.name === name) as TableModel;

test("the settings are read once Office is ready: the tables' ids are saved, and the dataset address is kept across a reopen", async () => {
  // GetContext answered after 500 ms (the pane's first render waits for it: index.tsx); on the
  // reopen below Excel takes 5 s, and the first render comes well before.
  const host = new ExcelHost({ contextDelayMs: 500 });
  const { page, errors } = await openWorkbook(browser, { host });
  await insertAll(page);
  // Before the fix the pane read Office.context at its first render, found none, and never
  // sent WriteSettings (review finding 1).
  expect(Object.keys(host.settingValues)).toEqual(
    expect.arrayContaining(["kzuz.tableIds", "kzuz.rowIds"])
  );
  const ids = host.settingValues["kzuz.tableIds"] as Record<string, string>;
  expect(Object.values(ids).sort()).toEqual(
    (await workbook(page, (w) => w.tables.map((t) => t.id))).sort()
  );

  await page.getByText("Where Refresh downloads from").click();
  await page.getByLabel(/Download address/).fill("https://data.example.org/kzuz.json");
  await page.getByRole("button", { name: "Save address" }).click();
  await page.getByText("Saved in this workbook.").waitFor();
  expect(host.settingValues["kzuz.datasetUrl"]).toBe("https://data.example.org/kzuz.json");
  expect(errors).toEqual([]);
  await page.context().close();

  // Reopened: a new page, the settings Excel last received, and Excel slow to answer (5 s).
  const again = new ExcelHost({
    workbook: host.workbook,
    settings: host.settingValues,
    contextDelayMs: 5_000,
  });
  const reopened = await openWorkbook(browser, { host: again });
  // The workbook has the add-in's tables: the next step is a refresh.
  await reopened.page
    .getByTestId("primary-action")
    .getByText("Refresh the data")
    .waitFor({ timeout: 20_000 });
  await reopened.page.getByText("Where Refresh downloads from").click();
  expect(await reopened.page.getByLabel(/Download address/).inputValue()).toBe(
    "https://data.example.org/kzuz.json"
  );
  expect(reopened.errors).toEqual([]);
  await reopened.page.context().close();
});

test("refresh keeps the user's rows, columns and notes, and puts the filter and sort back (office-js#1226)", async () => {
  let dataset = DATASET;
  const { page, errors, host } = await openWorkbook(browser, { dataset: () => dataset });
  await insertAll(page);
  const trade = tableNamed("KZUZ_Trade");
  await workbook(page, (w) => {
    const t = trade(w);
    // The user's column with a note on the first row, and a row of the user's own at the end.
    t.sheet.set(t.row0, t.col0 + t.width, { value: "My note" });
    t.width += 1;
    t.sheet.set(t.row0 + 1, t.col0 + t.width - 1, { value: "check with the ministry" });
    const mine = t
      .headers()
      .map((h) => (h === "ID" ? "my-own-row" : h === "My note" ? "mine" : ""));
    t.insertRows(t.height, [mine]);
    // Sorted by year, newest first, then filtered to the years from 2020, as a user would.
    const year = t.headers().indexOf("Year");
    sortTable(t, [{ key: year, ascending: false }]);
    setFilter(t, year, { filterOn: "Custom", criterion1: ">=2020" });
    return 0;
  });
  const before = await workbook(page, (w) => ({
    height: trade(w).height,
    hidden: trade(w).hiddenRows().length,
  }));
  expect(before.hidden).toBeGreaterThan(0);

  dataset = revised();
  // "Refresh the data" once the workbook's settings name the tables; "Refresh" where they do not
  // (as in builds before the settings fix, which this test also ran against).
  await page
    .getByRole("button", { name: /^Refresh( the data)?$/ })
    .first()
    .click();
  const outcome = page.getByText(/^(Refreshed|Not done)$/).first();
  await outcome.waitFor();
  // Before the fix: "Not done", Excel having refused the criteria read back (InvalidArgument).
  expect(await outcome.textContent()).toBe("Refreshed");
  const after = await workbook(page, (w) => {
    const t = trade(w);
    const year = t.headers().indexOf("Year");
    return {
      notes: t.column("My note").filter((v) => v !== ""),
      ids: t.column("ID"),
      filters: [...t.filters],
      sort: t.sortFields,
      years: t.column("Year"),
      year,
      hidden: t.hiddenRows().length,
    };
  });
  expect(after.notes.sort()).toEqual(["check with the ministry", "mine"]);
  expect(after.ids).toContain("my-own-row");
  // The filter is back, as the user set it (without the null members Excel read back).
  expect(after.filters).toEqual([[after.year, { filterOn: "Custom", criterion1: ">=2020" }]]);
  expect(after.sort).toEqual([{ key: after.year, ascending: false }]);
  const years = after.years.filter((y): y is number => typeof y === "number");
  expect(years).toEqual([...years].sort((a, b) => b - a));
  expect(after.hidden).toBe(before.hidden);
  expect(await page.getByText(/was not put back/).count()).toBe(0);
  expect(host.interpreter.unmodelled).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("a co-author adds a row between the refresh's read and its write: the table is put back as they left it, and the next refresh puts every value on its row", async () => {
  let dataset = DATASET;
  const { page, errors, host } = await openWorkbook(browser, { dataset: () => dataset });
  await insertAll(page);
  // Right after the request that reads the tables and starts watching them (Table.onChanged), a
  // co-author inserts a row at the top of KZUZ_Trade: every row below moves down one. The
  // Table.onChanged event reaches the page only after that request's answer (office.js puts a
  // handler in place when the answer is processed), too late for the watch: the write's own
  // first read finds the change (verify.ts, F23).
  host.coAuthorEdit(
    (body) => body.Actions.some((a) => a.Name === "_RegisterDataChangedEvent"),
    (w) => {
      const t = tableNamed("KZUZ_Trade")(w);
      t.insertRows(0, [
        t.headers().map((h) => (h === "ID" ? "co-author-row" : h === "Year" ? 1999 : "")),
      ]);
    }
  );
  const trade = async () =>
    workbook(page, (w) => {
      const t = tableNamed("KZUZ_Trade")(w);
      const [id, year, value] = ["ID", "Year", "Turnover (USD)"].map((h) => t.headers().indexOf(h));
      return t.rows().map((r) => ({ id: r[id], year: r[year], value: r[value] }));
    });
  const at44 = (rows: { value: unknown; year: unknown }[]) =>
    rows
      .filter((r) => r.value === 4_400_000_000)
      .map((r) => Number(r.year))
      .sort();
  const before = await trade();
  dataset = revised();
  await page.getByRole("button", { name: "Refresh the data" }).click();
  await page
    .getByTestId("primary-action")
    .getByText(
      "Someone edited the table KZUZ_Trade while the add-in was updating it, so it stopped."
    )
    .waitFor();
  let rows = await trade();
  expect(rows[0]).toMatchObject({ id: "co-author-row", year: 1999 });
  // Nothing of the refresh is left: every other row as it was, in its place.
  expect(rows.slice(1)).toEqual(before);

  // The edits are done: Refresh again.
  await page.getByRole("button", { name: "Refresh the data" }).click();
  await page.getByTestId("primary-action").getByText("Refreshed").waitFor();
  rows = await trade();
  expect(rows[0]).toMatchObject({ id: "co-author-row", year: 1999 });
  // 2024's headline revised to $4.4bn, on a row of 2024.
  expect(at44(rows)).toEqual([...at44(before), 2024].sort());
  const ids = rows.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("a protected sheet stops the refresh before anything is written, and says what to do", async () => {
  let dataset = DATASET;
  const { page, host } = await openWorkbook(browser, { dataset: () => dataset });
  await insertAll(page);
  await workbook(page, (w) => (w.sheet("KZUZ Trade")!.protected = true));
  const before = host.workbook.snapshot();
  dataset = revised();
  await page.getByRole("button", { name: "Refresh the data" }).click();
  await page
    .getByTestId("primary-action")
    .getByText(
      "The sheet KZUZ Trade is protected: unprotect it (Review › Unprotect Sheet), then Refresh again."
    )
    .waitFor();
  expect(host.workbook.snapshot()).toBe(before);
  await page.context().close();
});

test("a workbook Excel will not let the add-in change: the pane gives Excel's own words, nothing is left half-made", async () => {
  const host = new ExcelHost();
  host.readOnly = true;
  const { page, errors } = await openWorkbook(browser, { host });
  await page.getByRole("button", { name: "Insert the data as tables" }).click();
  // Excel's AccessDenied, as office.js turns it into an OfficeExtension.Error's message.
  await page
    .getByTestId("primary-action")
    .getByText(/You cannot perform the requested operation\./)
    .waitFor();
  expect(host.interpreter.errors[0]).toMatch(/AccessDenied/);
  expect(await workbook(page, (w) => [w.sheets.map((s) => s.name), w.tables.length])).toEqual([
    ["Sheet1"],
    0,
  ]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("a host with ExcelApi 1.7 only and no CustomFunctionsRuntime 1.4: tables go in, Explain reads when asked", async () => {
  const requirements = { ...HOST_SETS, ExcelApi: "1.7" } as Record<string, string>;
  delete requirements.CustomFunctionsRuntime;
  const host = new ExcelHost({ requirements });
  const { page, errors } = await openWorkbook(browser, { host });
  await insertAll(page);
  expect(await workbook(page, (w) => w.tables.length)).toBe(5);
  await workbook(page, (w) =>
    w
      .sheet("Sheet1")!
      .set(1, 0, { value: 250_000_000, formula: '=KZUZ.INVESTMENT("Kashka-Daria")' })
  );
  await page.getByRole("tab", { name: "Explain" }).click();
  await select(page, "Sheet1", "A2");
  // Without ExcelApi 1.9 no selection handler is added: the tab reads the cell when asked.
  expect(host.selectionHandlers).toBe(0);
  await page.getByRole("button", { name: "Explain the selected cell" }).click();
  await page.getByText("This cell shows $250 million.", { exact: true }).waitFor();
  expect(host.interpreter.unmodelled).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("KZUZ formulas run in Microsoft's custom-functions runtime: streamed, updated after a refresh, cancelled", async () => {
  let dataset = DATASET;
  const { page, errors, host } = await openWorkbook(browser, { dataset: () => dataset });
  // office.js's runtime told Excel it is ready (_SetOsfControlContainerReadyForCustomFunctions).
  for (let tries = 0; tries < 50 && !host.functionsReady; tries++) await page.waitForTimeout(100);
  expect(host.functionsReady).toBe(true);
  const latest = async (id: number, count: number) => {
    for (let tries = 0; tries < 100 && (host.results.get(id)?.length ?? 0) < count; tries++)
      await page.waitForTimeout(100);
    return host.results.get(id) ?? [];
  };
  // =KZUZ.TRADE(2024) in A1 and =KZUZ.ASOF() in A2: Excel passes every declared parameter (an
  // omitted optional one as null) and flags them streaming, as functions.json says.
  const trade = await host.invoke("TRADE", [2024, null], { address: "Sheet1!A1", streaming: true });
  const asOf = await host.invoke("ASOF", [], { address: "Sheet1!A2", streaming: true });
  expect(HEADLINE_2024).not.toBe(4_400_000_000);
  expect(await latest(trade, 1)).toEqual([{ value: HEADLINE_2024 }]);
  expect((await latest(asOf, 1))[0]).toEqual({
    value: expect.stringMatching(
      new RegExp(`^KZUZ dataset ${BUNDLED.version.replace(/\./g, "\\.")}`)
    ),
  });
  // A2 cleared: Excel cancels its call; the refresh then updates A1 only.
  await host.cancel(asOf);
  await insertAll(page);
  dataset = revised();
  await page.getByRole("button", { name: "Refresh the data" }).click();
  await page.getByTestId("primary-action").getByText("Refreshed").waitFor();
  expect((await latest(trade, 2)).at(-1)).toEqual({ value: 4_400_000_000 });
  expect(host.results.get(asOf)).toHaveLength(1);
  expect(errors).toEqual([]);
  await page.context().close();
});

describe("the first screen in Office's display language", () => {
  const MESSAGES = join(__dirname, "../../src/i18n/messages");
  const catalogue = (lang: string): Record<string, string> =>
    Object.assign(
      {},
      ...readdirSync(join(MESSAGES, lang))
        .filter((f) => f.endsWith(".json"))
        .map((f) => JSON.parse(readFileSync(join(MESSAGES, lang, f), "utf8")))
    );

  test.each([
    { locale: "ru-RU", lang: "ru" },
    { locale: "kk-KZ", lang: "kk" },
    { locale: "uz-Latn-UZ", lang: "uz" },
    { locale: "fr-FR", lang: "fr" },
    // Office in Canadian French: the pane matches on the language (the manifest's overrides do
    // not: review finding 6).
    { locale: "fr-CA", lang: "fr" },
  ])("$locale: the heading and the next step are in the language", async ({ locale, lang }) => {
    const own = catalogue(lang);
    const { page, errors } = await openWorkbook(browser, { displayLanguage: locale });
    await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      own["shell.header.title"]
    );
    expect(await page.getByTestId("primary-action").textContent()).toContain(
      own["data.next.insert"]
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
