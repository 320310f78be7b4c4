/**
 * Every dataset table's key, in the order the task pane lists them: the one list ./registry's
 * entries follow (tests/data/views/registry.test.ts checks the two agree). A module of its own,
 * without the tables' columns and cells, for code that only needs the keys (the workbook's
 * settings, at the page's start).
 */
export const VIEW_KEYS = ["projects", "agreements", "trade", "targets", "sources"] as const;

export type ViewKey = (typeof VIEW_KEYS)[number];
