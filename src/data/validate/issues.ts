/**
 * Zod's issues as the dataset's diagnostics: a JSON path and a message (ids and values, said in
 * the reader's language by the catalogues' dataset.* messages). A rule with an id of its own
 * (../schema/rule.ts) is said with its limit; any other issue by what zod reports: the kind of
 * value (text, list, number), the limit, what was expected and what was found.
 */
import type { z } from "zod";
import { message, type Message, type MessageId } from "../../i18n/message";
import type { DatasetIssue } from "../result";
import { isLimitRule, isRuleId } from "../schema/rule";
import { pathText } from "./path";

type ZodIssue = z.core.$ZodIssue;

/** A limit as the schema writes it: 10^15 rather than 1000000000000000. */
function limitText(n: number | bigint): string {
  const k = Math.log10(Number(n));
  return Number(n) >= 1e9 && Number.isInteger(k) ? `10^${k}` : String(n);
}

/** A JSON value's type, as JSON Schema names it. */
function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** What zod expected, as JSON Schema names it. */
function expectedType(expected: string): string {
  return expected === "int" ? "integer" : expected;
}

/** A limit check's message: a rule's own, or one by the kind of value and the bound. */
function limitSaid(issue: ZodIssue & { code: "too_big" | "too_small" }): Message {
  const bound = issue.code === "too_big" ? issue.maximum : issue.minimum;
  const limit = limitText(bound);
  const count = Number(bound);
  if (isLimitRule(issue.message)) return message(issue.message as MessageId, { limit, count });
  const big = issue.code === "too_big";
  switch (issue.origin) {
    case "string":
      if (big) return message("dataset.text.tooLong", { limit });
      return count <= 1
        ? message("dataset.text.empty")
        : message("dataset.text.tooShort", { limit });
    case "array":
    case "set":
      return big
        ? message("dataset.list.tooMany", { count })
        : message("dataset.list.tooFew", { count });
    default:
      if (big)
        return issue.inclusive
          ? message("dataset.number.atMost", { limit })
          : message("dataset.number.lessThan", { limit });
      if (!issue.inclusive) return message("dataset.number.moreThan", { limit });
      return count === 0
        ? message("dataset.number.negative")
        : message("dataset.number.atLeast", { limit });
  }
}

/** One issue's message (the field is known to be present). */
function said(issue: ZodIssue): Message {
  if (issue.code === "custom") {
    // A cross-reference check hands its message over in params (./dataset.ts).
    const handed = (issue.params as { said?: Message } | undefined)?.said;
    if (handed) return handed;
  }
  if (issue.code === "too_big" || issue.code === "too_small") return limitSaid(issue);
  if (isRuleId(issue.message)) return message(issue.message as MessageId);
  switch (issue.code) {
    case "invalid_type":
      return message("dataset.type", {
        expected: expectedType(issue.expected),
        found: jsonType(issue.input),
      });
    case "invalid_value":
      return message("dataset.oneOf", {
        count: issue.values.length,
        options: issue.values.map((v) => JSON.stringify(v)).join(", "),
      });
    case "invalid_format":
      return message("dataset.format", { format: issue.format });
    case "invalid_union":
      return message("dataset.union");
    default:
      return message("dataset.invalid", { code: issue.code });
  }
}

/** One zod issue as dataset issues with full JSON paths; union failures are traced into the branch that fits. */
export function describeIssue(issue: ZodIssue, prefix: PropertyKey[] = []): DatasetIssue[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case "unrecognized_keys":
      // The key is the dataset's text, not the add-in's: pathText quotes, shortens and cleans it.
      return issue.keys.map((key) => ({
        path: pathText([...path, key]),
        said: message("dataset.unknownField"),
      }));
    case "invalid_union": {
      const fitting = issue.errors.filter((branch) =>
        branch.every((i) => i.path.length > 0 || i.code === "unrecognized_keys")
      );
      if (fitting.length === 1) return fitting[0].flatMap((i) => describeIssue(i, path));
      return [{ path: pathText(path), said: said(issue) }];
    }
    default:
      // A JSON value is never undefined: undefined input means the field is absent.
      if (issue.code !== "custom" && issue.input === undefined && issue.path.length > 0)
        return [{ path: pathText(path), said: message("dataset.required") }];
      return [{ path: pathText(path), said: said(issue) }];
  }
}
