/**
 * The Excel JavaScript API requirement sets the add-in checks before touching the workbook, in
 * one place, and how it asks: Office's own answer by default, a stand-in in tests.
 */
import { officePlatform, officeSupports } from "../office/host";

/** Whether the host supports a requirement set, as Office.context.requirements.isSetSupported. */
export type Supports = (set: string, version: string) => boolean;

export interface RequirementSet {
  readonly set: string;
  readonly version: string;
}

/** Tables (hyperlinks, frozen panes) and charts (series added, combo types) need ExcelApi 1.7. */
export const WORKBOOK_SET: RequirementSet = { set: "ExcelApi", version: "1.7" };

/** ChartDataLabel.text, for the trade target's label; without it the label shows the value. */
export const LABEL_TEXT_SET: RequirementSet = { set: "ExcelApi", version: "1.8" };

/** Whether `required` is available, asking `supports` (Office by default). */
export function isSupported(
  required: RequirementSet,
  supports: Supports = officeSupports
): boolean {
  return supports(required.set, required.version);
}

/** Entity values written into cells (Range.valuesAsJson, EntityCellValue): ExcelApi 1.16. */
const ENTITY_SET: RequirementSet = { set: "ExcelApi", version: "1.16" };

/**
 * Linked entity data domains (Workbook.linkedEntityDataDomains, LinkedEntityCellValue from a
 * load service): ExcelApi 1.19 with CustomFunctionsRuntime 1.5, "additional support for custom
 * functions and data types (especially linked entities)".
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-19-requirement-set
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
 */
const LINKED_SETS: readonly RequirementSet[] = [
  { set: "ExcelApi", version: "1.19" },
  { set: "CustomFunctionsRuntime", version: "1.5" },
];

/**
 * How a record becomes a card in a cell: "linked" (a linked entity cell value that Excel loads,
 * and refreshes, through the add-in's load service), "entities" (an entity value written whole
 * into the cell, a snapshot that a refresh of the tables rewrites), or "text" (the name, as
 * before cards).
 */
export type CardRoute = "linked" | "entities" | "text";

/**
 * The card route this Excel supports. Linked entities need both of LINKED_SETS and are "not
 * supported in Excel on the web" (Excel.LinkedEntityDataDomainCollection,
 * https://learn.microsoft.com/javascript/api/excel/excel.linkedentitydatadomaincollection), which
 * may still report ExcelApi 1.19 for the rest of that set: the platform decides there. Entity
 * values need ENTITY_SET (web, Windows 2208+, Mac 16.64+). Anything older keeps text.
 */
export function cardRoute(
  supports: Supports = officeSupports,
  platform: string | undefined = officePlatform()
): CardRoute {
  const online = platform === "OfficeOnline";
  if (!online && LINKED_SETS.every((s) => isSupported(s, supports))) return "linked";
  return isSupported(ENTITY_SET, supports) ? "entities" : "text";
}
