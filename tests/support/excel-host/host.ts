/**
 * A simulated Excel for Mac, below Microsoft's office.js: it answers the messages office.js posts
 * on `window.webkit.messageHandlers.Agave` (excel-mac-16.00.debug.js, `WebkitScriptMessaging`,
 * l. 5117; method ids l. 5186) from one workbook model, the Jest fake's (tests/support/fake-excel):
 * GetContext (l. 5455), WriteSettings (l. 5429), RegisterEvent / UnregisterEvent (l. 5226) and
 * Execute of RichApi requests (dispId 93, ./richapi.ts). ./page.ts carries the messages between the
 * page and this object. See README.md for what it models and what not.
 */
import { createFakeExcel, type FakeExcel, type TableModel, WorkbookModel } from "../fake-excel";
import { Interpreter } from "./richapi";
import { type Selection, excelAddress, withSelection } from "./selection";
import { PAYLOAD_LIMIT, type RequestBody, type ResponseBody } from "./wire";

/** Requirement sets and their highest version, as a host declares them. */
export type RequirementMatrix = Record<string, string>;

/**
 * The requirement sets the host declares by default: Excel for Mac's, with ExcelApi capped at 1.15,
 * the highest the office.js in @microsoft/office-js 1.1.110 implements (its excel-mac-16.00.js
 * has no API of 1.16 or later: no Range.valuesAsJson, no Workbook.notes). Real Excel loads a
 * current office.js from the CDN; declaring more here than this office.js knows would have it
 * send properties it then cannot read back.
 */
export const HOST_SETS: RequirementMatrix = {
  ExcelApi: "1.15",
  ExcelApiOnline: "1.0",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.4",
  // The internal set office.js's custom-functions runtime checks (l. 61057: array results).
  CustomFunctions: "1.7",
  DialogApi: "1.2",
  RibbonApi: "1.1",
  IdentityAPI: "1.3",
};

export interface HostOptions {
  /** How long the host takes to answer GetContext, in ms (Excel loading the workbook). */
  contextDelayMs?: number;
  requirements?: RequirementMatrix;
  /** Office's display language (the UI locale), e.g. "ru-RU"; the data locale follows it. */
  uiLocale?: string;
  /** The settings the workbook opens with (as the add-in wrote them: values before JSON). */
  settings?: Record<string, unknown>;
  workbook?: WorkbookModel;
}

interface Message {
  methodId: number;
  params: unknown;
  callbackId?: string;
  callbackFunction?: string;
  eventCallbackFunction?: string;
}

/** One answer of a custom function: a value, or an error (Excel's code, and its message). */
export type FunctionResult = { value: unknown } | { error: { value: unknown; errorCode: unknown } };

/** What the page does with an answer: call `fn(callbackId, payload)`. */
export interface Answer {
  fn: string;
  id: string;
  payload: unknown;
}

const DISPID_EXECUTE_RICHAPI = 93;
/** RichApi events ride on the RichApiMessage event (dispId 33, office.debug.js l. 1733). */
const DISPID_RICHAPI_MESSAGE = 33;
/** Office's DocumentSelectionChanged event (dispId 3). */
const DISPID_DOCUMENT_SELECTION_CHANGED = 3;
/** GenericEventRegistration.richApiMessageEventCategory (l. 15707). */
const EVENT_CATEGORY = 65536;
/** The custom-functions runtime's messages (CustomFunctionProxy._handleMessage, l. 60785). */
const CUSTOM_FUNCTION_CATEGORY = 1;
/** Table.onChanged's event type (l. 33026). */
const TABLE_CHANGED = 101;
/** WorksheetCollection.onSelectionChanged's event type (l. 29102). */
const WORKSHEET_SELECTION_CHANGED = 14;

