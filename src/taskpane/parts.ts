import type { ViewKey } from "../data/views";

/**
 * The dataset's parts as the pane names them, by catalogue key. The tables' own names
 * (KZUZ_Projects) and their sheets stay English: shared workbooks read alike.
 */
export const PART_LABELS = {
  projects: "data.part.projects",
  agreements: "data.part.agreements",
  trade: "data.part.trade",
  targets: "data.part.targets",
  sources: "data.part.sources",
} as const satisfies Record<ViewKey, string>;
