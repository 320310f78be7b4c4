/**
 * The simulated Excel host at the message level (no browser): what it answers office.js's bridge
 * messages with, in the shapes excel-mac-16.00.debug.js reads (line numbers in ./excel-host/*.ts),
 * and errors as Excel reports them.
 */
import { ExcelHost } from "./excel-host/host";
import type { RequestBody, ResponseBody } from "./excel-host/wire";

let nextCallback = 1;

/** Posts one message as office.js does and returns the payload of the host's answer. */
async function post(host: ExcelHost, methodId: number, params: unknown): Promise<unknown> {
  const callbackId = String(nextCallback++);
  const answer = await host.handle(
    JSON.stringify({
      methodId,
      params,
      callbackId,
      callbackFunction: "OSF.ScriptMessaging.agaveHostCallback",
    })
  );
  expect(answer?.id).toBe(callbackId);
  expect(answer?.fn).toBe("OSF.ScriptMessaging.agaveHostCallback");
  return answer?.payload;
}

/** A RichApi ProcessQuery, as `RichApiMessageUtility.buildMessageArrayForIRequestExecutor` builds it. */
async function processQuery(host: ExcelHost, body: RequestBody | string): Promise<ResponseBody> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const request = ["IterativeExecutor", "POST", "ProcessQuery", ["SdkVersion", "officejs"], text];
  const payload = (await post(host, 1, { id: 93, apiArgs: [request] })) as [[number, unknown[]]];
  expect(payload[0][0]).toBe(0);
  const [status, , responseText] = payload[0][1] as [number, unknown, string];
  expect(status).toBe(200);
  return JSON.parse(responseText) as ResponseBody;
}

const WORKSHEETS = { Id: 2, ObjectPathType: 4, Name: "Worksheets", ParentObjectPathId: 1 };
const ROOT = { Id: 1, ObjectPathType: 1, Name: "" };

describe("GetContext and WriteSettings", () => {
  test("the app context carries the settings as JSON text, the locale and the requirement matrix", async () => {
    const host = new ExcelHost({
      uiLocale: "kk-KZ",
      settings: { "kzuz.datasetUrl": "https://example.org/d.json" },
      requirements: { ExcelApi: "1.7" },
    });
    const context = (await post(host, 5, [])) as unknown[];
    // AppContextProperties (l. 5159): 0 settings, 2 app type, 8 UI locale, 20 requirement matrix.
    expect(context[0]).toEqual([["kzuz.datasetUrl"], ['"https://example.org/d.json"']]);
    expect(context[2]).toBe(1);
    expect(context[8]).toBe("kk-KZ");
    expect(JSON.parse(context[20] as string)).toEqual({ ExcelApi: "1.7" });
  });

  test("WriteSettings replaces the whole collection, and a reopen starts from what was written", async () => {
    const host = new ExcelHost({ settings: { old: 1 } });
    const status = await post(host, 4, { keys: ["kzuz.tableIds"], values: ['{"trade":"{t}"}'] });
    expect(status).toEqual([0]);
    expect(host.settingValues).toEqual({ "kzuz.tableIds": { trade: "{t}" } });
    const reopened = new ExcelHost({ workbook: host.workbook, settings: host.settingValues });
    expect(((await post(reopened, 5, [])) as unknown[])[0]).toEqual([
      ["kzuz.tableIds"],
      ['{"trade":"{t}"}'],
    ]);
  });
});

