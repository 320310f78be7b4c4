/**
 * Everything the real-Excel tests use from the add-in, in one place: the task pane's own actions
 * (insert, refresh, charts), the functions' computations, and names the add-in gives to what it
 * writes. If src/ moves, only these imports change.
 */
export {
  buildChart,
  insertTables,
  refreshDataset,
  type Outcome,
  type Workbench,
} from "../../src/excel/workbench";
export { defaultDatasetUrl } from "../../src/data/url";
export { tableOf } from "../../src/data/views/registry";
export { DASHBOARD_SHEET } from "../../src/excel/charts/dashboard";
export { datasetViews, type View, type ViewKey, type ViewRow } from "../../src/data/views";
export type { Dataset } from "../../src/data/schema";
export { sharedStore } from "../../src/data/shared";
export { documentSettings, readSettings, writeSettings } from "../../src/office/settings";
export {
  restoreDataset,
  runtimeStorage,
  saveDataset,
  workbookAddresses,
} from "../../src/office/storage";
export { DatasetStore } from "../../src/data/store";
export { convertToValues } from "../../src/excel/share";
export { readSelectedCell } from "../../src/excel/selection";
export { explainCell, referencesOf } from "../../src/taskpane/explain/explain";
export { englishTranslator } from "../../src/i18n/translator";
export { FUNCTIONS_NAMESPACE } from "../../src/office/namespace";
export { cardsRoute } from "../../src/excel/cards/support";
export { asOfText, investmentValue, tradeValue } from "../../src/formulas/compute";
export {
  LOAD_FUNCTION_ID,
  PROJECTS_DOMAIN,
  AGREEMENTS_DOMAIN,
  PLACES_DOMAIN,
} from "../../src/office/linked";
export { linkedCellValue, registerLinkedDomains } from "../../src/excel/linked";
export { cardRoute } from "../../src/excel/requirements";
