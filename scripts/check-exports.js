// @ts-check
/**
 * Dead exports: every name a module in src/ exports must be imported somewhere (src/, tests/,
 * bench/ or scripts/), else it is code nobody runs or an export that should be local. Run by
 * `npm run lint`; prints each dead export as file:line name and exits 1 if there is one.
 *
 * It reads the import and export statements only (TypeScript's parser, no type checking), so it
 * takes about a second: named imports, `import * as` and dynamic `import()` (all of a module's
 * names count as used), `typeof import()`, `require()`, and re-exports (`export { a } from`,
 * `export * from`) followed through barrels. The entries are used by what loads them:
 * src/functions/functions.ts (Excel, through the generated metadata) and src/taskpane/index.tsx.
 */
const { existsSync, readFileSync, readdirSync, statSync } = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");
const SCANNED = ["src", "tests", "bench", "scripts"];
const ENTRIES = ["src/functions/functions.ts", "src/taskpane/index.tsx"];
const EXTENSIONS = [".ts", ".tsx", ".js", ".d.ts"];

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "dist") return [];
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.(ts|tsx|js)$/.test(name) ? [full] : [];
  });
}

/** The file a relative specifier names, or undefined (a package, or not a source file). @param {string} from @param {string} spec */
function resolveSpec(from, spec) {
  if (!spec.startsWith(".")) return undefined;
  // A webpack resource query (a catalogue's part, "./messages/ru/index?part=start") names the file too.
  const base = path.resolve(path.dirname(from), spec.replace(/\?.*$/, ""));
  for (const candidate of [
    base,
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => path.join(base, "index" + e)),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/**
 * A module's exports (name → line) and re-exports, and what it imports from other modules.
 * @param {string} file
 */
function readModule(file) {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : undefined
  );
  /** @type {Map<string, number>} */
  const exports = new Map();
  /** @type {{ target: string, names: Map<string, string> | "*" }[]} re-exports: exported name → name in target */
  const reexports = [];
  /** @type {{ target: string, names: Set<string> | "*" }[]} */
  const imports = [];
  const line = (/** @type {ts.Node} */ node) =>
    source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const exported = (/** @type {ts.Node} */ node) =>
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolveSpec(file, node.moduleSpecifier.text);
      const clause = node.importClause;
      if (target && clause) {
        /** @type {Set<string> | "*"} */
        let names = new Set();
        if (clause.name) names.add("default");
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) names = "*";
        else if (bindings)
          for (const el of bindings.elements) names.add((el.propertyName ?? el.name).text);
        imports.push({ target, names });
      } else if (target) imports.push({ target, names: new Set() });
    } else if (ts.isExportDeclaration(node)) {
      const target =
        node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
          ? resolveSpec(file, node.moduleSpecifier.text)
          : undefined;
      const clause = node.exportClause;
      if (target && !clause) reexports.push({ target, names: "*" });
      else if (clause && ts.isNamedExports(clause)) {
        /** @type {Map<string, string>} */
        const names = new Map();
        for (const el of clause.elements) {
          exports.set(el.name.text, line(el));
          names.set(el.name.text, (el.propertyName ?? el.name).text);
        }
        if (target) reexports.push({ target, names });
      }
    } else if (ts.isExportAssignment(node)) {
      // Not one inside an ambient `declare module "*?part=start" { … }` (a type for other files).
      if (!ts.isModuleBlock(node.parent)) exports.set("default", line(node));
    } else if (exported(node) && node.parent === source) {
      if (ts.isVariableStatement(node))
        for (const d of node.declarationList.declarations) {
          if (ts.isIdentifier(d.name)) exports.set(d.name.text, line(d));
        }
      else {
        const name = /** @type {{ name?: ts.Identifier }} */ (node).name;
        const isDefault = (ts.getModifiers(/** @type {ts.HasModifiers} */ (node)) ?? []).some(
          (m) => m.kind === ts.SyntaxKind.DefaultKeyword
        );
        exports.set(isDefault ? "default" : (name?.text ?? "default"), line(node));
      }
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length > 0 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      // import("…"), require("…"), jest.requireActual("…"), jest.doMock("…"): all of it counts.
      const callee = node.expression.getText(source);
      if (
        node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        /^(require|jest\.(requireActual|doMock|mock|isolateModules))$/.test(callee)
      ) {
        const target = resolveSpec(file, node.arguments[0].text);
        if (target) imports.push({ target, names: "*" });
      }
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      const target = resolveSpec(file, node.argument.literal.text);
      if (target)
        imports.push({
          target,
          names:
            node.qualifier && ts.isIdentifier(node.qualifier)
              ? new Set([node.qualifier.text])
              : "*",
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { exports, reexports, imports };
}

/** Dead exports of src/: [relative file, line, name]. */
function deadExports(root = ROOT) {
  const files = SCANNED.flatMap((d) => filesUnder(path.join(root, d)));
  const modules = new Map(files.map((f) => [f, readModule(f)]));
  /** @type {Map<string, Set<string>>} file → names used from it ("*": all) */
  const used = new Map();
  /** @type {[string, string][]} */
  const work = [];
  const use = (/** @type {string} */ file, /** @type {string} */ name) => {
    const set = used.get(file) ?? new Set();
    used.set(file, set);
    if (set.has(name)) return;
    set.add(name);
    work.push([file, name]);
  };
  for (const entry of ENTRIES) use(path.join(root, entry), "*");
  for (const mod of modules.values())
    for (const { target, names } of mod.imports)
      for (const name of names === "*" ? ["*"] : names) use(target, name);
  // Follow re-exports: a name used on a barrel is used on the module it comes from.
  while (work.length > 0) {
    const [file, name] = /** @type {[string, string]} */ (work.pop());
    const mod = modules.get(file);
    if (!mod) continue;
    for (const { target, names } of mod.reexports) {
      if (names === "*") use(target, name);
      else if (name === "*") for (const inner of names.values()) use(target, inner);
      else if (names.has(name)) use(target, /** @type {string} */ (names.get(name)));
    }
  }
  /** @type {[string, number, string][]} */
  const dead = [];
  for (const [file, mod] of modules) {
    const rel = path.relative(root, file);
    if (!rel.startsWith(`src${path.sep}`)) continue;
    const set = used.get(file) ?? new Set();
    if (set.has("*")) continue;
    for (const [name, line] of mod.exports) if (!set.has(name)) dead.push([rel, line, name]);
  }
  return dead.sort();
}

function main() {
  const dead = deadExports();
  for (const [file, line, name] of dead)
    console.log(`${file}:${line} ${name} is exported but imported nowhere`);
  if (dead.length > 0) {
    console.error(
      `${dead.length} dead exports: remove them, or the export keyword (scripts/check-exports.js).`
    );
    process.exit(1);
  }
  console.log("No dead exports in src/.");
}

if (require.main === module) main();

module.exports = { deadExports };
