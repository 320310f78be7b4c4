/**
 * The Excel JavaScript API requirement sets the add-in checks before touching the workbook, in
 * one place, and how it asks: Office's own answer by default, a stand-in in tests.
 */
import { officeSupports } from "../office/host";

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
