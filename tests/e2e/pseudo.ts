/**
 * A pseudo-locale for the browser tests: the English catalogue with every word accented and each
 * message about 40% longer ("[Ínšéŕţ ţáƀļéš ~~~~]"), served in place of the French chunk
 * (dist/i18n-fr.js), so the pane shows which of its texts come from a catalogue (bracketed and
 * accented), which do not (plain English: untranslatable), and which labels a longer language would
 * clip at 320 px, before a translator does. The chunk keeps the build's own module ids: each of
 * its modules (one per catalogue area) is read by running the built chunk, then rewritten with
 * the pseudo messages of the same keys.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { DIST } from "../support/excel-host/page";

const MESSAGES = join(__dirname, "..", "..", "src", "i18n", "messages", "en");
const ACCENTS: Record<string, string> = Object.fromEntries(
  [..."abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ"].map((c, i) => [
    c,
    [..."áƀçďéĝĥíķļñóŕšţúýžÁƁÇĎÉĜĤÍĶĻÑÓŔŠŢÚÝŽ"][i],
  ])
);

/**
 * A literal text accented and each word padded by 40% ("Insert tables" → "Ínšéŕţ~~~ ţáƀļéš~~~"),
 * so it wraps where a longer language would; what a user types ("usd") is kept as it is.
 */
export function pseudoText(text: string): string {
  return text
    .split(/("[^"]*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /[A-Za-z]+/g,
            (word) =>
              [...word].map((c) => ACCENTS[c] ?? c).join("") +
              "~".repeat(Math.ceil(word.length * 0.4))
          )
    )
    .join("");
}

/**
 * The custom functions' metadata for the pseudo-locale (in place of functions-fr-FR.json, which
 * the formula builder reads): English descriptions, pseudo and bracketed.
 */
export function pseudoMetadata(): string {
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
    functions: { description?: string; parameters?: { description?: string }[] }[];
  };
  const pseudo = (text?: string) => (text === undefined ? text : `[${pseudoText(text)}]`);
  for (const fn of metadata.functions) {
    fn.description = pseudo(fn.description);
    for (const p of fn.parameters ?? []) p.description = pseudo(p.description);
  }
  return JSON.stringify(metadata);
}

type Compiled = (string | CompiledToken)[];
type ChunkEntry = [number[], Record<string, (m: unknown, e: unknown, r: unknown) => void>];
type CompiledToken = [string, string?, Record<string, Compiled | string>?];

/** The compiled message with its literal texts pseudo (argument names and plural keys kept). */
function pseudoCompiled(message: Compiled): Compiled {
  return message.map((part) => {
    if (typeof part === "string") return pseudoText(part);
    const [name, type, cases] = part;
    if (!cases) return part;
    const out: Record<string, Compiled | string> = {};
    for (const [key, value] of Object.entries(cases))
      out[key] = Array.isArray(value) ? pseudoCompiled(value) : value;
    return [name, type, out] as CompiledToken;
  });
}

/** The pseudo messages: every English message, bracketed so a cut-off end shows. */
function pseudoCatalogue(): Record<string, Compiled> {
  const english: Record<string, string> = Object.assign(
    {},
    ...readdirSync(MESSAGES)
      .filter((f) => f.endsWith(".json"))
      .map((f) => JSON.parse(readFileSync(join(MESSAGES, f), "utf8")))
  );
  return Object.fromEntries(
    Object.entries(english).map(([key, text]) => {
      const compiled = compileMessage(text) as unknown as Compiled | string;
      const list = typeof compiled === "string" ? [compiled] : compiled;
      return [key, ["[", ...pseudoCompiled(list), "]"]];
    })
  );
}

/**
 * The text of a chunk that stands in for dist/i18n-<lang>.js (or its rest, i18n-<lang>-rest.js):
 * the same chunk and module ids, each
 * module's messages replaced by the pseudo messages of its keys.
 */
export function pseudoChunk(lang = "fr", part: "start" | "rest" = "start"): string {
  // Each catalogue is two chunks: the first screen's messages and the rest (i18n-<lang>-rest.js).
  const file = part === "start" ? `i18n-${lang}.js` : `i18n-${lang}-rest.js`;
  const source = readFileSync(join(DIST, file), "utf8");
  // The chunk pushes [chunk ids, modules] onto the page's webpackChunkkzuz_excel array.
  const sandbox: { webpackChunkkzuz_excel: ChunkEntry[] } = { webpackChunkkzuz_excel: [] };
  runInNewContext(source, sandbox);
  const [[chunkIds, modules]] = sandbox.webpackChunkkzuz_excel;
  const pseudo = pseudoCatalogue();
  const rewritten = Object.entries(modules).map(([id, factory]) => {
    // The module defines its exports as getters before it sets them: read them afterwards.
    let getters: Record<string, () => unknown> = {};
    const require = {
      r: () => undefined,
      d: (_: unknown, defined: Record<string, () => unknown>) => {
        getters = defined;
      },
    };
    factory({}, {}, require);
    const exported = { default: getters.default?.() };
    const keys = Object.keys((exported.default ?? {}) as Record<string, unknown>);
    const messages = Object.fromEntries(keys.map((k) => [k, pseudo[k] ?? ["[", k, "]"]]));
    return `${JSON.stringify(id)}(e,a,s){s.r(a),s.d(a,{default:()=>r});const r=${JSON.stringify(messages)}}`;
  });
  return `"use strict";(globalThis.webpackChunkkzuz_excel=globalThis.webpackChunkkzuz_excel||[]).push([${JSON.stringify(chunkIds)},{${rewritten.join(",")}}]);`;
}
