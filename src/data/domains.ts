/**
 * The agreement domains, kept apart from the zod schema so that code needing only the list (the
 * queries, and through them the task pane) does not bundle zod.
 */
export const AGREEMENT_DOMAINS = [
  "water",
  "geology & mining",
  "customs & trade",
  "communications",
  "health",
  "energy",
  "industry",
  "regional cooperation",
  "diplomacy",
  "defence",
  "justice",
  "investment",
  "tourism",
] as const;
