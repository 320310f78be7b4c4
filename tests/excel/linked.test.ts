/**
 * Linked KZUZ cards (ExcelApi 1.19 + CustomFunctionsRuntime 1.5, Excel for Windows and Mac) on the
 * fake workbook, whose Workbook.linkedEntityDataDomains follows Microsoft's "Create linked entity
 * data types in Excel add-ins"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values;
 * tests/support/fake-excel/linked.ts lists the rules): the route chosen from the requirement
 * matrix and the platform, KZUZ's domain registered at start, the cells Excel fills and refreshes
 * through the built-in load service (src/functions/functions.ts, `loadService`) from the dataset
 * in force, and #CONNECT! where the add-in cannot answer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pageStore } from "../support/page-store";
import { loadService } from "../../src/functions/functions";
import { investmentValue } from "../../src/formulas/compute";
import {
  LINKED_DOMAINS,
  linkedCellValue,
  refreshLinkedDomains,
  registerLinkedDomains,
} from "../../src/excel/linked";
import { cardRoute, type Supports } from "../../src/excel/requirements";
import {
  ADDIN_SERVICE_ID,
  AGREEMENTS_DOMAIN,
  LOAD_FUNCTION_ID,
  PLACES_DOMAIN,
  PROJECTS_DOMAIN,
} from "../../src/office/linked";
import { startLinkedCards, type LinkedDeps } from "../../src/taskpane/linkedCards";
import { createFakeExcel, WorkbookModel, type FakeExcel } from "../support/fake-excel";
import { edited } from "../support/dataset";
import { parseDataset } from "../../src/data/validate";
import type { Dataset } from "../../src/data/schema";

/**
 * Office.context.requirements.isSetSupported as a host with `declared` answers it: a set at a
 * version up to the declared one ("1.19" covers "1.16"; versions compare as numbers, part by part).
 */
function host(declared: Record<string, string>): Supports {
  const parts = (v: string) => v.split(".").map(Number);
  return (set, version) => {
    const have = declared[set];
    if (have === undefined) return false;
    const [a, b] = [parts(have), parts(version)];
    return a[0] > b[0] || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0));
  };
}

describe("the card route: linked where Excel has linked entities, entity values on the web and older clients, text elsewhere", () => {
  const desktop119 = host({ ExcelApi: "1.19", CustomFunctionsRuntime: "1.5" });
  test.each([
    [
      "Excel for Windows with ExcelApi 1.19 and CustomFunctionsRuntime 1.5",
      desktop119,
      "PC",
      "linked",
    ],
    ["Excel for Mac with both sets", desktop119, "Mac", "linked"],
    // "Linked entity cell values aren't supported in Excel on the web", whatever ExcelApi it reports.
    ["Excel on the web reporting both sets", desktop119, "OfficeOnline", "entities"],
    [
      "ExcelApi 1.19 without CustomFunctionsRuntime 1.5 (perpetual Office)",
      host({ ExcelApi: "1.19", CustomFunctionsRuntime: "1.4" }),
      "PC",
      "entities",
    ],
    [
      "CustomFunctionsRuntime 1.5 with ExcelApi 1.18",
      host({ ExcelApi: "1.18", CustomFunctionsRuntime: "1.5" }),
      "Mac",
      "entities",
    ],
    [
      "ExcelApi 1.16 exactly (Windows 2208)",
      host({ ExcelApi: "1.16", CustomFunctionsRuntime: "1.4" }),
      "PC",
      "entities",
    ],
    [
      "ExcelApi 1.15 (the packaged office.js's ceiling)",
      host({ ExcelApi: "1.15", CustomFunctionsRuntime: "1.4" }),
      "Mac",
      "text",
    ],
    ["no Office at all", host({}), undefined, "text"],
  ] as const)("%s: %s", (_, supports, platform, route) => {
    expect(cardRoute(supports, platform)).toBe(route);
  });
});

