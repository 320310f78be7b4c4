/**
 * What the add-in keeps in the workbook's own settings (Office.context.document.settings): the
 * dataset address the user chose, the ids of the tables it wrote, so that a renamed table is
 * found again, and the IDs of the rows it wrote in each, so that a refresh deletes or rewrites only
 * those and never a row the user added. Settings travel with the workbook; nothing here is
 * personal or sent anywhere.
 */
import { normalizeDatasetUrl } from "../data/url";
import { VIEW_KEYS, type ViewKey } from "../data/views/keys";

interface WorkbookSettings {
  /** The dataset address the user chose; absent means the add-in's own published copy. */
  datasetUrl?: string;
  /** Ids of the tables the add-in wrote, by dataset part. */
  tableIds: Partial<Record<ViewKey, string>>;
  /** IDs of the rows the add-in wrote, by dataset part (read with readRowIds). */
  rowIds?: Partial<Record<ViewKey, readonly string[]>>;
  /** The Dashboard's sheet id and the cells each chart last wrote (read with readDashboard). */
  dashboard?: SavedDashboard;
}

/** The Dashboard as saved: its sheet's id, and the A1 addresses each chart's build wrote. */
interface SavedDashboard {
  sheetId?: string;
  written?: Partial<Record<"trade" | "investment", string[]>>;
}

/** The part of Office.Settings used here, so tests can pass their own. */
export interface SettingsBag {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

const URL_KEY = "kzuz.datasetUrl";
const TABLES_KEY = "kzuz.tableIds";
const ROWS_KEY = "kzuz.rowIds";
const DASHBOARD_KEY = "kzuz.dashboard";

/** The workbook's settings, or undefined outside Office. */
export function documentSettings(): SettingsBag | undefined {
  try {
    return typeof Office !== "undefined"
      ? (Office.context?.document?.settings as SettingsBag | undefined)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the settings, ignoring anything malformed (a workbook may have been edited elsewhere). */
export function readSettings(bag: SettingsBag | undefined): WorkbookSettings {
  if (!bag) return { tableIds: {} };
  const url = bag.get(URL_KEY);
  const ids = bag.get(TABLES_KEY);
  const tableIds: Partial<Record<ViewKey, string>> = {};
  if (ids && typeof ids === "object")
    for (const key of VIEW_KEYS) {
      const id = (ids as Record<string, unknown>)[key];
      if (typeof id === "string" && id.length <= 200) tableIds[key] = id;
    }
  // Normalised when read too: a workbook saved by an earlier version holds the address as typed.
  const datasetUrl =
    typeof url === "string" && url.trim().length > 0 ? normalizeDatasetUrl(url) : undefined;
  return { datasetUrl, tableIds };
}

/** The row IDs saved per table; a part with anything malformed is left out (unknown). */
export function readRowIds(bag: SettingsBag | undefined): Partial<Record<ViewKey, string[]>> {
  const saved = bag?.get(ROWS_KEY);
  const out: Partial<Record<ViewKey, string[]>> = {};
  if (!saved || typeof saved !== "object") return out;
  for (const key of VIEW_KEYS) {
    const ids = (saved as Record<string, unknown>)[key];
    if (Array.isArray(ids) && ids.every((id) => typeof id === "string")) out[key] = ids;
  }
  return out;
}

/** The Dashboard as saved; anything malformed is left out (unknown). */
export function readDashboard(bag: SettingsBag | undefined): SavedDashboard {
  const saved = bag?.get(DASHBOARD_KEY) as { sheetId?: unknown; written?: unknown } | undefined;
  if (!saved || typeof saved !== "object") return {};
  const out: SavedDashboard = {};
  if (typeof saved.sheetId === "string" && saved.sheetId.length <= 200) out.sheetId = saved.sheetId;
  const written = saved.written as Record<string, unknown> | undefined;
  if (written && typeof written === "object") {
    out.written = {};
    for (const kind of ["trade", "investment"] as const) {
      const list = written[kind];
      if (
        Array.isArray(list) &&
        list.every(
          (a) => typeof a === "string" && /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(a)
        )
      )
        out.written[kind] = list as string[];
    }
  }
  return out;
}

/** Changes the settings and saves them with the workbook. Resolves false if Office refused. */
export function writeSettings(
  bag: SettingsBag | undefined,
  change: Partial<WorkbookSettings>
): Promise<boolean> {
  if (!bag) return Promise.resolve(false);
  if ("datasetUrl" in change) {
    if (change.datasetUrl) bag.set(URL_KEY, normalizeDatasetUrl(change.datasetUrl));
    else bag.remove(URL_KEY);
  }
  if (change.tableIds) bag.set(TABLES_KEY, { ...readSettings(bag).tableIds, ...change.tableIds });
  if (change.rowIds) bag.set(ROWS_KEY, { ...readRowIds(bag), ...change.rowIds });
  if (change.dashboard) {
    const now = readDashboard(bag);
    bag.set(DASHBOARD_KEY, {
      sheetId: change.dashboard.sheetId ?? now.sheetId,
      written: { ...now.written, ...change.dashboard.written },
    });
  }
  return new Promise((resolve) => {
    try {
      bag.saveAsync((result) => resolve(String(result.status) === "succeeded"));
    } catch {
      resolve(false);
    }
  });
}
