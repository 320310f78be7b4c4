/**
 * Issue 24, the ExcelApi 1.16 route: cards in the inserted tables, on the fake workbook, whose
 * Range.valuesAsJson follows Microsoft's documented behaviour (tests/support/fake-excel/model.ts
 * writeJson: an Entity's basic value, what Range.values reads, is #VALUE!,
 * https://learn.microsoft.com/javascript/api/excel/excel.entitycellvalue; a written card keeps its
 * properties, layouts and provider, https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-entity-card).
 */
import type { Dataset } from "../../src/data/schema";
import { DatasetStore } from "../../src/data/store";
import { insertTables, refreshDataset, type Workbench } from "../../src/excel/workbench";
import { investmentValue } from "../../src/formulas/compute";
import { buildIndex } from "../../src/data/query";
import { projectCard } from "../../src/data/cards/record-card";
import { datasetViews } from "../../src/data/views";
import { readSelectedCell } from "../../src/excel/selection";
import { convertToValues } from "../../src/excel/share";
import { englishTranslator } from "../../src/i18n/translator";
import { explainCell } from "../../src/taskpane/explain/explain";
import { MockWorkbook } from "../taskpane/explain/mock-excel";
import { publishedDataset } from "../support/dataset";
import { createFakeExcel, type FakeExcel, type TableModel } from "../support/fake-excel";
import { MemorySettings } from "../support/office";
import { english } from "../support/english";

const URL_OK = "https://data.example.org/kzuz.json";

/** A host with ExcelApi up to 1.`minor`, and every other set (versions compare by minor number). */
const upTo = (minor: number) => (set: string, version: string) =>
  set !== "ExcelApi" || Number(version.split(".")[1]) <= minor;

const ON = { wanted: true, lang: "en", officeJs: true };

/** A workbench on `excel`; `cards` null: a pane that offers no cards (as before issue 24). */
function bench(
  excel: FakeExcel,
  cards: Workbench["cards"] | null = ON,
  supports = upTo(16)
): Workbench & { settings: MemorySettings } {
  return {
    store: new DatasetStore(publishedDataset()),
    run: (batch) => batch(excel.context),
    settings: new MemorySettings(),
    baseUrl: "https://addin.example.org/taskpane.html",
    supports,
    cards: cards ?? undefined,
  };
}

/** The entity a body cell of `table` holds (by header and ID), or undefined for a plain cell. */
function cardAt(table: TableModel, header: string, id: string) {
  const r = table.column("ID").indexOf(id);
  const c = table.headers().indexOf(header);
  if (r < 0 || c < 0) throw new Error(`no cell ${header} of ${id}`);
  return table.sheet.get(table.row0 + 1 + r, table.col0 + c)?.entity as
    (Excel.EntityCellValue & { text: string }) | undefined;
}

/** Every cell of every table: value, format, and whether it is a card. */
function snapshot(excel: FakeExcel) {
  return excel.workbook.tables.map((t) => ({
    name: t.name,
    headers: t.headers(),
    cells: Array.from({ length: t.height }, (_, r) =>
      Array.from({ length: t.width }, (_, c) => {
        const cell = t.sheet.get(t.row0 + 1 + r, t.col0 + c);
        return [cell?.value ?? "", cell?.format ?? "", cell?.entity ? "card" : ""];
      })
    ),
  }));
}

function project(table: TableModel, id: string) {
  return cardAt(table, "Name", id);
}

