/**
 * Issue 24, the linked route in the inserted tables (ExcelApi 1.19 + CustomFunctionsRuntime 1.5,
 * Excel for Windows and Mac): the Projects table's Name, Region and City and the Agreements
 * table's Title hold LinkedEntityCellValue cells (type LinkedEntity, id {entityId, domainId,
 * serviceId 268436224, culture}, text = the name in the reader's language) that Excel fills, and
 * refreshes, through KZUZ's load service (src/functions/functions.ts `loadService`), on the fake
 * workbook whose linked model follows "Create linked entity data types in Excel add-ins"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values:
 * a new linked cell "only contain[s] an initial text string" and Excel calls the load service for
 * the rest; #CONNECT! "If Excel can't connect to your add-in at all") and the
 * Excel.LinkedEntityCellValue reference (basicValue #VALUE!, what Range.values reads:
 * https://learn.microsoft.com/javascript/api/excel/excel.linkedentitycellvalue).
 * Refresh, share as values, Explain and the change summary keep the promises they keep with the
 * entity values of ExcelApi 1.16 (tests/excel/cards.test.ts).
 */
import { pageStore } from "../support/page-store";
import { loadService } from "../../src/functions/functions";
import type { Dataset } from "../../src/data/schema";
import { DatasetStore } from "../../src/data/store";
import { insertTables, refreshDataset, type Workbench } from "../../src/excel/workbench";
import { investmentValue } from "../../src/formulas/compute";
import { buildIndex } from "../../src/data/query";
import { localName } from "../../src/data/localName";
import { agreementCard, projectCard } from "../../src/data/cards/record-card";
import { datasetViews } from "../../src/data/views";
import { readSelectedCell } from "../../src/excel/selection";
import { convertToValues } from "../../src/excel/share";
import { englishTranslator } from "../../src/i18n/translator";
import { explainCell } from "../../src/taskpane/explain/explain";
import {
  ADDIN_SERVICE_ID,
  AGREEMENTS_DOMAIN,
  LOAD_FUNCTION_ID,
  PLACES_DOMAIN,
  PROJECTS_DOMAIN,
} from "../../src/office/linked";
import { startLinkedCards } from "../../src/taskpane/linkedCards";
import { MockWorkbook } from "../taskpane/explain/mock-excel";
import { publishedDataset } from "../support/dataset";
import { createFakeExcel, type FakeExcel, type TableModel } from "../support/fake-excel";
import { MemorySettings } from "../support/office";
import { english } from "../support/english";

const URL_OK = "https://data.example.org/kzuz.json";
const dataset = publishedDataset();

/** Excel for Windows or Mac with linked entities: ExcelApi 1.19 and CustomFunctionsRuntime 1.5. */
const linkedHost = (set: string, version: string) =>
  set === "ExcelApi"
    ? Number(version.split(".")[1]) <= 19
    : set !== "CustomFunctionsRuntime" || Number(version.split(".")[1]) <= 5;
/** The same Excel without CustomFunctionsRuntime 1.5 (perpetual Office): the 1.16 route. */
const entitiesHost = (set: string, version: string) =>
  set === "CustomFunctionsRuntime" ? Number(version.split(".")[1]) <= 4 : linkedHost(set, version);

const ON = { wanted: true, lang: "en", culture: "en-US", officeJs: true };

/** A fake Excel with the add-in loaded (its load service found by its functions.json id), or not. */
function excel(withAddin = true): FakeExcel {
  const fake = createFakeExcel();
  if (withAddin) fake.workbook.linked.services.set(LOAD_FUNCTION_ID, loadService);
  return fake;
}

/** The pane's workbench: the page's store, which the load service answers from. */
function bench(
  fake: FakeExcel,
  cards: Workbench["cards"] | null = ON,
  supports = linkedHost
): Workbench & { settings: MemorySettings } {
  return {
    store: pageStore,
    run: (batch) => batch(fake.context),
    settings: new MemorySettings(),
    baseUrl: "https://addin.example.org/taskpane.html",
    supports,
    cards: cards ?? undefined,
  };
}

