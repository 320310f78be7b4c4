/**
 * Linked KZUZ cards in the browser, under Microsoft's office.js and the simulated Excel
 * (tests/support/excel-host), with the host's requirement matrix at ExcelApi 1.19 and
 * CustomFunctionsRuntime 1.5 (Excel for Mac 16.96+, Windows 2504+), and at the default (1.15).
 *
 * What can run here, honestly: the packaged office.js (@microsoft/office-js 1.1.110) implements
 * ExcelApi up to 1.15, so its Workbook has no linkedEntityDataDomains and no request to register a
 * domain can reach the host; the add-in, told 1.19 by the matrix, tries, fails on the client side
 * and carries on (this test checks the page stays whole and nothing unmodelled reaches the host).
 * What does run through Microsoft's code is the load service: Excel calls it as any custom
 * function of the shared runtime (the docs: "The linked entity load service function uses the
 * custom functions architecture"), so the host invokes LOADSERVICE through office.js's
 * custom-functions runtime with a LinkedEntityLoadServiceRequest as JSON text, and reads the
 * LinkedEntityLoadServiceResult, or the error, office.js sends back, for all three KZUZ domains.
 * Registration, Excel's refreshes, #CONNECT! and the tables' linked cells are tested in Jest on the
 * fake workbook (tests/excel/linked.test.ts, tests/excel/linked-tables.test.ts).
 */
import type { Browser, Page } from "playwright-core";
import type { TableModel } from "../support/fake-excel";
import { ExcelHost, HOST_SETS, type FunctionResult } from "../support/excel-host/host";
import { launchBrowser } from "./server";
import { DATASET, openWorkbook, workbook } from "./workbook-page";

const PROJECT_NAMES = (
  JSON.parse(DATASET) as { projects: { name: { en: string } }[] }
).projects.map((p) => p.name.en);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LINKED_SETS = { ...HOST_SETS, ExcelApi: "1.19", CustomFunctionsRuntime: "1.5" };

const inDomain = (domainId: string, ...ids: [string, string][]) =>
  JSON.stringify({ domainId, entities: ids.map(([entityId, culture]) => ({ entityId, culture })) });
const request = (...ids: [string, string][]) => inDomain("kzuz-projects", ...ids);