describe("inserting with cards (ExcelApi 1.16 and an office.js that speaks it)", () => {
  test("the project, agreement and place columns hold cards; every other cell is as today", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    const outcome = await insertTables(b, ["projects", "agreements", "trade"]);
    expect(outcome.ok).toBe(true);
    const [projects, agreements, trade] = ["KZUZ_Projects", "KZUZ_Agreements", "KZUZ_Trade"].map(
      (n) => excel.workbook.tables.find((t) => t.name === n)!
    );
    const dataset = publishedDataset();
    for (const p of dataset.projects) {
      const card = project(projects, p.id)!;
      expect(card.text).toBe(p.name.en);
      expect(card.provider?.description).toBe(
        `KZUZ dataset ${dataset.version} (as of ${dataset.asOf})`
      );
    }
    // Range.values reads a card as its basic value, #VALUE!.
    expect(new Set(projects.column("Name"))).toEqual(new Set(["#VALUE!"]));
    for (const a of dataset.agreements)
      expect(cardAt(agreements, "Title", a.id)?.text).toBe(a.title.en);
    expect(cardAt(projects, "Region", "lab-complex-kashkadarya")?.text).toBe("Kashkadarya region");
    expect(cardAt(projects, "City", "tenge-bank-hq-tashkent")?.text).toBe("Tashkent");
    // A project without a region keeps an empty cell, not an empty card.
    expect(cardAt(projects, "Region", "tenge-bank-hq-tashkent")).toBeUndefined();
    expect(projects.column("Region")[projects.column("ID").indexOf("tenge-bank-hq-tashkent")]).toBe(
      ""
    );

    // Without cards, the same insert: every other cell is the same value with the same format.
    const plain = createFakeExcel();
    await insertTables(bench(plain, null), ["projects", "agreements", "trade"]);
    const withCards = snapshot(excel);
    const without = snapshot(plain);
    const cardColumns = { KZUZ_Projects: ["Name", "Region", "City"], KZUZ_Agreements: ["Title"] };
    withCards.forEach((table, i) => {
      const skip = (cardColumns as Record<string, string[]>)[table.name] ?? [];
      table.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (skip.includes(table.headers[c]) && cell[2] === "card") return;
          expect([table.name, table.headers[c], ...cell]).toEqual([
            table.name,
            table.headers[c],
            ...without[i].cells[r][c],
          ]);
        })
      );
    });
    expect(trade.column("ID").length).toBeGreaterThan(0);
  });

  test("=[@Name].Investment gives KZUZ.INVESTMENT(name) for every project", async () => {
    const excel = createFakeExcel();
    await insertTables(bench(excel), ["projects"]);
    const table = excel.workbook.tables[0];
    const index = buildIndex(publishedDataset());
    for (const p of publishedDataset().projects) {
      // A dot reference returns the property's value (its basicValue for a number).
      const property = project(table, p.id)!.properties!.Investment as {
        type: string;
        basicValue: unknown;
      };
      const formula = investmentValue(index, p.name.en, null);
      if (typeof formula === "number") expect(property.basicValue).toBe(formula);
      else expect(property).toEqual({ type: "String", basicValue: "not disclosed" });
    }
  });

  test("the text is the name in the reader's language", async () => {
    const excel = createFakeExcel();
    await insertTables(bench(excel, { wanted: true, lang: "ru", officeJs: true }), ["projects"]);
    const lab = publishedDataset().projects.find((p) => p.id === "lab-complex-kashkadarya")!;
    expect(project(excel.workbook.tables[0], lab.id)?.text).toBe(lab.name.ru ?? lab.name.en);
  });
});

describe("where cards cannot be written, the tables are exactly today's", () => {
  const routes: [string, Workbench["cards"], ReturnType<typeof upTo>][] = [
    [
      "ExcelApi 1.16 declared, office.js without valuesAsJson",
      { wanted: true, lang: "en", officeJs: false },
      upTo(16),
    ],
    ["ExcelApi 1.15", { wanted: true, lang: "en", officeJs: true }, upTo(15)],
    ["cards off", { wanted: false, lang: "en", officeJs: true }, upTo(16)],
  ];
  test.each(routes)("%s", async (_, cards, supports) => {
    const excel = createFakeExcel();
    const plain = createFakeExcel();
    await insertTables(bench(excel, cards, supports), ["projects", "agreements"]);
    await insertTables(bench(plain, null, supports), ["projects", "agreements"]);
    expect(snapshot(excel)).toEqual(snapshot(plain));
    expect(excel.log).not.toContain("valuesAsJson");
  });
});

