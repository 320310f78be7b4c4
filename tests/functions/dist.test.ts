/**
 * The built functions (npm test builds first), loaded in Node the way Excel's runtime would: a
 * fresh global scope with only CustomFunctions.associate provided, running the scripts
 * taskpane.html loads up to and including functions.js (webpack's runtime and the shared chunk
 * first), in the page's order.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { distFetch } from "../support/dist-fetch";

const DIST = join(__dirname, "..", "..", "dist");
const GOLDEN = join(__dirname, "functions.golden.json");

/** The local scripts taskpane.html loads, in order, up to and including functions.js. */
function scriptsUpToFunctions(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]+src=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const at = scripts.indexOf("functions.js");
  if (at < 0) throw new Error("taskpane.html does not load functions.js");
  return scripts.slice(0, at + 1);
}

/**
 * Just enough of a page's document for webpack's runtime to load a chunk as a browser does
 * (a <script> element appended to the head): the file is run from dist/ and its onload called,
 * or onerror if it is not there. `scripts` records the files asked for, in order.
 */
function scriptLoader(context: () => object, scripts: string[]) {
  type Script = {
    src: string;
    onload?: (event: { type: string }) => void;
    onerror?: (event: { type: string }) => void;
    setAttribute(): void;
    getAttribute(): null;
  };
  return {
    getElementsByTagName: () => [],
    createElement: (): Script => ({ src: "", setAttribute() {}, getAttribute: () => null }),
    head: {
      appendChild(script: Script) {
        scripts.push(script.src);
        setTimeout(() => {
          const file = join(DIST, script.src);
          if (!existsSync(file)) return script.onerror?.({ type: "error" });
          runInContext(readFileSync(file, "utf8"), context(), { filename: script.src });
          script.onload?.({ type: "load" });
        }, 0);
      },
    },
  };
}

/**
 * The functions as registered, with the page's fetch (the bundled dataset is fetched, not
 * bundled) and its way of loading chunks; `scripts` gets the chunks asked for.
 */
function loadBundle(served = distFetch(DIST), scripts: string[] = []) {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
  };
  const document = scriptLoader(() => context, scripts);
  const context: object = createContext({
    CustomFunctions,
    fetch: served.fetch,
    console,
    document,
    setTimeout,
    clearTimeout,
  });
  for (const file of scriptsUpToFunctions())
    runInContext(readFileSync(join(DIST, file), "utf8"), context, { filename: file });
  return registered;
}

/**
 * Until the promises in flight (a fetch served from disk, the store's start) have given `done`:
 * a wait for what is awaited, not for a length of time (50 ms was too short on a busy machine),
 * ended by the test's timeout if it never comes.
 */
async function settled(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
  // A moment more, as before: an answer given twice would show.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

test("the page loads webpack's runtime before functions.js (which holds every module the pane shares with it)", () => {
  expect(scriptsUpToFunctions()).toEqual(["runtime.js", "functions.js"]);
});

test("every function in functions.json registers, and nothing else does", () => {
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
    functions: { id: string }[];
  };
  const registered = loadBundle();
  expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  // The eleven KZUZ functions and the load service of linked cards (LOADSERVICE).
  expect(registered.size).toBe(12);
});

test("the built load service answers Excel's requests for every KZUZ domain from the fetched dataset, answers an unknown id on its own, and fails another provider's domain as Microsoft documents", async () => {
  // LinkedEntityLoadServiceRequest as JSON text; the result's entities in the request's order
  // (https://learn.microsoft.com/javascript/api/excel/excel.linkedentityloadserviceresult).
  const load = loadBundle().get("LOADSERVICE")!;
  const request = JSON.stringify({
    domainId: "kzuz-projects",
    entities: [
      { entityId: "icic-central-asia", culture: "ru-RU" },
      { entityId: "lab-complex-kashkadarya", culture: "en-US" },
    ],
  });
  const result = (await load(request)) as Excel.LinkedEntityLoadServiceResult;
  expect(result.entities.map((e) => [e.type, e.id.entityId, e.id.serviceId, e.id.culture])).toEqual(
    [
      ["LinkedEntity", "icic-central-asia", 268436224, "ru-RU"],
      ["LinkedEntity", "lab-complex-kashkadarya", 268436224, "en-US"],
    ]
  );
  expect(
    (result.entities[1].properties!.Investment as Excel.FormattedNumberCellValue).basicValue
  ).toBe(250_000_000);
  // The agreements' and places' domains, by the same function.
  const agreement = (await load(
    JSON.stringify({
      domainId: "kzuz-agreements",
      entities: [{ entityId: "joint-statement-2025", culture: "en-US" }],
    })
  )) as Excel.LinkedEntityLoadServiceResult;
  expect(agreement.entities.map((e) => [e.id.domainId, e.text])).toEqual([
    ["kzuz-agreements", "Joint statement"],
  ]);
  // An id the dataset lacks is answered on its own (a card saying so), the others load; another
  // provider's domain is the documented error, notAvailable ("#N/A", shown as #CONNECT!).
  const mixed = (await load(
    JSON.stringify({
      domainId: "kzuz-projects",
      entities: [
        { entityId: "no-such-project", culture: "en-US" },
        { entityId: "lab-complex-kashkadarya", culture: "en-US" },
      ],
    })
  )) as Excel.LinkedEntityLoadServiceResult;
  expect(mixed.entities.map((e) => e.text)).toEqual([
    expect.stringMatching(/^Not in the KZUZ dataset .*: no-such-project$/),
    expect.stringMatching(/^Linear alkylbenzene/),
  ]);
  const foreign = JSON.stringify({ domainId: "products", entities: [] });
  await expect(load(foreign)).rejects.toMatchObject({
    code: "#N/A",
    message: 'KZUZ has no cards of the kind "products". Insert the table again from the KZUZ pane.',
  });
});

