import fs from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import {
  TEST_ADDIN_ID,
  TEST_DISPLAY_NAME,
  TEST_FUNCTIONS_NAMESPACE,
  TEST_PAGE,
  testManifest,
} from "./test-manifest";

const product = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");

/** Every element as "path: attributes and own text", in document order. */
function describeElements(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const lines: string[] = [];
  const walk = (el: Element, where: string) => {
    const here = `${where}/${el.tagName}`;
    const attrs = Array.from(el.attributes)
      .map((a) => `${a.name}=${a.value}`)
      .join(" ");
    const text = Array.from(el.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => n.nodeValue?.trim())
      .join("");
    lines.push(`${here} [${attrs}] ${text}`);
    for (const child of Array.from(el.childNodes))
      if (child.nodeType === 1) walk(child as Element, here);
  };
  walk(doc.documentElement as Element, "");
  return lines;
}

describe("the real-Excel test manifest", () => {
  const test = testManifest(product);

  it("differs from manifest.xml only in its id, its name, its functions' namespace and the page the runtime loads", () => {
    const before = describeElements(product);
    const after = describeElements(test);
    expect(after).toHaveLength(before.length);
    const changed = before.map((line, i) => [line, after[i]]).filter(([a, b]) => a !== b);
    const urls = "/OfficeApp/VersionOverrides/Resources/bt:Urls/bt:Url";
    const strings = "/OfficeApp/VersionOverrides/Resources/bt:ShortStrings/bt:String";
    const page = "https://localhost:3000/taskpane.html";
    const testPage = `https://localhost:3000/${TEST_PAGE}`;
    expect(changed).toEqual([
      [
        "/OfficeApp/Id [] c62a80ea-bd04-46c7-ad84-8d30022b2a02",
        `/OfficeApp/Id [] ${TEST_ADDIN_ID}`,
      ],
      [
        "/OfficeApp/DisplayName [DefaultValue=KZUZ for Excel] ",
        `/OfficeApp/DisplayName [DefaultValue=${TEST_DISPLAY_NAME}] `,
      ],
      [
        `/OfficeApp/DefaultSettings/SourceLocation [DefaultValue=${page}] `,
        `/OfficeApp/DefaultSettings/SourceLocation [DefaultValue=${testPage}] `,
      ],
      [
        `${urls} [id=Taskpane.Url DefaultValue=${page}] `,
        `${urls} [id=Taskpane.Url DefaultValue=${testPage}] `,
      ],
      [
        `${strings} [id=Functions.Namespace DefaultValue=KZUZ] `,
        `${strings} [id=Functions.Namespace DefaultValue=${TEST_FUNCTIONS_NAMESPACE}] `,
      ],
    ]);
  });

  it("gives the functions their own namespace (KZUZTEST), keeping their script and metadata", () => {
    expect(TEST_FUNCTIONS_NAMESPACE).toBe("KZUZTEST");
    expect(test).toContain('<bt:String id="Functions.Namespace" DefaultValue="KZUZTEST"/>');
    expect(test).not.toContain('id="Functions.Namespace" DefaultValue="KZUZ"/>');
    expect(test).toContain("https://localhost:3000/functions.js");
    expect(test).toContain("https://localhost:3000/functions.json");
    expect(test).not.toContain("https://localhost:3000/taskpane.html");
  });

  it("refuses a manifest it cannot point at the test page, instead of sideloading the product", () => {
    const onlyOne = product.replace(
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<SourceLocation DefaultValue="https://localhost:3000/other.html"/>'
    );
    expect(() => testManifest(onlyOne)).toThrow("in both places");
    expect(() => testManifest(product.replace(/<Id>[^<]*<\/Id>/, ""))).toThrow("has no <Id>");
  });
});

describe("the test add-in's build", () => {
  it("defines the functions' namespace as KZUZTEST, so every formula its code writes or reads uses it", async () => {
    const make = require("../../webpack.excel-test.config.js") as (
      env: Record<string, unknown>,
      argv: { mode: string }
    ) => Promise<{ plugins: { definitions?: Record<string, unknown> }[] }>;
    const config = await make({}, { mode: "development" });
    const defined = config.plugins.flatMap((p) => (p.definitions ? [p.definitions] : []));
    expect(defined).toContainEqual({
      KZUZ_FUNCTIONS_NAMESPACE: JSON.stringify(TEST_FUNCTIONS_NAMESPACE),
    });
  });
});
