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
 * LinkedEntityLoadServiceResult, or the error, office.js sends back. Registration, Excel's
 * refreshes and #CONNECT! are tested in Jest on the fake workbook (tests/excel/linked.test.ts).
 */
import type { Browser } from "playwright-core";
import { ExcelHost, HOST_SETS, type FunctionResult } from "../support/excel-host/host";
import { launchBrowser } from "./server";
import { openWorkbook } from "./workbook-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LINKED_SETS = { ...HOST_SETS, ExcelApi: "1.19", CustomFunctionsRuntime: "1.5" };

const request = (...ids: [string, string][]) =>
  JSON.stringify({
    domainId: "kzuz-projects",
    entities: ids.map(([entityId, culture]) => ({ entityId, culture })),
  });

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
    // An id the dataset does not hold: the documented error, a thrown CustomFunctions.Error with
    // ErrorCode.notAvailable (which Excel shows as #CONNECT!), reaches Excel as office.js's code 1
    // (CustomFunctionProxy._getCustomFunctionResultErrorCodeFromErrorCode, excel-mac-16.00.debug.js
    // l. 61018: notAvailable → 1) with its message.
    const failed = await answer(
      await host.invoke("LOADSERVICE", [request(["withdrawn", "en-US"])])
    );
    expect(failed).toEqual({
      error: {
        errorCode: 1,
        value: expect.stringMatching(/^"withdrawn" is not in the KZUZ dataset in force/),
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
