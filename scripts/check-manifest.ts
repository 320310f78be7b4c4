/**
 * Offline manifest check. Microsoft's validator (npm run validate) needs its online service and
 * no package ships the XSDs, so this checks what can be checked here, against the built add-in:
 *  - the XML is well formed;
 *  - the required elements are present, in the order Office requires;
 *  - ids are unique, every resid names a resource, the shared runtime is wired consistently;
 *  - every resource URL resolves to a file the build emitted;
 *  - each icon file's pixel size matches the size it is declared at;
 *  - every locale of src/i18n/locales.json has a non-empty <Override> (within the length limit)
 *    on the display name, the description and every ribbon string, and the functions metadata
 *    URL has one per locale, pointing at that locale's emitted functions-<locale>.json;
 *  - the version is set.
 * CLI: npm run check:manifest (checks dist/manifest.xml against dist/; build first).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { checkOverrides, overridesOf } from "./check-manifest-overrides";

export { OVERRIDE_LOCALES } from "./check-manifest-overrides";

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

/** Child elements of OfficeApp (TaskPaneApp), in schema order; `true` marks the required ones. */
const OFFICE_APP_ORDER: [string, boolean][] = [
  ["Id", true],
  ["AlternateId", false],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", true],
  ["HighResolutionIconUrl", false],
  ["SupportUrl", true],
  ["AppDomains", false],
  ["Hosts", true],
  ["Requirements", true],
  ["DefaultSettings", true],
  ["Permissions", true],
  ["Dictionary", false],
  ["VersionOverrides", true],
];
const HOST_ORDER: [string, boolean][] = [
  ["Runtimes", true],
  ["AllFormFactors", true],
  ["DesktopFormFactor", true],
];
const CUSTOM_FUNCTIONS_ORDER: [string, boolean][] = [
  ["Script", true],
  ["Page", true],
  ["Metadata", true],
  ["Namespace", true],
];
const RESOURCES_ORDER: [string, boolean][] = [
  ["Images", true],
  ["Urls", true],
  ["ShortStrings", true],
  ["LongStrings", true],
];