export class ExcelHost {
  readonly workbook: WorkbookModel;
  readonly excel: FakeExcel;
  readonly selection: Selection;
  /** The settings as the host holds them: key → JSON text (what WriteSettings sent). */
  settings = new Map<string, string>();
  /** Every WriteSettings received, in order (each the whole collection). */
  readonly writes: Record<string, unknown>[] = [];
  /** The RichApi requests processed (their bodies), for the tests' asserts on batching. */
  readonly requests: RequestBody[] = [];
  readonly interpreter: Interpreter;
  /** Event registrations: dispId → the page's event callback (id and function name). */
  private readonly events = new Map<number, { id: string; fn: string }>();
  /** True once office.js's custom-functions runtime has told Excel it is ready. */
  functionsReady = false;
  /** What the custom functions answered, by invocation id, in order (a stream, several). */
  readonly results = new Map<number, FunctionResult[]>();
  private nextInvocation = 1;
  /** How many handlers the page has registered with Excel, by event ("SelectionChanged"). */
  readonly handlers = new Map<string, number>();
  private readonly afterSync = new Set<() => void>();
  /**
   * A workbook Excel will not let the add-in change (opened read-only, or locked by another
   * user): every write is refused with AccessDenied, as Excel reports edits it refuses.
   */
  readOnly = false;
  /** Pushes an event into the page (set by ./page.ts). */
  push: (answer: Answer) => Promise<void> = async () => undefined;
  readonly options: Required<Omit<HostOptions, "settings" | "workbook">>;

  constructor(options: HostOptions = {}) {
    this.options = {
      contextDelayMs: options.contextDelayMs ?? 0,
      requirements: options.requirements ?? HOST_SETS,
      uiLocale: options.uiLocale ?? "en-US",
    };
    this.workbook = options.workbook ?? newWorkbook();
    for (const [k, v] of Object.entries(options.settings ?? {}))
      this.settings.set(k, JSON.stringify(v));
    this.excel = createFakeExcel(this.workbook);
    // The model's own selection, so the add-in's Worksheet.activate and Range.select move it too.
    this.selection = this.workbook.selection;
    this.workbook.activate(this.workbook.sheets[0], "A1");
    withSelection(this.excel, this.selection, this.afterSync);
    const book = this.excel.context.workbook as unknown as Record<string, unknown>;
    book.application = this.excel.context.application;
    const root = book;
    // office.js's own services: Excel takes their calls (start-up notices, telemetry) and
    // answers nothing the add-in reads; this host keeps no telemetry.
    const quiet = (...names: string[]) =>
      Object.fromEntries(names.map((n) => [n, () => null])) as Record<string, unknown>;
    this.interpreter = new Interpreter({
      root,
      services: {
        "Microsoft.InternalService.AddinInternalService": quiet("notifyActionHandlerReady"),
        "Microsoft.Telemetry.TelemetryService": quiet("sendTelemetryEvent"),
        // Office.addin (SharedRuntime 1.1): the pane's visibility events ride on RichApi
        // events; registering them asks nothing of the host (l. 23332).
        "Microsoft.AppRuntime.AppRuntimeService": quiet("setAppRuntimeState"),
        // The custom-functions runtime's service (l. 61188): its start, and the results it
        // sends back, batched (SetInvocationArrayResults with CustomFunctions 1.7, l. 61057).
        "Microsoft.ExcelServices.CustomFunctions": {
          _SetOsfControlContainerReadyForCustomFunctions: () => {
            this.functionsReady = true;
            return null;
          },
          _GetEnabledFeatures: () => [],
          setInvocationArrayResults: (results: unknown[][]) => {
            for (const [id, ok, value, errorCode] of results)
              this.result(Number(id), ok ? { value } : { error: { value, errorCode } });
            return null;
          },
          setInvocationResults: (results: Record<string, unknown>[]) => {
            for (const r of results)
              this.result(
                Number(r.id),
                r.failed
                  ? { error: { value: r.value, errorCode: r.errorCode } }
                  : { value: r.value }
              );
            return null;
          },
        },
      },
      readOnly: () => this.readOnly,
      // Handlers the page adds and removes: counted by event (the host raises only the
      // worksheets' SelectionChanged; see README.md).
      onEventRegistration: (event, register) => {
        const n = (this.handlers.get(event) ?? 0) + (register ? 1 : -1);
        this.handlers.set(event, Math.max(0, n));
      },
      sync: async () => {
        await this.excel.context.sync();
        const fills = [...this.afterSync];
        this.afterSync.clear();
        for (const fill of fills) fill();
      },
    });
  }

  /** The settings as the add-in reads them (parsed). */
  get settingValues(): Record<string, unknown> {
    return Object.fromEntries([...this.settings].map(([k, v]) => [k, JSON.parse(v)]));
  }

  /** How many RichApi selection handlers the page has in place. */
  get selectionHandlers(): number {
    return this.handlers.get("SelectionChanged") ?? 0;
  }

