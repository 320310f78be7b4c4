/** Agreements, all or those of one domain. */
import { AGREEMENT_DOMAINS } from "../domains";
import { failWith, ok, type Result } from "../result";
import type { Agreement } from "../schema";
import { ambiguous, checkText, notFound } from "./args";
import { INTERNALS, type Index } from "./build";

/** Agreements, all of them or those of one domain ("water", "mining", "customs"...). */
export function agreementsByDomain(index: Index, domain?: string): Result<readonly Agreement[]> {
  const all = index.dataset.agreements;
  if (domain === undefined) return ok(all);
  const domains = AGREEMENT_DOMAINS.join(", ");
  const checked = checkText(domain, { what: "domain", domains });
  if (!checked.ok) return checked;
  const outcome = index[INTERNALS].domains.match(checked.value);
  if (outcome.kind === "ambiguous") return ambiguous(checked.value, "domain", outcome.labels);
  if (outcome.kind === "none")
    return notFound(checked.value, "domain", outcome.suggestions, {
      domains,
    });
  const list = all.filter((a) => a.domain === outcome.value);
  return list.length > 0
    ? ok(list)
    : failWith("no-data", "errors.data.agreements.noneInDomain", { domain: outcome.value });
}
