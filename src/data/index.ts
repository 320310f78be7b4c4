/**
 * The KZUZ data layer: the Kazakhstan–Uzbekistan cooperation dataset, its schema, validation,
 * loading and queries. Pure TypeScript (no Office, no React, no DOM-only APIs); nothing here
 * throws to its callers. The bundled dataset and the store started with it are in ./bundled, imported
 * directly by the functions bundle only, so the task pane's bundle does not carry the dataset.
 */
export type { DataError, DataErrorKind, DatasetIssue, Result } from "./result";
export {
  AGREEMENT_DOMAINS,
  DatasetSchema,
  LIMITS,
  SCHEMA_VERSION,
  type Agreement,
  type AgreementDomain,
  type CountryCode,
  type Dataset,
  type Figure,
  type GasTransitObservation,
  type Investment,
  type LocalizedName,
  type Location,
  type Milestone,
  type Period,
  type Place,
  type Project,
  type Qualifier,
  type Sector,
  type Source,
  type Statement,
  type SummitEvent,
  type Target,
  type TradeFlows,
  type TradeObservation,
} from "./schema";
export { MAX_REPORTED_ISSUES, parseDataset, parseDatasetText } from "./validate";
export {
  DATASET_PATH,
  FETCH_DEFAULTS,
  checkDatasetUrl,
  fetchDataset,
  type FetchOptions,
  type UrlOptions,
} from "./load";
export {
  agreementsByDomain,
  buildIndex,
  currentTarget,
  investment,
  progress,
  projects,
  requiredGrowth,
  resolve,
  sourceFor,
  targetForYear,
  tradeForYear,
  tradeHistory,
  tradeObservations,
  type Index,
  type InvestmentSummary,
  type Match,
  type MatchKind,
  type Progress,
  type ProjectInvestment,
  type RequiredGrowth,
  type TradePoint,
} from "./query";
export {
  DatasetStore,
  type DatasetListener,
  type DatasetOrigin,
  type DatasetSnapshot,
  type RefreshOptions,
} from "./store";
export { foldName, phoneticKey } from "./normalize";
export { installSharedStore, sharedStore } from "./shared";
