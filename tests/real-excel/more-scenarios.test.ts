import { MORE_SCENARIOS } from "./more-scenarios";

test("the in-Excel run covers the settings saved through the pane, sort, protection, cards, share as values, explain and a reopen", () => {
  expect(MORE_SCENARIOS.map(([name]) => name)).toEqual([
    "settings saved through the pane",
    "refresh of a sorted table",
    "refresh with a protected sheet",
    "cards and share as values",
    "cards in the Projects table",
    "explain a table cell",
    "reopen",
  ]);
});