afterEach(() => {
  pageStore.replace(dataset, { kind: "bundled" });
  jest.restoreAllMocks();
});

/** The body cell of `table` under `header` in the row of `id`. */
function cellAt(table: TableModel, header: string, id: string) {
  const r = table.column("ID").indexOf(id);
  const c = table.headers().indexOf(header);
  if (r < 0 || c < 0) throw new Error(`no cell ${header} of ${id}`);
  return table.sheet.get(table.row0 + 1 + r, table.col0 + c);
}

/** Every cell of every table: value, format, and whether it is a card (whole or linked). */
function snapshot(fake: FakeExcel) {
  return fake.workbook.tables.map((t) => ({
    name: t.name,
    headers: t.headers(),
    cells: Array.from({ length: t.height }, (_, r) =>
      Array.from({ length: t.width }, (_, c) => {
        const cell = t.sheet.get(t.row0 + 1 + r, t.col0 + c);
        return [cell?.value ?? "", cell?.format ?? "", cell?.entity || cell?.linked ? "card" : ""];
      })
    ),
  }));
}

const table = (fake: FakeExcel, name: string) => fake.workbook.tables.find((t) => t.name === name)!;

describe("inserting on the linked route", () => {
  test("names, places and titles are linked cells: their id and the reader's text at once, the card once Excel asked KZUZ", async () => {
    const fake = excel();
    // Each linked cell as written, before Excel asks the load service for it.
    const created: Excel.LinkedEntityCellValue[] = [];
    const model = fake.workbook.linked;
    const create = model.created.bind(model);
    jest.spyOn(model, "created").mockImplementation((workbook, cell) => {
      created.push(structuredClone(cell.linked!));
      expect(cell.shows).toBe(cell.linked!.text);
      create(workbook, cell);
    });
    const outcome = await insertTables(bench(fake, { ...ON, lang: "ru", culture: "ru-RU" }), [
      "projects",
      "agreements",
    ]);
    expect(outcome.ok).toBe(true);
    // KZUZ's three domains were registered before the first cell was written.
    expect(fake.workbook.linked.domains.map((d) => d.id)).toEqual([
      PROJECTS_DOMAIN,
      AGREEMENTS_DOMAIN,
      PLACES_DOMAIN,
    ]);
    const projects = table(fake, "KZUZ_Projects");
    const lab = dataset.projects.find((p) => p.id === "lab-complex-kashkadarya")!;
    // As written: only the id and the text ("they only contain an initial text string").
    expect(created.find((c) => c.id.entityId === lab.id)).toEqual({
      type: "LinkedEntity",
      id: {
        entityId: lab.id,
        domainId: PROJECTS_DOMAIN,
        serviceId: ADDIN_SERVICE_ID,
        culture: "ru-RU",
      },
      text: localName(lab.name, "ru"),
    });
    expect(created.every((c) => Object.keys(c).sort().join() === "id,text,type")).toBe(true);
    // Range.values reads a linked cell as its basic value, as an entity's.
    expect(new Set(projects.column("Name"))).toEqual(new Set(["#VALUE!"]));

    await fake.workbook.linked.settled();
    // One batch per domain for the cells written together.
    const asked = fake.workbook.linked.requests.map((r) => JSON.parse(r) as { domainId: string });
    expect(asked.map((r) => r.domainId).sort()).toEqual(
      [AGREEMENTS_DOMAIN, PLACES_DOMAIN, PROJECTS_DOMAIN].sort()
    );
    const loaded = cellAt(projects, "Name", lab.id)!;
    expect(loaded.linked?.properties).toEqual(
      projectCard(buildIndex(dataset), lab, "ru").properties
    );
    expect(loaded.shows).toBe(localName(lab.name, "ru"));
    const region = cellAt(projects, "Region", lab.id)!;
    expect(region.linked?.id).toMatchObject({ domainId: PLACES_DOMAIN, culture: "ru-RU" });
    expect(region.shows).toBe("Кашкадарьинская область");
    const agreements = table(fake, "KZUZ_Agreements");
    const first = dataset.agreements[0];
    const title = cellAt(agreements, "Title", first.id)!;
    expect(title.linked?.id).toMatchObject({ entityId: first.id, domainId: AGREEMENTS_DOMAIN });
    expect(title.linked?.properties).toEqual(
      agreementCard(buildIndex(dataset), first, "ru").properties
    );
    // A project without a region keeps an empty cell, not an empty card.
    expect(cellAt(projects, "Region", "tenge-bank-hq-tashkent")?.linked).toBeUndefined();
  });

  test("every other cell is the text table's; =[@Name].Investment is KZUZ.INVESTMENT(name) for every project", async () => {
    const fake = excel();
    await insertTables(bench(fake), ["projects", "agreements"]);
    await fake.workbook.linked.settled();
    const plain = excel();
    await insertTables(bench(plain, null), ["projects", "agreements"]);
    const withCards = snapshot(fake);
    const without = snapshot(plain);
    const cardColumns: Record<string, string[]> = {
      KZUZ_Projects: ["Name", "Region", "City"],
      KZUZ_Agreements: ["Title"],
    };
    withCards.forEach((t, i) =>
      t.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cardColumns[t.name].includes(t.headers[c]) && cell[2] === "card") return;
          expect([t.name, t.headers[c], ...cell]).toEqual([
            t.name,
            t.headers[c],
            ...without[i].cells[r][c],
          ]);
        })
      )
    );
    const projects = table(fake, "KZUZ_Projects");
    const index = buildIndex(dataset);
    for (const p of dataset.projects) {
      const property = cellAt(projects, "Name", p.id)!.linked!.properties!.Investment as {
        basicValue: unknown;
      };
      const formula = investmentValue(index, p.name.en, null);
      if (typeof formula === "number") expect(property.basicValue).toBe(formula);
      else expect(property).toEqual({ type: "String", basicValue: "not disclosed" });
    }
  });

  test("without CustomFunctionsRuntime 1.5 the same insert writes whole cards (the 1.16 route) and registers nothing", async () => {
    const fake = excel();
    await insertTables(bench(fake, ON, entitiesHost), ["projects"]);
    const projects = table(fake, "KZUZ_Projects");
    expect(cellAt(projects, "Name", dataset.projects[0].id)?.entity?.text).toBe(
      dataset.projects[0].name.en
    );
    expect([...projects.sheet.cells.values()].some((c) => c.linked)).toBe(false);
    expect(fake.workbook.linked.domains).toEqual([]);
  });

  test("with the add-in not loaded Excel shows #CONNECT!; the cells keep their id and text", async () => {
    const fake = excel(false);
    await insertTables(bench(fake), ["agreements"]);
    await fake.workbook.linked.settled();
    const agreements = table(fake, "KZUZ_Agreements");
    const first = dataset.agreements[0];
    const cell = cellAt(agreements, "Title", first.id)!;
    expect(cell.shows).toBe("#CONNECT!");
    expect(cell.linked?.text).toBe(first.title.en);
  });

  test("an Excel that declares the sets but cannot register domains gets whole cards", async () => {
    const fake = excel();
    const run: Workbench["run"] = (batch) => {
      const context = Object.create(fake.context) as Excel.RequestContext;
      const workbook = Object.create(fake.context.workbook) as Excel.Workbook;
      Object.defineProperty(workbook, "linkedEntityDataDomains", { value: undefined });
      Object.defineProperty(context, "workbook", { value: workbook });
      return batch(context);
    };
    const outcome = await insertTables({ ...bench(fake), run }, ["agreements"]);
    expect(outcome.ok).toBe(true);
    const first = dataset.agreements[0];
    expect(cellAt(table(fake, "KZUZ_Agreements"), "Title", first.id)?.entity?.text).toBe(
      first.title.en
    );
  });
});

