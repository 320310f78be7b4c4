/**
 * The ids of KZUZ's linked entity data domains (ExcelApi 1.19), shared by the domains' registration
 * (src/excel/linked) and the load service that answers for them (src/formulas/linked). As
 * Microsoft's "Create linked entity data types in Excel add-ins" sets them
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values):
 * every linked entity of an add-in has the service id 268436224; a domain names the id of its load
 * service in functions.json; no id may contain "!", and published ids never change ("Consistent
 * IDs across the same logical objects helps with performance"). The domains' ids and kinds are
 * data (src/data/cards/linked-ids), so the card readers know a linked cell too.
 */
export {
  ADDIN_SERVICE_ID,
  PROJECTS_DOMAIN,
  AGREEMENTS_DOMAIN,
  PLACES_DOMAIN,
} from "../data/cards/linked-ids";

/** The id (in functions.json) of the load service: src/functions/functions.ts, `loadService`. */
export const LOAD_FUNCTION_ID = "LOADSERVICE";

/** The data provider Excel names on every KZUZ card. */
export const DATA_PROVIDER = "KZUZ";