  /** The app context GetContext answers with (AppContextProperties, l. 5159). */
  appContext(): unknown[] {
    const keys = [...this.settings.keys()];
    const locale = this.options.uiLocale;
    return [
      [keys, keys.map((k) => this.settings.get(k))],
      "kzuz-excel-host",
      1, // Excel
      16,
      0,
      0,
      0,
      0, // ReadWrite
      locale,
      locale,
      0,
      "https://example.org/Book1.xlsx",
      0,
      0,
      "",
      0,
      "00000000-0000-0000-0000-000000000001",
      "00000000-0000-0000-0000-000000000002",
      false,
      false,
      JSON.stringify(this.options.requirements),
      "",
      "16.96.25041326",
      0,
    ];
  }

  /** Answers one message from the page (JSON text), or returns undefined when none is due yet. */
  async handle(json: string): Promise<Answer | undefined> {
    const message = JSON.parse(json) as Message;
    const reply = (payload: unknown): Answer | undefined =>
      message.callbackId && message.callbackFunction
        ? { fn: message.callbackFunction, id: message.callbackId, payload }
        : undefined;
    switch (message.methodId) {
      case 5: {
        if (this.options.contextDelayMs > 0)
          await new Promise((r) => setTimeout(r, this.options.contextDelayMs));
        return reply(this.appContext());
      }
      case 4: {
        const { keys, values } = message.params as { keys: string[]; values: string[] };
        this.settings = new Map(keys.map((k, i) => [k, values[i]]));
        this.writes.push(this.settingValues);
        return reply([0]);
      }
      case 2: {
        const { id } = message.params as { id: number };
        if (message.eventCallbackFunction && message.callbackId)
          this.events.set(id, { id: message.callbackId, fn: message.eventCallbackFunction });
        return reply([0]);
      }
      case 3: {
        const { id } = message.params as { id: number };
        this.events.delete(id);
        return reply([0]);
      }
      case 1: {
        const { id, apiArgs } = message.params as { id: number; apiArgs: unknown[] };
        if (id !== DISPID_EXECUTE_RICHAPI) return reply([[5001]]);
        return reply([[0, await this.execute(apiArgs)]]);
      }
      default:
        return reply([5001]);
    }
  }

  /** A RichApi request: `[customData, "POST", "ProcessQuery", headers, body, ...]` (l. 11629). */
  private async execute(apiArgs: unknown[]): Promise<unknown[]> {
    const request = apiArgs[0] as unknown[];
    const bodyText = String(request[4] ?? "");
    let response: ResponseBody;
    if (Buffer.byteLength(bodyText, "utf8") > PAYLOAD_LIMIT) {
      response = {
        Results: [],
        Error: {
          Code: "RequestPayloadSizeLimitExceeded",
          Message:
            "The request payload size has exceeded the limit. See the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
          HttpStatusCode: 413,
        },
      };
    } else {
      const body = JSON.parse(bodyText) as RequestBody;
      this.requests.push(body);
      response = await this.interpreter.process(body);
      await this.coAuthor(body);
      const size = Buffer.byteLength(JSON.stringify(response), "utf8");
      if (size > PAYLOAD_LIMIT)
        response = {
          Results: [],
          Error: {
            Code: "ResponsePayloadSizeLimitExceeded",
            Message:
              "The response payload size has exceeded the limit. See the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
            HttpStatusCode: 413,
          },
        };
    }
    return [200, [], JSON.stringify(response)];
  }

  private result(id: number, r: FunctionResult): void {
    this.results.set(id, [...(this.results.get(id) ?? []), r]);
  }

  /**
   * Calls a custom function as Excel does in a shared runtime: an invocation entry (category 1,
   * type 1000: [invocationId, functionName, parameterValues, address, flags], flags 2 =
   * streaming) on the RichApiMessage event, which office.js's CustomFunctionProxy runs
   * (`_handleMessage`, `_batchInvocationEntries`, l. 60785-60890). Returns the invocation id;
   * results arrive in `results`.
   */
  async invoke(
    functionId: string,
    args: unknown[],
    how: { address?: string; streaming?: boolean } = {}
  ): Promise<number> {
    const id = this.nextInvocation++;
    const flags = how.streaming ? 2 : 0;
    const message = [id, functionId, args, how.address ?? "Sheet1!A1", flags];
    await this.richApiEvent(1000, "", message, CUSTOM_FUNCTION_CATEGORY);
    return id;
  }

