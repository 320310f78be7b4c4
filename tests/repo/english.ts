/**
 * Finds English sentences written in source code: string literals, templates (their fixed text)
 * and JSX text that read as prose. Used by tests/repo/no-english.test.ts, which keeps every
 * sentence a user reads in the catalogues (src/i18n/messages).
 */
import ts from "typescript";

export interface Found {
  file: string;
  line: number;
  text: string;
}

// Words of two or more letters (an apostrophe inside: "Excel's", "don't").
const WORD = /[A-Za-z]+(?:'[a-z]+)?/g;

/**
 * Whether `text` reads as an English sentence: at least three words of letters, one after another
 * with single spaces (so CSS, identifiers, paths and format patterns are not), at least two of
 * them lower case, and no {placeholder} braces of a message source.
 */
export function readsAsSentence(text: string): boolean {
  // Office.js load lists ("values, formulas, numberFormat") and CSS values ("1px solid red").
  if (/^\s*\w+(\s*,\s*\w+)+\s*$/.test(text) || /\b\d+(px|em|rem)\b/.test(text)) return false;
  const runs = text.split(/[^A-Za-z' ,.:;!?()"“”‘’—–-]+/);
  return runs.some((run) => {
    const words = run.match(WORD) ?? [];
    if (words.length < 3) return false;
    // A run of words joined by single spaces (punctuation allowed between them).
    if (!/[A-Za-z]+[,.:;!?)"”’]* [("“‘]*[A-Za-z]+[,.:;!?)"”’]* [("“‘]*[A-Za-z]+/.test(run))
      return false;
    return words.filter((w) => /^[a-z]/.test(w)).length >= 2;
  });
}

/**
 * Code whose text is for developers, never shown to a user as ours: a console line, the message
 * of an Error an exception carries (caught and said to users as a catalogue message; only Excel's
 * or the browser's own words reach them, as a value), and a zod schema's `.describe()` or
 * `.meta({ description })` (the published JSON Schema's documentation, English like the file).
 */
export function forDevelopers(node: ts.Node): boolean {
  if (ts.isCallExpression(node) && node.expression.kind !== ts.SyntaxKind.SuperKeyword) {
    const callee = node.expression.getText();
    return /^(globalThis\.)?console\??\.\w+$/.test(callee) || /\.(describe|meta)$/.test(callee);
  }
  // An Error's own message: `new XError("...")`, or `super("...")` in an Error subclass.
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) return true;
  return ts.isNewExpression(node) && /Error$/.test(node.expression.getText());
}

/** The text pieces of a file that a user could read: literals, templates' fixed parts, JSX text. */
export function sentencesIn(
  file: string,
  source: string,
  skip: (node: ts.Node) => boolean = forDevelopers
): Found[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: Found[] = [];
  const add = (node: ts.Node, text: string) => {
    if (readsAsSentence(text))
      found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  };
  const visit = (node: ts.Node): void => {
    if (skip(node)) return;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node))
      add(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" {} "));
    else if (ts.isJsxText(node)) add(node, node.text.trim());
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
