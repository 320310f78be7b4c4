/**
 * The ICU MessageFormat subset the catalogues use, on Intl alone (no library: see
 * src/i18n/README.md): `{name}` placeholders and `{count, plural, =0 {…} one {…} few {…}
 * many {…} other {…}}`, where `#` in a branch is the count formatted for the language. Plural
 * categories are Intl.PluralRules' (CLDR): Russian has one, few, many; Kazakh, Uzbek, English
 * one and other; French one, many, other. There is no apostrophe escaping: ' is plain text.
 */
export type MessageNode =
  | string
  | { arg: string }
  | { pound: true }
  | { arg: string; plural: Record<string, MessageNode[]> };

type PluralNode = { arg: string; plural: Record<string, MessageNode[]> };

const CATEGORIES = new Set(["zero", "one", "two", "few", "many", "other"]);

export class MessageSyntaxError extends Error {}

/** Parses a message; throws MessageSyntaxError saying what is wrong and where. */
export function parseMessage(message: string): MessageNode[] {
  let at = 0;
  const fail = (what: string): never => {
    throw new MessageSyntaxError(`${what} at ${at} in "${message}"`);
  };
  const skipSpace = () => {
    while (/\s/.test(message[at] ?? "")) at++;
  };
  const word = () => {
    skipSpace();
    const m = /^[=\w]+/.exec(message.slice(at));
    if (!m) fail("expected a name");
    at += m![0].length;
    skipSpace();
    return m![0];
  };
  const nodes = (inPlural: boolean): MessageNode[] => {
    const out: MessageNode[] = [];
    let text = "";
    const flush = () => {
      if (text) out.push(text);
      text = "";
    };
    while (at < message.length) {
      const c = message[at];
      if (c === "}") break;
      if (c === "#" && inPlural) {
        flush();
        out.push({ pound: true });
        at++;
      } else if (c === "{") {
        flush();
        at++;
        out.push(argument());
      } else {
        text += c;
        at++;
      }
    }
    flush();
    return out;
  };
  const argument = (): MessageNode => {
    const arg = word();
    if (message[at] === "}") {
      at++;
      return { arg };
    }
    if (message[at] !== ",") fail(`expected "}" or "," after {${arg}`);
    at++;
    const type = word();
    if (type !== "plural") fail(`unsupported argument type "${type}"`);
    if (message[at] !== ",") fail('expected "," after plural');
    at++;
    const plural: Record<string, MessageNode[]> = {};
    for (;;) {
      skipSpace();
      if (message[at] === "}") {
        at++;
        break;
      }
      const key = word();
      if (!CATEGORIES.has(key) && !/^=\d+$/.test(key)) fail(`unknown plural selector "${key}"`);
      if (key in plural) fail(`plural selector "${key}" repeated`);
      if (message[at] !== "{") fail(`expected "{" after ${key}`);
      at++;
      plural[key] = nodes(true);
      if (message[at] !== "}") fail(`unclosed branch ${key}`);
      at++;
    }
    if (!plural.other) fail(`plural {${arg}} has no "other" branch`);
    return { arg, plural };
  };
  const out = nodes(false);
  if (at < message.length) fail('unmatched "}"');
  return out;
}

const isPlural = (n: MessageNode): n is PluralNode => typeof n === "object" && "plural" in n;

/** The placeholder names a message uses, plural arguments included. */
export function placeholders(message: string): Set<string> {
  const names = new Set<string>();
  const walk = (ns: MessageNode[]) => {
    for (const n of ns)
      if (typeof n === "object" && "arg" in n) {
        names.add(n.arg);
        if (isPlural(n)) Object.values(n.plural).forEach(walk);
      }
  };
  walk(parseMessage(message));
  return names;
}

/**
 * What is wrong with a message for a language: a syntax error, a plural category the language
 * does not have (such as "few" in English), or one it needs that is missing (Russian needs one,
 * few and many, not only other).
 */
export function messageProblems(message: string, locale: string): string[] {
  let parsed: MessageNode[];
  try {
    parsed = parseMessage(message);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  const walk = (ns: MessageNode[]) => {
    for (const n of ns) {
      if (!isPlural(n)) continue;
      const keys = Object.keys(n.plural).filter((k) => !k.startsWith("="));
      for (const k of keys)
        if (!categories.includes(k))
          problems.push(`{${n.arg}} uses plural category "${k}", which ${locale} does not have`);
      for (const k of categories)
        if (!keys.includes(k))
          problems.push(`{${n.arg}} lacks plural category "${k}", which ${locale} needs`);
      Object.values(n.plural).forEach(walk);
    }
  };
  walk(parsed);
  return problems;
}

export type MessageValues = Record<string, string | number>;

/** Renders parsed nodes; a value the message needs and was not given throws (a bug, not a state). */
export function renderMessage(
  parsed: MessageNode[],
  values: MessageValues,
  plurals: Intl.PluralRules,
  numbers: Intl.NumberFormat,
  count?: number
): string {
  let out = "";
  for (const n of parsed) {
    if (typeof n === "string") out += n;
    else if ("pound" in n) out += count === undefined ? "#" : numbers.format(count);
    else {
      const value = values[n.arg];
      if (value === undefined) throw new Error(`message needs a value for {${n.arg}}`);
      if (!isPlural(n)) out += typeof value === "number" ? numbers.format(value) : value;
      else {
        const num = Number(value);
        const branch = n.plural[`=${num}`] ?? n.plural[plurals.select(num)] ?? n.plural.other;
        out += renderMessage(branch, values, plurals, numbers, num);
      }
    }
  }
  return out;
}
