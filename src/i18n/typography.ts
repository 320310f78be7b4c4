/**
 * French typography by rule (Imprimerie nationale; Microsoft's French style guide): a no-break
 * space (U+00A0) before « : » and inside « », a narrow no-break space (U+202F) before ; ? !,
 * so a colon or a guillemet never wraps onto a line of its own. `frenchSpaces` applies the rule
 * to a text; `frenchSpaceProblems` finds where a text breaks it. Tests run the check over every
 * French catalogue, the functions' metadata, the help page and the manifest.
 */
const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** The text with French spaces: ordinary spaces before : ; ? ! » and after « made no-break. */
export function frenchSpaces(text: string): string {
  return text
    .replace(/ +:/g, `${NBSP}:`)
    .replace(/ +([;?!])/g, `${NNBSP}$1`)
    .replace(/« +/g, `«${NBSP}`)
    .replace(/ +»/g, `${NBSP}»`)
    .replace(/«(?=[^\s\u00a0\u202f])/g, `«${NBSP}`)
    .replace(/([^\s\u00a0\u202f])»/g, `$1${NBSP}»`);
}

/** Where `text` breaks the rule, each place with a few characters of context. */
export function frenchSpaceProblems(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/ [:;?!»]|« |«(?=[^\s\u00a0\u202f])|[^\s\u00a0\u202f]»/g))
    problems.push(text.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + 4));
  return problems;
}
