/**
 * Turning the data layer's typed failures into Excel errors. Custom functions never let an
 * exception escape: every failure becomes a CustomFunctions.Error with a message Excel shows in
 * the cell's error tooltip, in the language the pane shows (the functions share its page).
 */
import type { DataError } from "../data/result";
import { activeTranslator } from "../i18n/active";
import type { Message } from "../i18n/message";
import type { Translator } from "../i18n/translator";
import { officeSupports } from "../office/host";

/**
 * A message in `t`'s language, the active one unless said (English where its catalogue lacks an
 * id). Values are plain values, never message source, so a "{" or "'" a user typed cannot
 * change the message, and a typed backslash stays a backslash (the translator hides it from
 * Lingui).
 */
export function say(said: Message, t: Translator = activeTranslator()): string {
  return t.text(said);
}

/** The Excel error codes the functions use (the values of CustomFunctions.ErrorCode). */
type ExcelErrorCode = "#N/A" | "#VALUE!" | "#NUM!";

/** An error value to return from a custom function. */
export type FunctionError = CustomFunctions.Error;

/** Where CustomFunctions.Error is missing or not understood: a plain error with the same code and message. */
class StandInError extends Error {
  readonly code: ExcelErrorCode;
  constructor(code: ExcelErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Whether Excel understands CustomFunctions.Error (CustomFunctionsRuntime 1.2). Outside Office
 * (tests, a plain browser) nobody reads the answer but the caller, so office.js's class is used
 * wherever it is defined; in Office, the host must say it has the set.
 */
function errorObjectsSupported(): boolean {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.Error !== "function")
    return false;
  return typeof Office === "undefined" || officeSupports("CustomFunctionsRuntime", "1.2");
}

/**
 * An Excel error with `message` in the active language (Excel shows at most 255 characters of
 * it). Where Excel lacks CustomFunctions.Error, a plain JavaScript Error carrying the same code
 * and message instead, as outside Excel: the error class is never handed to a host that does not
 * know it.
 */
export function excelError(code: ExcelErrorCode, message: Message): FunctionError {
  const said = say(message);
  const text = said.length > 255 ? `${said.slice(0, 252)}...` : said;
  if (errorObjectsSupported())
    return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, text);
  return new StandInError(code, text) as unknown as FunctionError;
}

/** The Excel error for a data-layer failure: #N/A for unknown or undisclosed, #VALUE! for bad arguments. */
export function toExcelError(error: DataError): FunctionError {
  switch (error.kind) {
    case "invalid-argument":
      return excelError("#VALUE!", error);
    default:
      // Unknown names, undisclosed amounts, years without data, and a dataset that could not load.
      return excelError("#N/A", error);
  }
}
