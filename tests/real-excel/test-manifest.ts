/**
 * The test add-in's manifest, made from manifest.xml at build time: the same add-in (same
 * functions, runtime and icons) with its own id, name and custom-functions namespace (KZUZTEST,
 * so that its functions never clash with KZUZ for Excel's when both are loaded:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming, "Naming
 * conflicts"), whose shared-runtime page is the test page instead of the pane. The product's
 * manifest.xml is read, never changed.
 */
import { TEST_FUNCTIONS_NAMESPACE } from "../../src/office/namespace";

export { TEST_FUNCTIONS_NAMESPACE };

/** The test page, in place of taskpane.html. */
export const TEST_PAGE = "test-taskpane.html";
/** The test add-in's own id: sideloading it never replaces a sideloaded KZUZ for Excel. */
export const TEST_ADDIN_ID = "5b1f0f4e-8a53-4c2e-9d0b-6f2d7c1e9a41";
export const TEST_DISPLAY_NAME = "KZUZ for Excel (real-Excel tests)";

const PANE_URL = "https://localhost:3000/taskpane.html";

/** Replaces every `from` in `text` with `to`, requiring at least `min` of them. */
function replaceAll(
  text: string,
  from: RegExp | string,
  to: string,
  what: string,
  min = 1
): string {
  const count =
    typeof from === "string" ? text.split(from).length - 1 : (text.match(from) ?? []).length;
  if (count < min)
    throw new Error(
      `manifest.xml has no ${what}: the real-Excel test manifest cannot be made from it.`
    );
  return typeof from === "string" ? text.split(from).join(to) : text.replace(from, to);
}

/** The test manifest for `manifest` (the text of manifest.xml). Throws if an expected part is missing. */
export function testManifest(manifest: string): string {
  let xml = replaceAll(manifest, /<Id>[^<]*<\/Id>/g, `<Id>${TEST_ADDIN_ID}</Id>`, "<Id>");
  xml = replaceAll(
    xml,
    // The default name only; Excel in another language shows the product's localised name.
    /<DisplayName DefaultValue="[^"]*"/g,
    `<DisplayName DefaultValue="${TEST_DISPLAY_NAME}"`,
    "<DisplayName>"
  );
  xml = replaceAll(
    xml,
    /<bt:String id="Functions\.Namespace" DefaultValue="[^"]*"\/>/g,
    `<bt:String id="Functions.Namespace" DefaultValue="${TEST_FUNCTIONS_NAMESPACE}"/>`,
    "Functions.Namespace string"
  );
  // The default page and the Taskpane.Url resource (the shared runtime, function file and button).
  return replaceAll(
    xml,
    PANE_URL,
    `https://localhost:3000/${TEST_PAGE}`,
    `${PANE_URL} in both places`,
    2
  );
}