test.each([
  ["ExcelApi 1.19 + CustomFunctionsRuntime 1.5", LINKED_SETS, true],
  ["the default matrix (ExcelApi 1.15)", HOST_SETS, false],
])(
  "%s: the pane opens whole, and the load service answers Excel's request through office.js's custom-functions runtime",
  async (_, requirements, linked) => {
    const host = new ExcelHost({ requirements });
    const { page, errors } = await openWorkbook(browser, { host });
    for (let tries = 0; tries < 50 && !host.functionsReady; tries++) await page.waitForTimeout(100);
    expect(host.functionsReady).toBe(true);
    const answer = async (id: number): Promise<FunctionResult> => {
      for (let tries = 0; tries < 100 && !host.results.get(id)?.length; tries++)
        await page.waitForTimeout(100);
      return host.results.get(id)![0];
    };
    const ok = await answer(
      await host.invoke("LOADSERVICE", [
        request(["lab-complex-kashkadarya", "en-US"], ["icic-central-asia", "ru-RU"]),
      ])
    );
    const result = (ok as { value: Excel.LinkedEntityLoadServiceResult }).value;
    expect(
      result.entities.map((e) => [e.type, e.id.entityId, e.id.serviceId, e.id.culture])
    ).toEqual([
      ["LinkedEntity", "lab-complex-kashkadarya", 268436224, "en-US"],
      ["LinkedEntity", "icic-central-asia", 268436224, "ru-RU"],
    ]);
    expect(
      (result.entities[0].properties!.Investment as Excel.FormattedNumberCellValue).basicValue
    ).toBe(250_000_000);
    expect(result.entities[1].text).toMatch(/^Международный центр/);
    // The same function answers the agreements' and the places' domains, by the request's
    // domainId; a cell's several places are one entity "a+b".
    const agreement = await answer(
      await host.invoke("LOADSERVICE", [
        inDomain("kzuz-agreements", ["joint-statement-2025", "fr-FR"]),
      ])
    );
    const places = await answer(
      await host.invoke("LOADSERVICE", [
        inDomain(
          "kzuz-places",
          ["kashkadarya-region", "en-US"],
          ["turkestan-region+syrdarya-region", "en-US"]
        ),
      ])
    );
    const texts = (r: FunctionResult) =>
      (r as { value: Excel.LinkedEntityLoadServiceResult }).value.entities.map((e) => [
        e.id.domainId,
        e.id.entityId,
        e.text,
      ]);
    expect(texts(agreement)).toEqual([
      ["kzuz-agreements", "joint-statement-2025", "Déclaration conjointe"],
    ]);
    expect(texts(places)).toEqual([
      ["kzuz-places", "kashkadarya-region", "Kashkadarya region"],
      ["kzuz-places", "turkestan-region+syrdarya-region", expect.stringContaining("; ")],
    ]);
    // A withdrawn id in a batch is answered on its own (the documented result has one
    // LinkedEntityCellValue per entity asked, and no per-entity error): the other card loads.
    const mixed = await answer(
      await host.invoke("LOADSERVICE", [
        request(["withdrawn", "en-US"], ["lab-complex-kashkadarya", "en-US"]),
      ])
    );
    expect(texts(mixed)).toEqual([
      [
        "kzuz-projects",
        "withdrawn",
        expect.stringMatching(/^Not in the KZUZ dataset .*: withdrawn$/),
      ],
      ["kzuz-projects", "lab-complex-kashkadarya", expect.stringMatching(/^Linear alkylbenzene/)],
    ]);
    // A domain that is not KZUZ's: the documented error, a thrown CustomFunctions.Error with
    // ErrorCode.notAvailable (which Excel shows as #CONNECT!), reaches Excel as office.js's code 1
    // (CustomFunctionProxy._getCustomFunctionResultErrorCodeFromErrorCode, excel-mac-16.00.debug.js
    // l. 61018: notAvailable → 1) with its message.
    const failed = await answer(
      await host.invoke("LOADSERVICE", [inDomain("products", ["P1", "en-US"])])
    );
    expect(failed).toEqual({
      error: {
        errorCode: 1,
        value:
          'KZUZ has no cards of the kind "products". Insert the table again from the KZUZ pane.',
      },
    });
    // The start of linked cards ran only where the matrix says linked (its chunk fetched), and
    // there met an office.js without Workbook.linkedEntityDataDomains: nothing reached the host,
    // nothing broke. Elsewhere its chunk is never fetched.
    const linkedFetched = () =>
      page.evaluate(() =>
        performance.getEntriesByType("resource").some((e) => /\/linked\.js$/.test(e.name))
      );
    for (let tries = 0; linked && tries < 50 && !(await linkedFetched()); tries++)
      await page.waitForTimeout(100);
    expect(await linkedFetched()).toBe(linked);
    expect(host.interpreter.unmodelled).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }
);

/** Inserts the Projects table alone from the Data tab's chooser and waits for the outcome. */
async function insertProjects(page: Page): Promise<void> {
  const list = page.getByRole("list", { name: "Tables to insert" });
  const boxes = list.getByRole("checkbox");
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
  await list.getByRole("checkbox", { name: "Projects" }).check();
  await page.getByRole("button", { name: "Insert selected" }).click();
  await page.getByRole("region", { name: "Tables" }).getByText("Tables inserted").waitFor();
}

/**
 * The linked route's tables need Range.valuesAsJson to write a LinkedEntityCellValue, and office.js
 * 1.1.110 has none (nor Workbook.linkedEntityDataDomains): with the matrix at 1.19 the pane says
 * its office.js cannot write cards, the table is the text table, and neither a valuesAsJson write
 * nor a domain registration reaches the host. The linked cells themselves are tested on the fake
 * workbook (tests/excel/linked-tables.test.ts).
 */
test("ExcelApi 1.19 + CustomFunctionsRuntime 1.5 with office.js 1.1.110: the pane says why the tables hold text, and the Projects table is text", async () => {
  const host = new ExcelHost({ requirements: LINKED_SETS });
  const { page, errors } = await openWorkbook(browser, { host });
  await page
    .getByRole("region", { name: "Tables" })
    .getByText(/but the office\.js the add-in loaded is older and cannot write them/)
    .waitFor();
  expect(
    await page.evaluate(() => [
      "valuesAsJson" in Excel.Range.prototype,
      "linkedEntityDataDomains" in Excel.Workbook.prototype,
    ])
  ).toEqual([false, false]);
  await insertProjects(page);
  const names = await workbook(page, (w) => {
    const t = w.tables.find((x) => x.name === "KZUZ_Projects") as TableModel;
    const linked = [...t.sheet.cells.values()].filter((c) => c.linked || c.entity).length;
    return { names: t.column("Name"), linked };
  });
  expect(names).toEqual({ names: PROJECT_NAMES, linked: 0 });
  expect(JSON.stringify(host.requests)).not.toMatch(/ValuesAsJson|LinkedEntityDataDomain/i);
  expect(host.interpreter.unmodelled).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});
