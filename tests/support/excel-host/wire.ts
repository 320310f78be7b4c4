/**
 * The RichApi wire format as Microsoft's office.js writes and reads it (excel-mac-16.00.debug.js of
 * @microsoft/office-js 1.1.110; line numbers refer to that file): the request body
 * (`ClientRequestBase.buildRequestMessageBodyAndRequestFlags`, l. 12914), its object paths
 * (`CommonUtility.getObjectPathExpression`, l. 13370) and actions (l. 12810, 12208, 12221, 14100,
 * 14114), and the errors Excel answers with (`ClientRequestContext.processRequestExecutorResponseMessage`,
 * l. 14734).
 */

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Beside Arguments: a non-zero entry says that argument is the id of an object path. */
  ReferencedObjectPathIds?: number[];
}

export interface ObjectPathInfo {
  Id: number;
  /** 1 Global, 2 New, 3 Method, 4 Property, 5 Indexer, 6 ReferenceId, 7 Null. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Skip?: number;
  Top?: number;
}

export interface ActionInfo {
  Id: number;
  /** 1 Instantiate, 2 Query, 3 Method, 4 SetProperty, 5 Trace, 6 RecursiveQuery, 7 QueryAsJson, 8 EnsureUnchanged, 9 Update. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface WireError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  Location?: string;
  ActionIndex?: number;
}

export interface ResponseBody {
  Results: { ActionId: number; Value: unknown }[];
  Error?: WireError;
}

/** "GetItemOrNullObject" → "getItemOrNullObject": the JavaScript name of a wire name. */
export function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** "rowHidden" → "RowHidden": the name `_handleResult` reads a property by. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The English messages Excel answers with, by error code, as office.js then shows them in
 * `error.message` (Excel's error codes:
 * https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-excel-error-codes?view=excel-js-preview).
 */
const MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found.",
  GeneralException: "There was an internal error while processing the request.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  RequestPayloadSizeLimitExceeded:
    "The request payload size has exceeded the limit. See the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
  ResponsePayloadSizeLimitExceeded:
    "The response payload size has exceeded the limit. See the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
};

/** HTTP statuses Excel pairs with the codes (office.js reads only Code and Message). */
const STATUS: Record<string, number> = {
  AccessDenied: 403,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  InsertDeleteConflict: 409,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
  NotImplemented: 501,
  GeneralException: 500,
};

/**
 * An error of the workbook model ("ItemNotFound: the table does not exist") as Excel reports it:
 * its code, and Excel's message for that code; `detail` keeps the model's own words for the
 * host's log.
 */
export function wireError(
  e: unknown,
  actionIndex: number,
  location = ""
): WireError & { detail: string } {
  const text = e instanceof Error ? e.message : String(e);
  const m = /^([A-Z][A-Za-z]+):\s*(.*)$/s.exec(text);
  const code = m && MESSAGES[m[1]] ? m[1] : "GeneralException";
  return {
    Code: code,
    Message: MESSAGES[code],
    HttpStatusCode: STATUS[code] ?? 400,
    Location: location,
    ActionIndex: actionIndex,
    detail: text,
  };
}

/** Excel on the web's limit for a request and for a response: 5 MB (see wireError's page). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