function children(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function child(el: Element | undefined, name: string): Element | undefined {
  return el ? children(el).find((c) => c.localName === name) : undefined;
}

function path(el: Element, ...names: string[]): Element | undefined {
  let cur: Element | undefined = el;
  for (const n of names) cur = child(cur, n);
  return cur;
}

function all(el: Element, name: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of children(e)) {
      if (name === "*" || c.localName === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** Checks that `el`'s children are known, in order, and that the required ones are there. */
function checkOrder(
  el: Element,
  order: [string, boolean][],
  where: string,
  problems: string[]
): void {
  const names = children(el).map((c) => c.localName ?? "");
  let last = -1;
  for (const name of names) {
    const at = order.findIndex(([n]) => n === name);
    if (at < 0) problems.push(`${where}: unexpected element <${name}>`);
    else if (at < last) problems.push(`${where}: <${name}> must come before <${order[last][0]}>`);
    else last = at;
  }
  for (const [name, required] of order)
    if (required && !names.includes(name))
      problems.push(`${where}: required element <${name}> is missing`);
}

/** Width and height of a PNG, from its IHDR chunk; undefined if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = "89504e470d0a1a0a";
  if (
    bytes.length < 24 ||
    bytes.subarray(0, 8).toString("hex") !== signature ||
    bytes.subarray(12, 16).toString("ascii") !== "IHDR"
  )
    return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface CheckResult {
  problems: string[];
  /** The files the manifest points at, relative to the build folder. */
  files: string[];
}

/** Checks manifest XML against the build folder `distDir`. No problems means it passed. */
export function checkManifest(xml: string, distDir: string): CheckResult {
  const problems: string[] = [];
  const files = new Set<string>();
  const parseErrors: string[] = [];
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => level !== "warning" && parseErrors.push(message),
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    parseErrors.push(error instanceof Error ? error.message : String(error));
  }
  const root = doc?.documentElement;
  if (parseErrors.length > 0 || !root)
    return {
      problems: [`XML is not well formed: ${parseErrors[0] ?? "no root element"}`],
      files: [],
    };
  if (root.localName !== "OfficeApp")
    return { problems: [`root element is <${root.localName}>, expected <OfficeApp>`], files: [] };

  checkOrder(root, OFFICE_APP_ORDER, "OfficeApp", problems);
  const text = (name: string) => child(root, name)?.textContent?.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id")))
    problems.push("Id must be a GUID");
  if (!/^\d{1,5}(\.\d{1,5}){1,3}$/.test(text("Version")))
    problems.push(`Version must be set as n.n[.n[.n]], got "${text("Version")}"`);
  if (
    child(root, "Hosts") &&
    !children(child(root, "Hosts")!).some((h) => h.getAttribute("Name") === "Workbook")
  )
    problems.push("Hosts must include Workbook (Excel)");
  const sets = all(root, "Set").filter(
    (s) => s.parentNode && (s.parentNode as Element).localName === "Sets"
  );
  if (
    !sets.some(
      (s) => s.getAttribute("Name") === "SharedRuntime" && s.getAttribute("MinVersion") === "1.1"
    )
  )
    problems.push("Requirements must include SharedRuntime 1.1");

  // Resources: ids unique, resid references resolvable, lengths within Office's limits.
  const vo = child(root, "VersionOverrides");
  const resources = vo && child(vo, "Resources");
  const resourceValues = new Map<string, { kind: string; value: string; el: Element }>();
  if (resources) {
    checkOrder(resources, RESOURCES_ORDER, "Resources", problems);
    for (const group of children(resources)) {
      for (const res of children(group)) {
        const id = res.getAttribute("id") ?? "";
        if (!id) problems.push(`Resources/${group.localName}: an entry has no id`);
        else if (resourceValues.has(id)) problems.push(`resource id "${id}" is used twice`);
        else if (id.length > 32) problems.push(`resource id "${id}" is longer than 32 characters`);
        const value = res.getAttribute("DefaultValue") ?? "";
        resourceValues.set(id, { kind: group.localName ?? "", value, el: res });
        const limit =
          group.localName === "ShortStrings" ? 125 : group.localName === "LongStrings" ? 250 : 2048;
        if (value.length > limit)
          problems.push(`resource "${id}" is longer than ${limit} characters`);
      }
    }
  } else problems.push("VersionOverrides/Resources is missing");

  checkOverrides(root, resourceValues, problems);

  const controlIds = all(root, "*").filter(
    (e) =>
      ["Group", "Control", "OfficeTab", "CustomTab"].includes(e.localName ?? "") &&
      e.getAttribute("id")
  );
  const seen = new Set<string>();
  for (const e of controlIds) {
    const id = e.getAttribute("id")!;
    if (seen.has(id) && e.localName !== "OfficeTab")
      problems.push(`${e.localName} id "${id}" is used twice`);
    seen.add(id);
  }
  for (const e of all(root, "*")) {
    const resid = e.getAttribute("resid");
    if (resid !== null && !resourceValues.has(resid))
      problems.push(`<${e.localName} resid="${resid}"> names no resource`);
  }

  // The host: Runtimes, AllFormFactors, DesktopFormFactor; one shared runtime serving everything.
  const host = vo && path(vo, "Hosts", "Host");
  if (!host || host.getAttribute("xsi:type") !== "Workbook")
    problems.push("VersionOverrides/Hosts/Host must be of type Workbook");
  if (host) {
    checkOrder(host, HOST_ORDER, "VersionOverrides/Hosts/Host", problems);
    const runtimes = all(host, "Runtime");
    const runtime = runtimes[0];
    if (runtimes.length !== 1)
      problems.push(
        `exactly one <Runtime> is needed for a shared runtime, found ${runtimes.length}`
      );
    if (runtime && runtime.getAttribute("lifetime") !== "long")
      problems.push('the shared <Runtime> needs lifetime="long"');
    const runtimeId = runtime?.getAttribute("resid");
    const cf = all(host, "ExtensionPoint").find(
      (e) => e.getAttribute("xsi:type") === "CustomFunctions"
    );
    if (!cf) problems.push("no CustomFunctions extension point");
    else {
      checkOrder(cf, CUSTOM_FUNCTIONS_ORDER, "CustomFunctions extension point", problems);
      const pageId = path(cf, "Page", "SourceLocation")?.getAttribute("resid");
      if (pageId !== runtimeId)
        problems.push(
          `custom functions <Page> (${pageId}) must be the shared runtime's page (${runtimeId})`
        );
      const ns = resourceValues.get(child(cf, "Namespace")?.getAttribute("resid") ?? "")?.value;
      if (ns !== "KZUZ") problems.push(`custom functions namespace must be KZUZ, got "${ns}"`);
    }
    const functionFile = all(host, "FunctionFile")[0]?.getAttribute("resid");
    if (functionFile && functionFile !== runtimeId)
      problems.push(
        `<FunctionFile> (${functionFile}) must be the shared runtime's page (${runtimeId})`
      );
    const taskpaneAction = all(host, "Action").find(
      (a) => a.getAttribute("xsi:type") === "ShowTaskpane"
    );
    if (!taskpaneAction)
      problems.push("no ribbon button opens the task pane (Action ShowTaskpane)");
    else if (child(taskpaneAction, "SourceLocation")?.getAttribute("resid") !== runtimeId)
      problems.push("the task pane must open the shared runtime's page");
    if (!all(host, "OfficeTab").some((t) => t.getAttribute("id") === "TabHome"))
      problems.push("the button must be on the Home tab (OfficeTab TabHome)");
  }

  // URLs: each must point into the build, at a file that exists.
  const base =
    child(path(root, "DefaultSettings") ?? root, "SourceLocation")?.getAttribute("DefaultValue") ??
    "";
  const prefix = base.slice(0, base.lastIndexOf("/") + 1);
  if (!/^https:\/\//.test(prefix))
    problems.push(`DefaultSettings/SourceLocation must be an https:// URL, got "${base}"`);
  const urls: { where: string; url: string }[] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const url = child(root, name)?.getAttribute("DefaultValue");
    if (url) urls.push({ where: name, url });
  }
  if (base) urls.push({ where: "DefaultSettings/SourceLocation", url: base });
  for (const [id, r] of resourceValues)
    if (r.kind === "Images" || r.kind === "Urls") {
      urls.push({ where: `resource ${id}`, url: r.value });
      for (const o of overridesOf(r.el))
        urls.push({ where: `resource ${id} (${o.locale})`, url: o.value });
    }
  const fileOf = (url: string) =>
    url.startsWith(prefix) ? url.slice(prefix.length).split(/[?#]/)[0] : undefined;
  for (const { where, url } of urls) {
    const file = fileOf(url);
    if (file === undefined) problems.push(`${where}: ${url} is not under ${prefix}`);
    else if (!existsSync(join(distDir, file)))
      problems.push(`${where}: ${url} names ${file}, which the build did not emit`);
    else files.add(file);
  }

  // Icons: the declared size must be the file's pixel size.
  const declared: { where: string; url: string; size: number }[] = [];
  const iconUrl = child(root, "IconUrl")?.getAttribute("DefaultValue");
  const hiRes = child(root, "HighResolutionIconUrl")?.getAttribute("DefaultValue");
  if (iconUrl) declared.push({ where: "IconUrl", url: iconUrl, size: 32 });
  if (hiRes) declared.push({ where: "HighResolutionIconUrl", url: hiRes, size: 64 });
  for (const img of all(root, "Image")) {
    if (img.namespaceURI !== BT || !img.getAttribute("size")) continue;
    const res = resourceValues.get(img.getAttribute("resid") ?? "");
    if (res)
      declared.push({
        where: `Image ${img.getAttribute("resid")}`,
        url: res.value,
        size: Number(img.getAttribute("size")),
      });
  }
  for (const { where, url, size } of declared) {
    const file = fileOf(url);
    if (!file || !existsSync(join(distDir, file))) continue; // already reported above
    const actual = pngSize(readFileSync(join(distDir, file)));
    if (!actual) problems.push(`${where}: ${file} is not a PNG`);
    else if (actual.width !== size || actual.height !== size)
      problems.push(
        `${where}: ${file} is ${actual.width}×${actual.height} px but is declared at ${size} px`
      );
  }

  // The shared-runtime page must load the functions entry, with the chunks it needs (webpack's
  // runtime, the shared data layer) before it, and all of it before the task pane's entry:
  // formulas register without waiting for React.
  const page = fileOf(base);
  if (page && existsSync(join(distDir, page))) {
    const html = readFileSync(join(distDir, page), "utf8");
    const scripts = [...html.matchAll(/<script[^>]+src=["']?([^"'\s>]+)/g)]
      .map((m) => m[1])
      .filter((src) => !/^https?:/.test(src));
    const fn = scripts.indexOf("functions.js");
    const pane = scripts.indexOf("taskpane.js");
    if (fn < 0)
      problems.push(`${page} does not load functions.js: formulas would show #BUSY! or #N/A`);
    else {
      if (pane >= 0 && pane < fn) problems.push(`${page} loads taskpane.js before functions.js`);
      for (const chunk of scripts.slice(0, fn))
        if (!existsSync(join(distDir, chunk)))
          problems.push(
            `${page} loads ${chunk} before functions.js, but the build did not emit it: formulas would never register`
          );
    }
  }
  return { problems, files: [...files].sort() };
}

if (require.main === module) {
  const dist = join(__dirname, "..", "dist");
  const manifest = join(dist, "manifest.xml");
  if (!existsSync(manifest)) {
    console.error("dist/manifest.xml is missing: run `npm run build` first.");
    process.exit(1);
  }
  const { problems, files } = checkManifest(readFileSync(manifest, "utf8"), dist);
  if (problems.length > 0) {
    console.error(
      `manifest check failed (${problems.length} problems):\n${problems.map((p) => `  - ${p}`).join("\n")}`
    );
    process.exit(1);
  }
  console.log(`manifest check passed: ${files.length} files resolved (${files.join(", ")})`);
}