describe("RichApi requests", () => {
  test("a query answers PascalCase properties with a reference; collections as _Items", async () => {
    const host = new ExcelHost();
    const response = await processQuery(host, {
      Actions: [
        { Id: 3, ActionType: 1, Name: "", ObjectPathId: 2 },
        { Id: 4, ActionType: 2, Name: "", ObjectPathId: 2, QueryInfo: { Select: ["name"] } },
      ],
      ObjectPaths: { "1": ROOT, "2": WORKSHEETS },
    });
    expect(response.Error).toBeUndefined();
    const items = response.Results.find((r) => r.ActionId === 4)?.Value as {
      _Items: { Name: string }[];
    };
    expect(items._Items.map((i) => i.Name)).toEqual(["Sheet1"]);
  });

  test("GetItemOrNullObject of a missing sheet is a null object; GetItem is ItemNotFound, at its action", async () => {
    const host = new ExcelHost();
    const byName = (id: number, method: string) => ({
      Id: id,
      ObjectPathType: 3,
      Name: method,
      ParentObjectPathId: 2,
      ArgumentInfo: { Arguments: ["Nope"] },
    });
    const response = await processQuery(host, {
      Actions: [
        { Id: 10, ActionType: 1, Name: "", ObjectPathId: 3 },
        { Id: 11, ActionType: 1, Name: "", ObjectPathId: 4 },
      ],
      ObjectPaths: {
        "1": ROOT,
        "2": WORKSHEETS,
        "3": byName(3, "GetItemOrNullObject"),
        "4": byName(4, "GetItem"),
      },
    });
    expect(response.Results).toEqual([{ ActionId: 10, Value: null }]);
    expect(response.Error).toMatchObject({
      Code: "ItemNotFound",
      Message: "The requested resource doesn't exist.",
      ActionIndex: 1,
    });
  });

  test("a write to a protected sheet is AccessDenied, with Excel's message; nothing is written", async () => {
    const host = new ExcelHost();
    host.workbook.sheets[0].protected = true;
    const response = await processQuery(host, {
      Actions: [
        {
          Id: 5,
          ActionType: 4,
          Name: "Values",
          ObjectPathId: 4,
          ArgumentInfo: { Arguments: [[["x"]]] },
        },
      ],
      ObjectPaths: {
        "1": ROOT,
        "2": WORKSHEETS,
        "3": {
          Id: 3,
          ObjectPathType: 3,
          Name: "GetItem",
          ParentObjectPathId: 2,
          ArgumentInfo: { Arguments: ["Sheet1"] },
        },
        "4": {
          Id: 4,
          ObjectPathType: 3,
          Name: "GetRange",
          ParentObjectPathId: 3,
          ArgumentInfo: { Arguments: ["A1"] },
        },
      },
    });
    expect(response.Error).toMatchObject({
      Code: "AccessDenied",
      Message: "You cannot perform the requested operation.",
      ActionIndex: 0,
    });
    expect(host.workbook.sheets[0].get(0, 0)).toBeUndefined();
  });

  test("a request over Excel on the web's 5 MB is refused whole (RequestPayloadSizeLimitExceeded)", async () => {
    const host = new ExcelHost();
    const big = JSON.stringify({ Actions: [], ObjectPaths: {}, Pad: "x".repeat(5 * 1024 * 1024) });
    const response = await processQuery(host, big);
    expect(response.Error?.Code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.requests).toEqual([]);
  });

  test("a response over 5 MB is refused (ResponsePayloadSizeLimitExceeded), not sent", async () => {
    const host = new ExcelHost();
    host.workbook.sheets[0].set(0, 0, { value: "x".repeat(5 * 1024 * 1024 + 1) });
    const response = await processQuery(host, {
      Actions: [
        { Id: 5, ActionType: 2, Name: "", ObjectPathId: 4, QueryInfo: { Select: ["values"] } },
      ],
      ObjectPaths: {
        "1": ROOT,
        "2": WORKSHEETS,
        "3": {
          Id: 3,
          ObjectPathType: 3,
          Name: "GetItem",
          ParentObjectPathId: 2,
          ArgumentInfo: { Arguments: ["Sheet1"] },
        },
        "4": {
          Id: 4,
          ObjectPathType: 3,
          Name: "GetRange",
          ParentObjectPathId: 3,
          ArgumentInfo: { Arguments: ["A1"] },
        },
      },
    });
    expect(response.Results).toEqual([]);
    expect(response.Error?.Code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("what the host does not model is answered NotImplemented and listed, never ignored", async () => {
    const host = new ExcelHost();
    const response = await processQuery(host, {
      Actions: [{ Id: 3, ActionType: 3, Name: "Calculate", ObjectPathId: 1 }],
      ObjectPaths: { "1": ROOT },
    });
    expect(response.Error?.Code).toBe("NotImplemented");
    expect(host.interpreter.unmodelled).toEqual([
      "NotImplemented: the simulated Excel host does not model the method Calculate",
    ]);
  });
});