  /** Cancels a call (type 1001), as Excel does when its cell is cleared or recalculated. */
  async cancel(invocationId: number): Promise<void> {
    await this.richApiEvent(1001, "", { invocationId }, CUSTOM_FUNCTION_CATEGORY);
  }

  /**
   * Raises a RichApi event in the page: an entry of the RichApiMessage event (dispId 33), read by
   * `RichApiMessageEventArgs` (office.debug l. 9224) as [category, type, targetId, message, id].
   */
  async richApiEvent(
    type: number,
    targetId: string,
    message: unknown,
    category = EVENT_CATEGORY
  ): Promise<void> {
    const richApi = this.events.get(DISPID_RICHAPI_MESSAGE);
    if (!richApi) return;
    const entry = [category, type, targetId, JSON.stringify(message), this.nextEvent++, false];
    await this.push({ fn: richApi.fn, id: richApi.id, payload: [[entry], 0] });
  }

  private nextEvent = 1;

  /**
   * Makes `edit` change the workbook right after the first request `when` matches, as a co-author
   * (or the user typing) would between two of the add-in's requests; each table it changed raises
   * Table.onChanged (event type 101, target the table's id, l. 33026) with source "Remote", sent
   * once the request has been answered. (office.js only starts calling a handler when the answer
   * to the request that added it has been processed: `GenericEventHandlers.add`, l. 15720, puts it
   * in place from a trace marker's callback.)
   */
  coAuthorEdit(when: (body: RequestBody) => boolean, edit: (w: WorkbookModel) => void): void {
    this.coEdits.push({ when, edit });
  }

  private readonly coEdits: {
    when: (body: RequestBody) => boolean;
    edit: (w: WorkbookModel) => void;
  }[] = [];

  private async coAuthor(body: RequestBody): Promise<void> {
    const due = this.coEdits.findIndex((e) => e.when(body));
    if (due < 0) return;
    const [{ edit }] = this.coEdits.splice(due, 1);
    const state = (t: TableModel) => JSON.stringify([t.row0, t.col0, t.width, t.height, t.rows()]);
    const before = new Map(this.workbook.tables.map((t) => [t, state(t)]));
    edit(this.workbook);
    const changed = this.workbook.tables.filter((t) => before.get(t) !== state(t));
    setTimeout(() => {
      for (const t of changed)
        void this.richApiEvent(TABLE_CHANGED, t.id, {
          tableId: t.id,
          worksheetId: t.sheet.id,
          address: "",
          changeType: "RowInserted",
          source: "Remote",
        });
    }, 0);
  }

  /**
   * Selects `address` on `sheet`, as a click in Excel does, and raises the events the page
   * registered: the worksheets' SelectionChanged (a RichApi event) and Office's
   * DocumentSelectionChanged.
   */
  async select(sheet: string, address: string): Promise<void> {
    const clicked = this.workbook.sheet(sheet);
    if (clicked) this.workbook.activate(clicked, address);
    else Object.assign(this.selection, { sheet, address, chart: undefined });
    if (this.selectionHandlers > 0)
      await this.richApiEvent(WORKSHEET_SELECTION_CHANGED, "Workbook", {
        address: excelAddress(sheet, address).replace(/^.*!/, ""),
        worksheetId: this.workbook.sheet(sheet)?.id,
      });
    const office = this.events.get(DISPID_DOCUMENT_SELECTION_CHANGED);
    if (office) await this.push({ fn: office.fn, id: office.id, payload: [[], 0] });
  }
}

/** AppRuntimeService.onVisibilityChanged's event type (l. 23333). */
const VISIBILITY_CHANGED = 65539;

/**
 * Shows or hides the task pane, as closing and reopening it in Excel does with a shared runtime:
 * the page hears AppRuntimeService's VisibilityChanged ("Visible" or "Hidden"), which
 * Office.addin.onVisibilityModeChanged turns into "Taskpane" or "Hidden" (l. 23933).
 */
export async function setPaneVisible(host: ExcelHost, visible: boolean): Promise<void> {
  await host.richApiEvent(VISIBILITY_CHANGED, "", { visibility: visible ? "Visible" : "Hidden" });
}

/** A new workbook, as Excel opens one: an empty Sheet1. */
export function newWorkbook(): WorkbookModel {
  const workbook = new WorkbookModel();
  workbook.addSheet("Sheet1");
  return workbook;
}
