/**
 * Linked KZUZ cards in real Excel (issue 24 item 3): only where the add-in's route is "linked"
 * (ExcelApi 1.19 + CustomFunctionsRuntime 1.5, Excel for Windows 2504+ or Mac 16.96+); elsewhere
 * the scenario records the route this Excel has and checks nothing more (Excel on the web has no
 * linked entities). Where linked: KZUZ's domain is registered with its load service; a linked cell
 * written with only its id and text is filled by Excel through the load service with the
 * project's card, whose investment a formula reads as KZUZ.INVESTMENT gives it; an id the dataset
 * does not hold shows #CONNECT! (Microsoft's "Create linked entity data types in Excel add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values).
 */
import {
  LOAD_FUNCTION_ID,
  PROJECTS_DOMAIN,
  cardRoute,
  investmentValue,
  linkedCellValue,
  registerLinkedDomains,
  type Workbench,
} from "./addin";
import { addTestResult, type ScenarioResult } from "./results";

const SHEET = "KZUZ Linked";

type Cell = { json: Excel.CellValue; value: unknown };

async function readCells(): Promise<Cell[]> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(SHEET).getRange("A1:B2");
    range.load("valuesAsJson, values");
    await context.sync();
    return [
      { json: range.valuesAsJson[0][0], value: range.values[0][0] },
      { json: range.valuesAsJson[1][0], value: range.values[1][0] },
      { json: range.valuesAsJson[0][1], value: range.values[0][1] },
    ];
  });
}

/** The cells once Excel has loaded the first and failed the second, or as they are after `seconds`. */
async function settle(seconds = 30): Promise<Cell[]> {
  const done = (c: Cell[]) =>
    (c[0].json as Excel.LinkedEntityCellValue).properties !== undefined &&
    c[1].json.type === "Error";
  let cells = await readCells();
  for (let i = 0; i < seconds && !done(cells); i++) {
    await new Promise((r) => setTimeout(r, 1000));
    cells = await readCells();
  }
  return cells;
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
  const added = await Excel.run(registerLinkedDomains);
  const domain = await Excel.run(async (context) => {
    const d = context.workbook.linkedEntityDataDomains.getItemOrNullObject(PROJECTS_DOMAIN);
    d.load("loadFunctionId, dataProvider");
    await context.sync();
    return d.isNullObject ? undefined : { load: d.loadFunctionId, provider: d.dataProvider };
  });
  addTestResult(
    results,
    "linked cards: KZUZ's domain is registered",
    PROJECTS_DOMAIN,
    added[0] ?? (domain ? PROJECTS_DOMAIN : "none")
  );
  addTestResult(
    results,
    "linked cards: the domain's load service",
    { load: LOAD_FUNCTION_ID, provider: "KZUZ" },
    domain
  );

  const { index } = bench.store.get();
  const project = index.dataset.projects[0];
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(SHEET);
    sheet.getRange("A1:A2").valuesAsJson = [
      [linkedCellValue(PROJECTS_DOMAIN, project.id, project.name.en, "en-US")],
      [linkedCellValue(PROJECTS_DOMAIN, "no-such-project", "Withdrawn", "en-US")],
    ];
    sheet.getRange("B1").formulas = [["=A1.Investment"]];
    await context.sync();
  });
  const cells = await settle();
  const card = cells[0].json as Excel.LinkedEntityCellValue;
  addTestResult(
    results,
    "linked cards: Excel filled the card through the load service",
    project.name.en,
    card.text
  );
  addTestResult(
    results,
    "linked cards: =A1.Investment is KZUZ.INVESTMENT of the project",
    investmentValue(index, project.name.en, null),
    cells[2].value
  );
  addTestResult(
    results,
    "linked cards: an id the dataset lacks shows #CONNECT!",
    "#CONNECT!",
    cells[1].value
  );
}
