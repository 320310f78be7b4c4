/**
 * The dataset as rows and columns: one view per table the add-in writes to Excel and spills
 * from formulas (KZUZ.PROJECTS...). The tables are listed once, in ./registry.
 */
export * from "./cells";
export * from "./registry";
export { PROJECT_COLUMNS, projectCells } from "./projects";
export { HEADLINE_YES, TRADE_COLUMNS } from "./trade";