/** The published dataset as a later version: LAB's status and investment changed, a project gone. */
function revised(): Dataset {
  const d = structuredClone(publishedDataset()) as Dataset & { version: string };
  d.version = "2027.2.0";
  const lab = d.projects.find((p) => p.id === "lab-complex-kashkadarya")!;
  lab.status = "under construction (revised)";
  lab.investment = { ...lab.investment, usd: 260_000_000 };
  return d;
}

function serve(body: unknown) {
  return jest
    .spyOn(globalThis, "fetch")
    .mockImplementation(async () => new Response(JSON.stringify(body), { status: 200 }));
}

afterEach(() => jest.restoreAllMocks());

describe("refreshing tables with cards", () => {
  test("rewrites only the changed cards, in place by row ID, and names their changed fields", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["projects"]);
    const table = excel.workbook.tables[0];
    // The user's column, a note in it, and a row of the user's with a name of their own.
    const idAt = table.headers().indexOf("ID");
    table.sheet.set(table.row0, table.col0 + table.width, { value: "My note" });
    table.sheet.set(table.row0 + 1, table.col0 + table.width, { value: "check this" });
    table.width += 1;
    const r = table.row0 + 1 + table.height;
    table.sheet.set(r, table.col0 + idAt, { value: "mine-1" });
    table.sheet.set(r, table.col0 + table.headers().indexOf("Name"), { value: "My own project" });
    table.height += 1;
    const firstId = String(table.column("ID")[0]);
    const before = table.column("ID");
    const icic = project(table, "icic-central-asia");

    serve(revised());
    excel.log.length = 0;
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(true);
    expect(english(outcome.said)).toMatch(
      /Cards updated: Linear alkylbenzene \(LAB\) petrochemical complex \(Status, Investment\); Linear alkylbenzene \(LAB\) petrochemical complex \(Region\.Investment\)\./
    );
    const lab = project(table, "lab-complex-kashkadarya")!;
    expect(lab.properties!.Status).toEqual({
      type: "String",
      basicValue: "under construction (revised)",
    });
    expect((lab.properties!.Investment as { basicValue: number }).basicValue).toBe(260_000_000);
    // Two cards written (the project's, and its region's, whose investment it changes): the
    // others already showed what the new dataset says.
    expect(excel.log.filter((op) => op === "valuesAsJson")).toHaveLength(2);
    expect(project(table, "icic-central-asia")).toEqual(icic);
    // The rows in their places, the user's column, note and row untouched.
    expect(table.column("ID")).toEqual(before);
    expect(table.column("My note")[0]).toBe("check this");
    expect(String(table.column("ID")[0])).toBe(firstId);
    expect(table.column("Name")[table.column("ID").indexOf("mine-1")]).toBe("My own project");
    expect(cardAt(table, "Name", "mine-1")).toBeUndefined();
  });

  test("a refresh with nothing changed writes no card", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["projects", "agreements"]);
    serve(publishedDataset());
    excel.log.length = 0;
    const outcome = await refreshDataset(b, URL_OK);
    expect(outcome.ok).toBe(true);
    expect(excel.log).not.toContain("valuesAsJson");
    expect(excel.log).not.toContain("range.values");
    expect(english(outcome.said)).not.toMatch(/Cards/);
  });

  test("with cards turned off, a refresh turns our cards back into the table's text", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    await insertTables(b, ["agreements"]);
    serve(publishedDataset());
    const off = { ...b, cards: { wanted: false, lang: "en", officeJs: true } };
    const outcome = await refreshDataset(off, URL_OK);
    const table = excel.workbook.tables[0];
    const count = publishedDataset().agreements.length;
    expect(english(outcome.said)).toMatch(new RegExp(`${count} cards were turned back into text`));
    const plain = createFakeExcel();
    await insertTables(bench(plain, null), ["agreements"]);
    expect(snapshot(excel)).toEqual(snapshot(plain));
    expect(table.column("Title")).toEqual(plain.workbook.tables[0].column("Title"));
  });

  test("cards Excel refuses to write: the tables keep their text and the message says so", async () => {
    const excel = createFakeExcel();
    const b = bench(excel);
    // The second run is the cards pass: it reads twice, then writes; the write is refused.
    let runs = 0;
    const run: Workbench["run"] = async (batch) => {
      if (++runs !== 2) return batch(excel.context);
      let syncs = 0;
      const context = Object.create(excel.context) as Excel.RequestContext;
      context.sync = async () => {
        if (++syncs === 3) excel.failNextSyncAfter(0);
        return excel.context.sync();
      };
      return batch(context);
    };
    const outcome = await insertTables({ ...b, run }, ["agreements"]);
    expect(outcome.ok).toBe(true);
    expect(english(outcome.said)).toMatch(
      /The tables are written, but Excel could not write their cards/
    );
    expect(excel.workbook.tables[0].column("Title")).toContain(
      publishedDataset().agreements[0].title.en
    );
  });
});

