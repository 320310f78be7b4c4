/**
 * Which route this Excel gives the inserted tables' cards. Entity values written into cells need
 * ExcelApi 1.16 from the host (Excel on the web, Windows 2208+, Mac 16.64+, iPad 16.66+:
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets)
 * AND an office.js that can speak it: Range.valuesAsJson is a property office.js defines on
 * Excel.Range's prototype, and an office.js older than the API (the npm package
 * @microsoft/office-js 1.1.110 stops at ExcelApi 1.15) has none, whatever the host declares. The
 * answer names which of the two is missing, so the pane can say why a table holds text.
 */
import { isSupported, type RequirementSet, type Supports } from "../requirements";

/** Range.valuesAsJson and the entity types: ExcelApi 1.16. */
const CARDS_SET: RequirementSet = { set: "ExcelApi", version: "1.16" };

export type CardsRoute =
  | { readonly cards: true }
  /** "host": Excel lacks ExcelApi 1.16; "officejs": Excel has it, the loaded office.js does not. */
  | { readonly cards: false; readonly why: "host" | "officejs" };

/**
 * Whether the office.js loaded in this page defines Range.valuesAsJson. Without office.js's Excel
 * namespace at all there is no office.js to limit what the caller's workbook speaks (a test's
 * model of Excel): the requirement sets decide alone.
 */
function officeJsSpeaksCards(): boolean {
  const excel = (globalThis as { Excel?: { Range?: { prototype?: object } } }).Excel;
  const prototype = excel?.Range?.prototype;
  return prototype === undefined || "valuesAsJson" in prototype;
}

export function cardsRoute(
  supports?: Supports,
  officeJs: boolean = officeJsSpeaksCards()
): CardsRoute {
  if (!isSupported(CARDS_SET, supports)) return { cards: false, why: "host" };
  if (!officeJs) return { cards: false, why: "officejs" };
  return { cards: true };
}
