/**
 * Linked KZUZ cards in real Excel (issue 24 items 1 and 3): only where the add-in's route is
 * "linked" (ExcelApi 1.19 + CustomFunctionsRuntime 1.5, Excel for Windows 2504+ or Mac 16.96+);
 * elsewhere the scenario records the route this Excel has and checks nothing more (Excel on the
 * web has no linked entities). Where linked: KZUZ's three domains (projects, agreements, places)
 * are registered with the one load service; cells written with only an id and text are filled by
 * Excel through the load service with the record's card (a project, an agreement, a place), whose
 * investment a formula reads as KZUZ.INVESTMENT gives it; an id the dataset does not hold is
 * answered on its own, its cell saying it is not in the dataset, while the others load; the
 * Agreements and Projects tables inserted from the pane hold linked cells in Title, Name and
 * Region (Microsoft's "Create linked entity data types in Excel add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values).
 */
import {
  AGREEMENTS_DOMAIN,
  LOAD_FUNCTION_ID,
  PLACES_DOMAIN,
  PROJECTS_DOMAIN,
  cardRoute,
  insertTables,
  investmentValue,
  linkedCellValue,
  registerLinkedDomains,
  tableOf,
  type Workbench,
} from "./addin";
import { addTestResult, type ScenarioResult } from "./results";

const SHEET = "KZUZ Linked";

type Cell = { json: Excel.CellValue; value: unknown };

/** A1:A4 (a project, an unknown project, an agreement, a place) and B1 (=A1.Investment). */
async function readCells(): Promise<Cell[]> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(SHEET).getRange("A1:B4");
    range.load("valuesAsJson, values");
    await context.sync();
    const json = range.valuesAsJson;
    const values = range.values;
    return [0, 1, 2, 3]
      .map((r) => ({ json: json[r][0], value: values[r][0] }))
      .concat({ json: json[0][1], value: values[0][1] });
  });
}

/** The cells once Excel has loaded all four, or as they are after `seconds`. */
async function settle(seconds = 30): Promise<Cell[]> {
  const loaded = (c: Cell) => (c.json as Excel.LinkedEntityCellValue).properties !== undefined;
  let cells = await readCells();
  for (let i = 0; i < seconds && !cells.slice(0, 4).every(loaded); i++) {
    await new Promise((r) => setTimeout(r, 1000));
    cells = await readCells();
  }
  return cells;
}

/** A table column's cells as valuesAsJson reads them, by row ID. */
async function columnJson(key: "projects" | "agreements", header: string) {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(tableOf(key).tableName);
    const head = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values");
    await context.sync();
    const column = body.getColumn(head.values[0].indexOf(header)).load("valuesAsJson");
    await context.sync();
    const idAt = head.values[0].indexOf("ID");
    return new Map(
      body.values.map((row, r) => [
        String(row[idAt]),
        column.valuesAsJson[r][0] as Partial<Excel.LinkedEntityCellValue>,
      ])
    );
  });
}

export async function linkedCards(results: ScenarioResult[], bench: Workbench): Promise<void> {
  const route = cardRoute();
  if (route !== "linked") {
    addTestResult(
      results,
      `linked cards: not this Excel's route (it has "${route}")`,
      route,
      route
    );
    return;
  }
  await Excel.run(registerLinkedDomains);
  const domains = await Excel.run(async (context) => {
    const ids = [PROJECTS_DOMAIN, AGREEMENTS_DOMAIN, PLACES_DOMAIN];
    const found = ids.map((id) =>
      context.workbook.linkedEntityDataDomains
        .getItemOrNullObject(id)
        .load("loadFunctionId, dataProvider")
    );
    await context.sync();
    return found.map((d, i) =>
      d.isNullObject ? `${ids[i]}: none` : `${ids[i]}: ${d.dataProvider} ${d.loadFunctionId}`
    );
  });
  addTestResult(
    results,
    "linked cards: KZUZ's three domains are registered with the one load service",
    [PROJECTS_DOMAIN, AGREEMENTS_DOMAIN, PLACES_DOMAIN].map(
      (id) => `${id}: KZUZ ${LOAD_FUNCTION_ID}`
    ),
    domains
  );

  const { index } = bench.store.get();
  const project = index.dataset.projects[0];
  const agreement = index.dataset.agreements[0];
  const place = index.dataset.places.find((p) => p.kind === "region")!;
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(SHEET);
    sheet.getRange("A1:A4").valuesAsJson = [
      [linkedCellValue(PROJECTS_DOMAIN, project.id, project.name.en, "en-US")],
      [linkedCellValue(PROJECTS_DOMAIN, "no-such-project", "Withdrawn", "en-US")],
      [linkedCellValue(AGREEMENTS_DOMAIN, agreement.id, agreement.title.en, "en-US")],
      [linkedCellValue(PLACES_DOMAIN, place.id, place.name, "en-US")],
    ];
    sheet.getRange("B1").formulas = [["=A1.Investment"]];
    await context.sync();
  });
  const cells = await settle();
  const text = (c: Cell) => (c.json as Excel.LinkedEntityCellValue).text;
  addTestResult(
    results,
    "linked cards: Excel filled the project's card through the load service",
    project.name.en,
    text(cells[0])
  );
  addTestResult(
    results,
    "linked cards: =A1.Investment is KZUZ.INVESTMENT of the project",
    investmentValue(index, project.name.en, null),
    cells[4].value
  );
  addTestResult(
    results,
    "linked cards: an id the dataset lacks says so in its cell, and does not fail the others",
    `Not in the KZUZ dataset ${index.dataset.version}: no-such-project`,
    text(cells[1])
  );
  addTestResult(
    results,
    "linked cards: an agreement's card, loaded",
    [agreement.title.en, agreement.id],
    [text(cells[2]), (cells[2].json as Excel.LinkedEntityCellValue).properties?.ID?.basicValue]
  );
  addTestResult(
    results,
    "linked cards: a place's card, loaded",
    [place.name, place.id],
    [text(cells[3]), (cells[3].json as Excel.LinkedEntityCellValue).properties?.ID?.basicValue]
  );

  // The tables inserted from the pane: linked cells in Agreements' Title and Projects' Region.
  const on = { ...bench, cards: { wanted: true, lang: "en", culture: "en-US" } };
  const inserted = await insertTables(on, ["projects", "agreements"]);
  addTestResult(results, "linked cards: the tables are inserted", true, inserted.ok);
  const titles = await columnJson("agreements", "Title");
  const title = titles.get(agreement.id);
  addTestResult(
    results,
    "linked cards: an Agreements title is a linked agreement",
    ["LinkedEntity", AGREEMENTS_DOMAIN, agreement.id, agreement.title.en],
    [title?.type, title?.id?.domainId, title?.id?.entityId, title?.text]
  );
  const regions = await columnJson("projects", "Region");
  const withRegion = index.dataset.projects.find((p) => p.locations.some((l) => l.region));
  const region = withRegion && regions.get(withRegion.id);
  addTestResult(
    results,
    "linked cards: a Projects region is a linked place",
    ["LinkedEntity", PLACES_DOMAIN],
    [region?.type, region?.id?.domainId]
  );
  const off = await insertTables({ ...bench, cards: { wanted: false, lang: "en" } }, [
    "projects",
    "agreements",
  ]);
  addTestResult(results, "linked cards: turned off, the tables are text again", true, off.ok);
}