describe("share as values and Explain with cards", () => {
  test("share as values turns every KZUZ card into its text and lists it with its record", async () => {
    const excel = createFakeExcel();
    const b = bench(excel, { wanted: true, lang: "fr", officeJs: true });
    await insertTables(b, ["projects"]);
    const table = excel.workbook.tables[0];
    const cards = () =>
      [...table.sheet.cells.values()].filter((c) => c.entity !== undefined).length;
    expect(cards()).toBeGreaterThan(7);
    const outcome = await convertToValues(b, "workbook");
    expect(outcome.ok).toBe(true);
    expect(cards()).toBe(0);
    const lab = publishedDataset().projects.find((p) => p.id === "lab-complex-kashkadarya")!;
    const r = table.column("ID").indexOf(lab.id);
    // The text the card showed (French here), kept as text.
    expect(table.column("Name")[r]).toBe(lab.name.fr);
    expect(table.sheet.get(table.row0 + 1 + r, table.col0 + 1)?.format).toBe("@");
    const list = excel.workbook.sheet("KZUZ Formula Sources")!;
    const listed = Array.from({ length: 40 }, (_, i) => String(list.value(i + 1, 1)));
    expect(listed).toContain(`KZUZ card: project ${lab.id}`);
  });

  test("Explain reads a card cell as the text it shows, and its row as the record's", async () => {
    const index = buildIndex(publishedDataset());
    const lab = publishedDataset().projects.find((p) => p.id === "lab-complex-kashkadarya")!;
    const view = datasetViews(index).find((v) => v.key === "projects")!;
    const headers = view.columns.map((c) => c.header);
    const cells = view.rows.find((r) => r.id === lab.id)!.cells.map((v) => v ?? "");
    const book = new MockWorkbook(["KZUZ Projects"]);
    book.addTable({
      id: "{P}",
      name: "KZUZ_Projects",
      sheet: "KZUZ Projects",
      at: "A1",
      headers,
      rows: [cells],
    });
    const card = projectCard(index, lab, "ru");
    // B2 holds the card: Range.values reads #VALUE!, valuesAsJson the entity.
    book.set("KZUZ Projects", "B2", { value: "#VALUE!", json: { ...card, basicValue: "#VALUE!" } });
    book.active = { sheet: "KZUZ Projects", address: "B2" };
    const all = () => true;
    const read = await book.run((c) => readSelectedCell(c, { supports: all, cards: true }));
    expect(read.value).toBe(card.text);
    expect(read.row?.values[1]).toBe(card.text);
    expect(read.row?.cards).toEqual([1]);
    const snapshot = new DatasetStore(publishedDataset()).get();
    const e = explainCell(englishTranslator, snapshot, read, undefined, {});
    if (e.kind !== "row") throw new Error(e.kind);
    expect(e.fields.filter((f) => f.note !== undefined)).toEqual([]);
    expect(e.sources.length).toBeGreaterThan(0);
    // Without reading cards (an office.js without valuesAsJson) the cell reads #VALUE!.
    const old = await book.run((c) => readSelectedCell(c, { supports: all }));
    expect(old.value).toBe("#VALUE!");
  });
});