test('KZUZ.INVESTMENT("Kashka-Daria") waits for the fetched dataset and its code, then evaluates to 250000000 in the built bundle', async () => {
  const served = distFetch(DIST);
  const scripts: string[] = [];
  const investment = loadBundle(served, scripts).get("INVESTMENT")!;
  // Registering needs none of the formula library: it is a chunk, asked for at the first call.
  expect(scripts).toEqual([]);
  const results: unknown[] = [];
  investment("Kashka-Daria", null, { setResult: (v: unknown) => results.push(v) });
  // Nothing before the dataset is there (Excel shows #BUSY!), never a wrong answer.
  expect(results).toEqual([]);
  await settled(() => results.length > 0);
  expect(results).toEqual([250_000_000]);
  expect(scripts).toEqual(["compute.js"]);
  // The one request: the dataset taskpane.html preloads (its integrity checked by the fake fetch).
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const preload = /<link rel="?preload"? href="?([^"\s>]+)"?/.exec(html);
  expect(served.asked).toEqual([preload![1]]);
  // The cell asked after the load answers at once.
  investment("Kashka-Daria", null, { setResult: (v: unknown) => results.push(v) });
  expect(results).toEqual([250_000_000, 250_000_000]);
});

test("the built functions give #N/A saying the data did not load when the dataset fails its integrity check", async () => {
  const served = distFetch(DIST);
  const tampered = {
    ...served,
    fetch: (input: string) => served.fetch(input, { integrity: "sha256-AAAA" }),
  };
  const errors: unknown[] = [];
  const quiet = { ...console, error: (...args: unknown[]) => errors.push(args.join(" ")) };
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const context: object = createContext({
    CustomFunctions: {
      associate: (id: string, fn: (...a: unknown[]) => unknown) => registered.set(id, fn),
    },
    fetch: tampered.fetch,
    console: quiet,
    document: scriptLoader(() => context, []),
    setTimeout,
    clearTimeout,
  });
  for (const file of scriptsUpToFunctions())
    runInContext(readFileSync(join(DIST, file), "utf8"), context, { filename: file });
  const results: unknown[] = [];
  registered.get("INVESTMENT")!("Kashka-Daria", null, {
    setResult: (v: unknown) => results.push(v),
  });
  await settled(() => results.length > 0 && errors.length > 0);
  expect(results).toHaveLength(1);
  expect(String((results[0] as Error).message)).toMatch(/^KZUZ's data did not load/);
  expect(errors).toEqual([
    expect.stringMatching(
      /did not load: errors\.data\.bundled\.missing \{"reason":\{"text":"Failed to fetch: .* does not match its integrity"\}\}/
    ),
  ]);
});

test("the generated functions.json matches the golden copy (UPDATE_GOLDEN=1 rewrites it)", () => {
  const built = readFileSync(join(DIST, "functions.json"), "utf8");
  if (process.env.UPDATE_GOLDEN) require("node:fs").writeFileSync(GOLDEN, built);
  expect(JSON.parse(built)).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
});

test("every function's help link leads to a section of help.html", () => {
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
    functions: { id: string; helpUrl: string }[];
  };
  const help = readFileSync(join(DIST, "help.html"), "utf8");
  for (const f of metadata.functions) {
    const anchor = f.helpUrl.split("#")[1];
    expect(help).toMatch(new RegExp(`id=["']?${anchor}["'\\s>]`));
  }
});
