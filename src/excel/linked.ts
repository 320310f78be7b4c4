/**
 * KZUZ's linked entity data domains (ExcelApi 1.19, desktop only): what they are, registering them
 * with Excel, asking Excel to refresh their cells, and the value a cell holds before Excel has
 * loaded it. As Microsoft's "Create linked entity data types in Excel add-ins" describes
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values):
 * the add-in registers its domains when it starts; a cell holds a LinkedEntityCellValue naming a
 * domain and an entity id; Excel asks the domain's load service (a custom function, here
 * LOAD_FUNCTION_ID) for the entity's properties whenever the cell is created or refreshed.
 *
 * Only the route that cardRoute (./requirements) calls "linked" uses this module.
 */

import {
  DATA_PROVIDER,
  LOAD_FUNCTION_ID,
  PROJECTS_DOMAIN,
  AGREEMENTS_DOMAIN,
  PLACES_DOMAIN,
  ADDIN_SERVICE_ID,
} from "../office/linked";

/** OnLoad, then Manual (see LINKED_DOMAINS). */
const REFRESH_MODES = [
  "OnLoad" as Excel.LinkedEntityDataDomainRefreshMode,
  "Manual" as Excel.LinkedEntityDataDomainRefreshMode,
];

/**
 * The domains KZUZ registers: its projects, the summit's agreements, and places (regions, cities,
 * countries), all answered by the one load service (LOAD_FUNCTION_ID: "It's recommended to create
 * just one load service function for best performance"). Names are shown to the user as the
 * data type's name and stay English, as sheet and table names do. Refresh: when the domain is
 * registered (the add-in's start, so a workbook opened with the add-in shows the dataset in
 * force) and whenever the user asks (Data > Refresh All; manual is always supported); periodic is
 * pointless for a dataset that changes only when the pane refreshes it, and the pane then asks
 * Excel itself (refreshLinkedDomains). "If the refresh mode was not saved in the workbook, the
 * first value in the array is set as the default refresh mode"
 * (LinkedEntityDataDomainCreateOptions.supportedRefreshModes), so OnLoad comes first.
 */
export const LINKED_DOMAINS: readonly Excel.LinkedEntityDataDomainCreateOptions[] = [
  [PROJECTS_DOMAIN, "KZUZ Projects"],
  [AGREEMENTS_DOMAIN, "KZUZ Agreements"],
  [PLACES_DOMAIN, "KZUZ Places"],
].map(([id, name]) => ({
  dataProvider: DATA_PROVIDER,
  id,
  name,
  loadFunctionId: LOAD_FUNCTION_ID,
  supportedRefreshModes: [...REFRESH_MODES],
}));

/**
 * Registers every KZUZ domain that the workbook's collection does not already hold (a second
 * start in the same Excel session, or another copy of the pane, finds them there). Resolves to the
 * ids it added.
 */
export async function registerLinkedDomains(context: Excel.RequestContext): Promise<string[]> {
  const domains = context.workbook.linkedEntityDataDomains;
  const found = LINKED_DOMAINS.map((d) => domains.getItemOrNullObject(d.id));
  for (const domain of found) domain.load("id");
  await context.sync();
  const missing = LINKED_DOMAINS.filter((_, i) => found[i].isNullObject);
  for (const options of missing) domains.add(options);
  if (missing.length > 0) await context.sync();
  return missing.map((d) => d.id);
}

/**
 * Asks Excel to refresh the cells of KZUZ's domains (it then calls the load service for them):
 * after the dataset in force changed. Only KZUZ's domains: refreshAll would also refresh the
 * user's Stocks and Geography cells. "The refresh methods request a refresh which occurs
 * asynchronously." Resolves to the ids of the domains it asked.
 */
export async function refreshLinkedDomains(context: Excel.RequestContext): Promise<string[]> {
  const domains = context.workbook.linkedEntityDataDomains;
  const found = LINKED_DOMAINS.map((d) => domains.getItemOrNullObject(d.id));
  for (const domain of found) domain.load("id");
  await context.sync();
  const registered = LINKED_DOMAINS.filter((_, i) => !found[i].isNullObject);
  found.filter((d) => !d.isNullObject).forEach((d) => d.refresh());
  if (registered.length > 0) await context.sync();
  return registered.map((d) => d.id);
}

/**
 * The value to write into a cell for an entity of a KZUZ domain: its id and the text the cell
 * shows until Excel has loaded the rest through the load service ("Always provide the text
 * property … Otherwise, the user sees a blank cell"). basicType Error and basicValue #VALUE! are
 * what Excel 2019 and earlier show ("This error is the fallback that Excel uses on older
 * versions"). Neither id may contain "!".
 */
export function linkedCellValue(
  domainId: string,
  entityId: string,
  text: string,
  culture: string
): Excel.LinkedEntityCellValue {
  if (entityId.includes("!") || domainId.includes("!"))
    throw new RangeError(`A linked entity id may not contain "!": ${domainId} ${entityId}`);
  return {
    type: "LinkedEntity" as Excel.CellValueType.linkedEntity,
    basicType: "Error" as Excel.RangeValueType.error,
    basicValue: "#VALUE!",
    id: { entityId, domainId, serviceId: ADDIN_SERVICE_ID, culture },
    text,
  };
}