/** The published dataset as a later version: LAB's status and investment changed, ICIC renamed. */
function revised(): Dataset {
  const d = structuredClone(dataset) as Dataset & { version: string };
  d.version = "2027.2.0";
  const lab = d.projects.find((p) => p.id === "lab-complex-kashkadarya")!;
  lab.status = "under construction (revised)";
  lab.investment = { ...lab.investment, usd: 260_000_000 };
  const icic = d.projects.find((p) => p.id === "icic-central-asia")!;
  icic.name = { ...icic.name, en: "ICIC Central Asia (renamed)" };
  return d;
}

function serve(body: unknown) {
  return jest
    .spyOn(globalThis, "fetch")
    .mockImplementation(async () => new Response(JSON.stringify(body), { status: 200 }));
}

describe("refreshing tables with linked cells", () => {
  test("rewrites only the cell whose text changed, names changed fields, and Excel reloads the cards from the new dataset; the user's rows, columns and notes stay", async () => {
    const fake = excel();
    const b = bench(fake);
    // The runtime's start: domains registered, and Excel asked to refresh them at each change of
    // the dataset in force.
    await startLinkedCards(pageStore, {
      ready: () => Promise.resolve(),
      route: () => "linked",
      run: (batch) => batch(fake.context),
    });
    await insertTables(b, ["projects"]);
    await fake.workbook.linked.settled();
    const projects = table(fake, "KZUZ_Projects");
    const idAt = projects.headers().indexOf("ID");
    projects.sheet.set(projects.row0, projects.col0 + projects.width, { value: "My note" });
    projects.sheet.set(projects.row0 + 1, projects.col0 + projects.width, { value: "check this" });
    projects.width += 1;
    const r = projects.row0 + 1 + projects.height;
    projects.sheet.set(r, projects.col0 + idAt, { value: "mine-1" });
    projects.sheet.set(r, projects.col0 + projects.headers().indexOf("Name"), {
      value: "My own project",
    });
    projects.height += 1;
    const before = projects.column("ID");
    const untouched = cellAt(projects, "Name", "tenge-bank-hq-tashkent");

    serve(revised());
    fake.log.length = 0;
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(true);
    expect(english(outcome.said)).toMatch(
      /Cards updated: Linear alkylbenzene \(LAB\) petrochemical complex \(Status, Investment\); Linear alkylbenzene \(LAB\) petrochemical complex \(Region\.Investment\); ICIC Central Asia \(renamed\) \(Name\)/
    );
    // One cell rewritten (ICIC's text); LAB's fields are Excel's to reload.
    expect(fake.log.filter((op) => op === "valuesAsJson")).toHaveLength(1);
    await new Promise((done) => setTimeout(done, 0));
    await fake.workbook.linked.settled();
    const lab = cellAt(projects, "Name", "lab-complex-kashkadarya")!.linked!;
    expect(lab.properties!.Status).toEqual({
      type: "String",
      basicValue: "under construction (revised)",
    });
    expect((lab.properties!.Investment as { basicValue: number }).basicValue).toBe(260_000_000);
    expect(cellAt(projects, "Name", "icic-central-asia")?.shows).toBe(
      "ICIC Central Asia (renamed)"
    );
    expect(cellAt(projects, "Name", "tenge-bank-hq-tashkent")).toBe(untouched);
    expect(projects.column("ID")).toEqual(before);
    expect(projects.column("My note")[0]).toBe("check this");
    expect(projects.column("Name")[projects.column("ID").indexOf("mine-1")]).toBe("My own project");
    expect(cellAt(projects, "Name", "mine-1")?.linked).toBeUndefined();
  });

  test("a refresh with nothing changed writes no cell and names no card", async () => {
    const fake = excel();
    const b = bench(fake);
    await insertTables(b, ["projects", "agreements"]);
    await fake.workbook.linked.settled();
    serve(dataset);
    fake.log.length = 0;
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(true);
    expect(fake.log).not.toContain("valuesAsJson");
    expect(fake.log).not.toContain("range.values");
    expect(english(outcome.said)).not.toMatch(/Cards/);
  });

  test("with cards turned off, a refresh turns the linked cells back into the table's text", async () => {
    const fake = excel();
    const b = bench(fake);
    await insertTables(b, ["agreements"]);
    await fake.workbook.linked.settled();
    serve(dataset);
    const outcome = await refreshDataset({ ...b, cards: { ...ON, wanted: false } }, URL_OK);
    const count = dataset.agreements.length;
    expect(english(outcome.said)).toMatch(new RegExp(`${count} cards were turned back into text`));
    const plain = excel();
    await insertTables(bench(plain, null), ["agreements"]);
    expect(snapshot(fake)).toEqual(snapshot(plain));
  });
});

