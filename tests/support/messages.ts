/**
 * Messages (src/i18n/message.ts) against the catalogues: every id a message uses, nested ones
 * included, exists in every language's catalogue, and every placeholder the catalogue's message
 * uses is given a value. Used by the tests of each layer's messages and by
 * tests/i18n/lower-ids.test.ts, which finds the ids in the source.
 */
import fs from "node:fs";
import path from "node:path";
import type { Message } from "../../src/i18n/message";
import { LANGS, type Lang } from "../../src/i18n/locales";

const { placeholders } = require("../../scripts/lib/catalogue.js") as {
  placeholders(text: string): Set<string>;
};

const MESSAGES = path.resolve(__dirname, "../../src/i18n/messages");

/** A language's catalogue as ICU source text, all areas in one. */
export function catalogueSource(lang: Lang): Record<string, string> {
  const dir = path.join(MESSAGES, lang);
  return Object.assign(
    {},
    ...fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Record<string, string>)
  ) as Record<string, string>;
}

const SOURCES = Object.fromEntries(LANGS.map((lang) => [lang, catalogueSource(lang)])) as Record<
  Lang,
  Record<string, string>
>;

/**
 * What is wrong with one use of `id` given values named `given` (undefined: not known, so only
 * the id is checked), in every language: "ru: errors.x lacks {count}".
 */
export function idProblems(id: string, given: readonly string[] | undefined): string[] {
  const problems: string[] = [];
  for (const lang of LANGS) {
    const source = SOURCES[lang][id];
    if (typeof source !== "string" || source === "") {
      problems.push(`${lang}: no message ${id}`);
      continue;
    }
    if (given === undefined) continue;
    for (const name of placeholders(source))
      if (!given.includes(name)) problems.push(`${lang}: ${id} uses {${name}}, which is not given`);
  }
  return problems;
}

/** Every id in a message (nested values and parts included) checked in every catalogue. */
export function messageProblems(said: Message): string[] {
  const problems: string[] = [];
  if (said.id !== undefined) problems.push(...idProblems(said.id, Object.keys(said.values ?? {})));
  for (const part of said.parts ?? []) problems.push(...messageProblems(part));
  for (const value of Object.values(said.values ?? {}))
    if (Array.isArray(value))
      for (const v of value as Message[]) problems.push(...messageProblems(v));
    else if (typeof value === "object") problems.push(...messageProblems(value as Message));
  return problems;
}

/** Every id in a message, nested ones included. */
export function idsIn(said: Message, into = new Set<string>()): Set<string> {
  if (said.id !== undefined) into.add(said.id);
  for (const part of said.parts ?? []) idsIn(part, into);
  for (const value of Object.values(said.values ?? {}))
    if (Array.isArray(value)) for (const v of value as Message[]) idsIn(v, into);
    else if (typeof value === "object") idsIn(value as Message, into);
  return into;
}
