// @ts-check
/**
 * Jest transform for the two barrel files of Fluent UI the pane imports:
 * `@fluentui/react-components` (re-exports 58 packages, 2,100+ modules) and
 * `@fluentui/react-icons` (60 chunks of icons, 4 MB). Webpack keeps only what the pane uses; Jest
 * has no tree shaking, so every test file that renders the pane loaded all of it, for the ~20
 * names the pane uses: seconds of CPU per file.
 *
 * The barrels are rewritten to require a package (or a chunk of icons) when one of its exports is
 * first read. Every export is still there, under the same name, and is the very object the package
 * exports; only packages nobody reads are no longer loaded. Anything else passes through as it is.
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const self = fs.readFileSync(__filename, "utf8");

const COMPONENTS = /[\\/]@fluentui[\\/]react-components[\\/]lib-commonjs[\\/]index\.cjs$/;
const ICONS = /[\\/]@fluentui[\\/]react-icons[\\/]lib-cjs[\\/]index\.cjs$/;

/**
 * react-components' index: `get Button () { return _reactbutton.Button; }` getters over
 * `const _reactbutton = require("@fluentui/react-button");` lines: each package becomes a function
 * that requires it on first call.
 * @param {string} source
 */
function lazyPackages(source) {
  const required = [...source.matchAll(/^const (_\w+) = require\(("[^"]+")\);$/gm)];
  if (required.length < 10) throw new Error("lazy-barrel-jest: react-components' index changed");
  let out = source;
  for (const [line, name, specifier] of required) {
    out = out.replace(
      line,
      `let ${name}$;\nconst ${name} = () => (${name}$ ??= require(${specifier}));`
    );
    out = out.replace(new RegExp(`\\b${name}\\.`, "g"), `${name}().`);
  }
  return out;
}

/**
 * react-icons' index: `tslib_1.__exportStar(require("./icons/chunk-0.cjs"), exports);` per chunk.
 * Each chunk's first statements name all it exports (`exports.A = exports.B = … = void 0;`):
 * those names get getters that require the chunk on first read (the first chunk naming an export
 * keeps it, as __exportStar does).
 * @param {string} source
 * @param {string} dir
 */
function lazyIconChunks(source, dir) {
  let chunks = 0;
  const out = source.replace(
    /^tslib_1\.__exportStar\(require\("(\.\/icons\/chunk-\d+\.cjs)"\), exports\);$/gm,
    (_, file) => {
      chunks++;
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const headers = text.match(/^exports\.\w+ = (?:exports\.\w+ = )*void 0;$/gm);
      if (!headers) throw new Error(`lazy-barrel-jest: no export list in ${file}`);
      const names = headers.flatMap((line) =>
        [...line.matchAll(/exports\.(\w+) =/g)].map((m) => m[1])
      );
      return `{
  let chunk;
  const load = () => (chunk ??= require(${JSON.stringify(file)}));
  for (const name of ${JSON.stringify(names)})
    if (!Object.prototype.hasOwnProperty.call(exports, name))
      Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });
}`;
    }
  );
  if (chunks < 10) throw new Error("lazy-barrel-jest: react-icons' index changed");
  return out;
}

module.exports = {
  /** @param {string} source @param {string} file */
  process(source, file) {
    if (COMPONENTS.test(file)) return { code: lazyPackages(source) };
    if (ICONS.test(file)) return { code: lazyIconChunks(source, path.dirname(file)) };
    return { code: source };
  },
  /** @param {string} source @param {string} file */
  getCacheKey(source, file) {
    // The icons' chunks are read too: the installed package's version stands for them.
    let version = "";
    if (ICONS.test(file))
      version = fs.readFileSync(path.join(path.dirname(file), "..", "package.json"), "utf8");
    return crypto
      .createHash("sha256")
      .update(`${file}\0${source}\0${version}\0${self}`)
      .digest("hex");
  },
};