describe("KZUZ's domain, as registered", () => {
  test("names the load service functions.json marks with linkedEntityLoadService, and refreshes on load first", () => {
    const metadata = JSON.parse(
      readFileSync(join(__dirname, "../functions/functions.golden.json"), "utf8")
    ) as { functions: { id: string; options?: Record<string, boolean> }[] };
    const services = metadata.functions.filter((f) => f.options?.linkedEntityLoadService);
    expect(services.map((f) => f.id)).toEqual([LOAD_FUNCTION_ID]);
    // Three domains, one load service ("It's recommended to create just one load service
    // function for best performance").
    const domain = (id: string, name: string) => ({
      dataProvider: "KZUZ",
      id,
      name,
      loadFunctionId: LOAD_FUNCTION_ID,
      supportedRefreshModes: ["OnLoad", "Manual"],
    });
    expect(LINKED_DOMAINS).toEqual([
      domain(PROJECTS_DOMAIN, "KZUZ Projects"),
      domain(AGREEMENTS_DOMAIN, "KZUZ Agreements"),
      domain(PLACES_DOMAIN, "KZUZ Places"),
    ]);
    for (const d of LINKED_DOMAINS) expect(d.id).not.toContain("!");
  });

  test("registers once: a second start in the same Excel finds it and adds nothing", async () => {
    const fake = createFakeExcel();
    const all = [PROJECTS_DOMAIN, AGREEMENTS_DOMAIN, PLACES_DOMAIN];
    expect(await registerLinkedDomains(fake.context)).toEqual(all);
    expect(await registerLinkedDomains(fake.context)).toEqual([]);
    expect(
      fake.workbook.linked.domains.map((d) => [d.id, d.refreshMode, d.supportedRefreshModes])
    ).toEqual(all.map((id) => [id, "OnLoad", ["OnLoad", "Manual"]]));
    expect(fake.log.filter((op) => op === "linkedEntityDataDomains.add")).toHaveLength(3);
  });

  test('the fake keeps Excel\'s rules: a duplicate id or name, a "!" in an id, a short periodic interval are refused', () => {
    const wb = new WorkbookModel();
    const base = { dataProvider: "X", id: "a", name: "A", loadFunctionId: "F" };
    wb.linked.add(wb, base);
    expect(() => wb.linked.add(wb, { ...base, name: "B" })).toThrow(/^InvalidArgument/);
    expect(() => wb.linked.add(wb, { ...base, id: "b" })).toThrow(/^InvalidArgument/);
    expect(() => wb.linked.add(wb, { ...base, id: "c!", name: "C" })).toThrow(/^InvalidArgument/);
    expect(() =>
      wb.linked.add(wb, {
        ...base,
        id: "d",
        name: "D",
        supportedRefreshModes: ["Periodic" as Excel.LinkedEntityDataDomainRefreshMode],
        periodicRefreshInterval: 60,
      })
    ).toThrow(/^InvalidArgument/);
    // Manual is always supported, and the default is the first mode given.
    expect(wb.linked.find("a")).toMatchObject({
      refreshMode: "Manual",
      supportedRefreshModes: ["Manual"],
    });
  });
});

test('a cell\'s linked value holds only its id and text until Excel loads it; no "!" in an id', () => {
  expect(linkedCellValue(PROJECTS_DOMAIN, "icic-central-asia", "ICIC", "ru-RU")).toEqual({
    type: "LinkedEntity",
    basicType: "Error",
    basicValue: "#VALUE!",
    id: {
      entityId: "icic-central-asia",
      domainId: PROJECTS_DOMAIN,
      serviceId: ADDIN_SERVICE_ID,
      culture: "ru-RU",
    },
    text: "ICIC",
  });
  expect(() => linkedCellValue(PROJECTS_DOMAIN, "a!b", "x", "en-US")).toThrow(RangeError);
});

