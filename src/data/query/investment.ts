/** The investment behind a project, place or sector. */
import { fail, failWith, ok, type Result } from "../result";
import { localized } from "../../i18n/message";
import { INTERNALS, type Index } from "./build";
import { resolve } from "./resolve";
import type { InvestmentSummary } from "./types";

/**
 * The investment behind a name: the sum of the disclosed and estimated amounts of the projects it
 * covers (a cross-border project counts in full in each country). When every project's amount is
 * undisclosed the answer is a "not-disclosed" error, never 0.
 */
export function investment(index: Index, text: string): Result<InvestmentSummary> {
  const match = resolve(index, text);
  if (!match.ok) return match;
  const summary = index[INTERNALS].investments.get(match.value);
  // The name as the reader's language has it (the dataset's localized name), else English.
  const said = localized(match.value.names);
  if (summary === undefined || summary.projects.length === 0)
    return failWith("no-data", "errors.data.investment.noProjects", { name: said });
  if (summary.disclosedCount + summary.estimatedCount > 0) return ok(summary);
  const projects = match.value.projects.map((p) => ({ id: p.id, name: p.name.en }));
  const names = projects.map((p) => p.name).join(", ");
  const { kind } = match.value;
  return fail({
    kind: "not-disclosed",
    query: text.trim(),
    projects,
    id:
      kind === "project"
        ? "errors.data.investment.notDisclosed.project"
        : kind === "sector"
          ? "errors.data.investment.notDisclosed.sector"
          : "errors.data.investment.notDisclosed.place",
    values: { name: said, names, count: projects.length },
  });
}
