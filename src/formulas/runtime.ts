/**
 * What the functions need from their host. Inside Excel, office.js provides CustomFunctions;
 * outside it (a plain browser showing the preview, or Node in tests) there is none, and the
 * CustomFunctions.associate calls that the metadata plugin appends to functions.ts would throw
 * and stop the page. A stand-in that registers nothing keeps the page working there.
 *
 * Which requirement sets each feature needs (learn.microsoft.com, "Custom Functions requirement
 * sets" and the Excel API reference): a custom function returning an entity (a card) needs
 * CustomFunctionsRuntime 1.4 ("custom functions integration with data types"), whose entity
 * types are ExcelApi 1.16; a number format on a Double property is ExcelApi 1.19. Retail and
 * volume-licensed perpetual Office on Windows lack CustomFunctionsRuntime 1.4 while having
 * ExcelApi 1.16, so checking ExcelApi alone is not enough.
 */
import { officeSupports } from "../office/host";

type CustomFunctionsHolder = { CustomFunctions?: { associate?: unknown } };

export function ensureCustomFunctionsRuntime(): void {
  const holder = globalThis as CustomFunctionsHolder;
  if (holder.CustomFunctions === undefined) holder.CustomFunctions = { associate: () => undefined };
}

/** True where a custom function can return a card: CustomFunctionsRuntime 1.4 and ExcelApi 1.16. */
export function entityValuesSupported(): boolean {
  return officeSupports("CustomFunctionsRuntime", "1.4") && officeSupports("ExcelApi", "1.16");
}

/**
 * A card as this Excel can show it: without number formats on its numbers where ExcelApi 1.19 is
 * missing (the numbers stay, unformatted). Any other value is returned as it is.
 */
export function fitCard<T>(value: T): T {
  const entity = value as Partial<Excel.EntityCellValue> | null;
  if (entity?.type !== "Entity" || !entity.properties || officeSupports("ExcelApi", "1.19"))
    return value;
  const properties: Record<string, Excel.CellValue> = {};
  for (const [name, property] of Object.entries(entity.properties)) {
    if (property.type === "Double") {
      const plain = { ...(property as Excel.DoubleCellValue) };
      delete plain.numberFormat;
      properties[name] = plain;
    } else properties[name] = property;
  }
  return { ...entity, properties } as T;
}