describe("cells Excel fills and refreshes itself through the load service, from the dataset in force", () => {
  const dataset = pageStore.get().dataset;
  const project = dataset.projects[0];
  const investment = (fake: FakeExcel, cell = "1,0") =>
    (
      fake.workbook.sheet("Sheet1")!.cells.get(cell)!.linked!.properties!
        .Investment as Excel.FormattedNumberCellValue
    ).basicValue;

  function workbook(withAddin = true): FakeExcel {
    const fake = createFakeExcel();
    fake.workbook.addSheet("Sheet1");
    if (withAddin) fake.workbook.linked.services.set(LOAD_FUNCTION_ID, loadService);
    return fake;
  }

  const deps = (
    fake: FakeExcel,
    route: "linked" | "entities" = "linked"
  ): LinkedDeps & { runs: number } => {
    const d = {
      runs: 0,
      ready: () => Promise.resolve(),
      route: () => route,
      run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => {
        d.runs++;
        return batch(fake.context);
      },
    };
    return d;
  };

  afterEach(() => {
    pageStore.replace(dataset, { kind: "bundled" });
  });

  test("a new linked cell is filled by KZUZ's answer: the card, and =A2.[Investment (USD)] is KZUZ.INVESTMENT", async () => {
    const fake = workbook();
    expect(await startLinkedCards(pageStore, deps(fake))).toEqual({
      kind: "registered",
      added: [PROJECTS_DOMAIN, AGREEMENTS_DOMAIN, PLACES_DOMAIN],
    });
    const sheet = fake.workbook.sheet("Sheet1")!;
    fake.workbook.linked.insert(
      fake.workbook,
      sheet,
      1,
      0,
      linkedCellValue(PROJECTS_DOMAIN, project.id, project.name.en, "ru-RU")
    );
    expect(sheet.get(1, 0)?.shows).toBe(project.name.en); // the text, while Excel asks
    await fake.workbook.linked.settled();
    expect(JSON.parse(fake.workbook.linked.requests.at(-1)!)).toEqual({
      domainId: PROJECTS_DOMAIN,
      entities: [{ entityId: project.id, culture: "ru-RU" }],
    });
    expect(sheet.get(1, 0)?.shows).toBe(project.name.ru);
    expect(investment(fake)).toBe(investmentValue(pageStore.get().index, project.name.en, null));
  });

  test("a refresh of the dataset in force makes Excel reload KZUZ's cards: the corrected amount shows", async () => {
    const fake = workbook();
    const d = deps(fake);
    await startLinkedCards(pageStore, d);
    const sheet = fake.workbook.sheet("Sheet1")!;
    fake.workbook.linked.insert(
      fake.workbook,
      sheet,
      1,
      0,
      linkedCellValue(PROJECTS_DOMAIN, project.id, "x", "en-US")
    );
    fake.workbook.linked.insert(
      fake.workbook,
      sheet,
      2,
      0,
      linkedCellValue(PROJECTS_DOMAIN, project.id, "x", "en-US")
    );
    await fake.workbook.linked.settled();
    const before = fake.workbook.linked.requests.length;
    const corrected = parseDataset(edited([["projects", 0, "investment", "usd"], 321_000_000]));
    if (!corrected.ok) throw new Error(JSON.stringify(corrected.error));
    pageStore.replace(corrected.value as Dataset, { kind: "bundled" });
    await new Promise((r) => setTimeout(r, 0)); // the refresh request reaches Excel
    await fake.workbook.linked.settled();
    expect(fake.log).toContain("linkedEntityDataDomain.refresh");
    // One request for the two cells of the same entity (Excel's cache), with the new amount.
    expect(fake.workbook.linked.requests.length).toBe(before + 1);
    expect(JSON.parse(fake.workbook.linked.requests.at(-1)!).entities).toHaveLength(1);
    expect(investment(fake, "1,0")).toBe(321_000_000);
    expect(investment(fake, "2,0")).toBe(321_000_000);
  });

  test("an id the dataset no longer holds says so in its cell while the batch's other cards load; every card shows #CONNECT! when the add-in is not loaded", async () => {
    const fake = workbook();
    await startLinkedCards(pageStore, deps(fake));
    const sheet = fake.workbook.sheet("Sheet1")!;
    fake.workbook.linked.insert(
      fake.workbook,
      sheet,
      1,
      0,
      linkedCellValue(PROJECTS_DOMAIN, "withdrawn", "Gone", "en-US")
    );
    fake.workbook.linked.insert(
      fake.workbook,
      sheet,
      2,
      0,
      linkedCellValue(PROJECTS_DOMAIN, project.id, "x", "en-US")
    );
    await fake.workbook.linked.settled();
    // One batch for both cells (created together), and each answered on its own.
    expect(JSON.parse(fake.workbook.linked.requests.at(-1)!).entities).toHaveLength(2);
    expect(sheet.get(1, 0)?.shows).toBe(`Not in the KZUZ dataset ${dataset.version}: withdrawn`);
    expect(sheet.get(2, 0)?.shows).toBe(project.name.en);

    const without = workbook(false);
    await registerLinkedDomains(without.context);
    const other = without.workbook.sheet("Sheet1")!;
    without.workbook.linked.insert(
      without.workbook,
      other,
      1,
      0,
      linkedCellValue(PROJECTS_DOMAIN, project.id, "x", "en-US")
    );
    await without.workbook.linked.settled();
    expect(other.get(1, 0)?.shows).toBe("#CONNECT!");
  });

  test("refreshing asks only KZUZ's domains (never the user's Stocks or another add-in's)", async () => {
    const fake = workbook();
    fake.workbook.linked.add(fake.workbook, {
      dataProvider: "Contoso",
      id: "products",
      name: "Products",
      loadFunctionId: "CONTOSO",
    });
    await registerLinkedDomains(fake.context);
    const sheet = fake.workbook.sheet("Sheet1")!;
    sheet.set(5, 0, {
      value: "#VALUE!",
      shows: "Chai",
      linked: {
        type: "LinkedEntity",
        id: { entityId: "P1", domainId: "products", serviceId: ADDIN_SERVICE_ID, culture: "en-US" },
        text: "Chai",
      } as Excel.LinkedEntityCellValue,
    });
    await fake.workbook.linked.settled();
    expect(await refreshLinkedDomains(fake.context)).toEqual([
      PROJECTS_DOMAIN,
      AGREEMENTS_DOMAIN,
      PLACES_DOMAIN,
    ]);
    await fake.workbook.linked.settled();
    expect(sheet.get(5, 0)?.shows).toBe("Chai"); // Contoso's cell was not refreshed (its service would be asked)
  });

  test("elsewhere nothing is asked of Excel; an Excel that declares the sets but lacks the API leaves the add-in working", async () => {
    const fake = workbook();
    const web = deps(fake, "entities");
    expect(await startLinkedCards(pageStore, web)).toEqual({
      kind: "not-supported",
      route: "entities",
    });
    expect(web.runs).toBe(0);
    expect(fake.workbook.linked.domains).toEqual([]);
    // office.js without Workbook.linkedEntityDataDomains (the packaged 1.1.110, which stops at 1.15).
    const old = {
      ...deps(fake),
      run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) =>
        batch({ workbook: {}, sync: () => Promise.resolve() } as unknown as Excel.RequestContext),
    };
    const outcome = await startLinkedCards(pageStore, old);
    expect(outcome.kind).toBe("failed");
  });
});