describe("share as values and Explain with linked cells", () => {
  test("share as values turns every linked KZUZ cell into its text (even one showing #CONNECT!) and lists its record", async () => {
    const fake = excel(false);
    const b = bench(fake, { ...ON, lang: "fr", culture: "fr-FR" });
    await insertTables(b, ["projects"]);
    await fake.workbook.linked.settled();
    const projects = table(fake, "KZUZ_Projects");
    const linked = () => [...projects.sheet.cells.values()].filter((c) => c.linked).length;
    const count = linked();
    expect(count).toBeGreaterThan(7);
    const outcome = await convertToValues(b, "workbook");
    expect(outcome.ok).toBe(true);
    expect(english(outcome.said)).toMatch(
      new RegExp(`^${count} KZUZ formulas in this workbook were replaced by their values`)
    );
    expect(linked()).toBe(0);
    const lab = dataset.projects.find((p) => p.id === "lab-complex-kashkadarya")!;
    expect(projects.column("Name")[projects.column("ID").indexOf(lab.id)]).toBe(
      localName(lab.name, "fr")
    );
    const list = fake.workbook.sheet("KZUZ Formula Sources")!;
    const listed = Array.from({ length: 40 }, (_, i) => String(list.value(i + 1, 1)));
    expect(listed).toContain(`KZUZ card: project ${lab.id}`);
    expect(listed).toContain("KZUZ card: place kashkadarya-region");
    expect(listed).toContain("KZUZ card: place turkestan-region+syrdarya-region");
  });

  test("Explain reads a linked cell as the text it shows, and its row as the record's", async () => {
    const index = buildIndex(dataset);
    const lab = dataset.projects.find((p) => p.id === "lab-complex-kashkadarya")!;
    const view = datasetViews(index).find((v) => v.key === "projects")!;
    const cells = view.rows.find((r) => r.id === lab.id)!.cells.map((v) => v ?? "");
    const book = new MockWorkbook(["KZUZ Projects"]);
    book.addTable({
      id: "{P}",
      name: "KZUZ_Projects",
      sheet: "KZUZ Projects",
      at: "A1",
      headers: view.columns.map((c) => c.header),
      rows: [cells],
    });
    // B2 holds the linked cell as Excel loaded it: Range.values reads #VALUE!.
    const linked = {
      ...projectCard(index, lab, "ru"),
      type: "LinkedEntity",
      id: {
        entityId: lab.id,
        domainId: PROJECTS_DOMAIN,
        serviceId: ADDIN_SERVICE_ID,
        culture: "ru-RU",
      },
      basicType: "Error",
      basicValue: "#VALUE!",
    };
    book.set("KZUZ Projects", "B2", { value: "#VALUE!", json: linked });
    book.active = { sheet: "KZUZ Projects", address: "B2" };
    const read = await book.run((c) => readSelectedCell(c, { supports: () => true, cards: true }));
    expect(read.value).toBe(localName(lab.name, "ru"));
    expect(read.row?.cards).toEqual([1]);
    const e = explainCell(englishTranslator, new DatasetStore(dataset).get(), read, undefined, {});
    if (e.kind !== "row") throw new Error(e.kind);
    expect(e.fields.filter((f) => f.note !== undefined)).toEqual([]);
    expect(e.sources.length).toBeGreaterThan(0);
  });
});
