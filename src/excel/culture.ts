/**
 * The decimal separator of the user's Excel (Application.cultureInfo.numberFormat, ExcelApi 1.11:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.numberformatinfo). Excel's API
 * gives no list separator, but Excel takes ";" between a formula's arguments wherever the decimal
 * separator is "," (src/functions/formula.ts, separatorsFor).
 */
import { isSupported, type RequirementSet, type Supports } from "./requirements";

const CULTURE_SET: RequirementSet = { set: "ExcelApi", version: "1.11" };

/** The decimal separator as Excel reports it; undefined where this Excel cannot say. */
export async function decimalSeparator(
  context: Excel.RequestContext,
  supports?: Supports
): Promise<string | undefined> {
  if (!isSupported(CULTURE_SET, supports)) return undefined;
  const format = context.application.cultureInfo.numberFormat;
  format.load("numberDecimalSeparator");
  await context.sync();
  return format.numberDecimalSeparator;
}
