import { seriesPoints, seriesUsed, sourceFor, tradeForYear } from "../../../src/data/query";
import { datasetViews } from "../../../src/data/views";
import type { SelectedCell } from "../../../src/excel/selection";
import { investmentValue } from "../../../src/formulas/compute";
import { englishTranslator as en, loadTranslator } from "../../../src/i18n/translator";
import { explainCell, referencesOf } from "../../../src/taskpane/explain/explain";
import { freshStore, unwrap } from "../../support/dataset";

const snapshot = freshStore().get();
const { index } = snapshot;

function cell(formula: string, extra: Partial<SelectedCell> = {}): SelectedCell {
  return {
    address: "Sheet1!B2",
    sheet: "Sheet1",
    formula,
    value: 0,
    references: new Map(),
    ...extra,
  };
}

function formulaOf(c: SelectedCell) {
  const e = explainCell(en, snapshot, c, undefined, {});
  if (e.kind !== "formula") throw new Error(`expected a formula explanation, got ${e.kind}`);
  return e;
}

test("a KZUZ formula: its arguments, the answer recomputed, the record and its sources", () => {
  const point = unwrap(tradeForYear(index, 2025, "UZ"));
  const e = formulaOf(cell('=KZUZ.TRADE(2025,"UZ")', { value: point.usd }));
  expect(e.shown).toBe(point.usd);
  const [call] = e.calls;
  expect(call.args).toEqual([
    { label: "Year", text: "2025" },
    { label: "Reporter", text: "“UZ”" },
  ]);
  expect(call.answer).toMatchObject({
    kind: "value",
    note: `The cell holds ${point.usd} (US dollars).`,
  });
  expect(call.records).toEqual([
    expect.objectContaining({ table: "Bilateral trade", id: point.observation.id }),
  ]);
  expect(call.records[0].name).toContain("2025");
  expect(call.sources.map((s) => s.id)).toEqual(
    unwrap(sourceFor(index, point.observation.id)).map((s) => s.id)
  );
  expect(call.sources.length).toBeGreaterThan(0);
});

test("an argument from a cell is read from that cell", () => {
  const e = formulaOf(
    cell("=KZUZ.INVESTMENT(A2)/1e6", { references: new Map([["A2", "Kashka-Daria"]]) })
  );
  const [call] = e.calls;
  expect(call.args).toEqual([{ label: "Query", text: "from cell A2: “Kashka-Daria”" }]);
  expect(investmentValue(index, "Kashka-Daria", null)).toBe(250_000_000);
  expect(call.answer).toMatchObject({ kind: "value", text: "$250 million" });
  expect(call.records.map((r) => r.id)).toContain("lab-complex-kashkadarya");
  expect(call.sources.length).toBeGreaterThan(0);
});

test("an argument the pane cannot read: no recomputed answer, and it says why", () => {
  const e = formulaOf(cell("=KZUZ.TRADE(YEAR(TODAY())-1)"));
  expect(e.calls[0].args).toEqual([{ label: "Year", text: "the calculation YEAR(TODAY())-1" }]);
  expect(e.calls[0].answer).toBeUndefined();
  expect(e.calls[0].why).toMatch(/cannot recompute/);
  const unread = formulaOf(cell("=KZUZ.TRADE(Gone!A1)"));
  expect(unread.calls[0].args[0].text).toBe("from cell Gone!A1, which the pane could not read");
  expect(unread.calls[0].answer).toBeUndefined();
});

test("a formula that gives an error shows the error and its message, and no sources", () => {
  const [call] = formulaOf(cell('=KZUZ.INVESTMENT("Tashkent")')).calls;
  expect(call.answer).toMatchObject({ kind: "error", code: "#N/A" });
  expect(call.answer?.kind === "error" && call.answer.message).toMatch(
    /not disclosed|undisclosed/i
  );
  expect(call.sources).toEqual([]);
});

test("a reporter's year without a full-year figure: #N/A saying what that reporter gave", () => {
  // 2026.12.0: Uzbekistan's statistics for 2024 cover January–November only.
  const [call] = formulaOf(cell('=KZUZ.TRADE(2024,"UZ")')).calls;
  expect(call.answer).toMatchObject({ kind: "error", code: "#N/A" });
  expect(call.answer?.kind === "error" && call.answer.message).toMatch(
    /^No full-year figure for 2024 comes from Uzbekistan's statistics\. Only January–November 2024 was reported/
  );
  expect(call.records).toEqual([]);
});

test("a reporter's trade history shows that reporter's records, not the headline series", () => {
  const kz = seriesPoints(index, "KZ").map((p) => p.observation.id);
  const [call] = formulaOf(cell('=KZUZ.TRADEHISTORY(,,FALSE,"KZ")')).calls;
  expect(call.args.map((a) => a.label)).toEqual(["From year", "To year", "Headers", "Reporter"]);
  expect(call.records.map((r) => r.id)).toEqual(kz);
  const headline = formulaOf(cell("=KZUZ.TRADEHISTORY()")).calls[0].records.map((r) => r.id);
  expect(headline).not.toEqual(kz);
});

test('SOURCE("progress"): the sources of the series PROGRESS uses', () => {
  const [call] = formulaOf(cell('=KZUZ.SOURCE("progress")')).calls;
  expect(call.answer).toMatchObject({ kind: "value" });
  const series = seriesUsed(index, "progress");
  expect(series?.sources.length).toBeGreaterThan(0);
  expect(call.sources.map((s) => s.id)).toEqual(series?.sources.map((s) => s.id));
});

test("an unknown KZUZ function is named as such", () => {
  const [call] = formulaOf(cell("=KZUZ.NOPE(1)")).calls;
  expect(call.why).toBe("KZUZ.NOPE is not a function of this add-in.");
});

const project = snapshot.dataset.projects[0];
function projectRow(tableId: string, tableName: string, id = project.id): SelectedCell {
  return cell("Some text", {
    row: {
      tableId,
      tableName,
      headers: ["ID", "Name", "Status"],
      values: [id, project.name.en, project.status],
    },
  });
}

test("a row of KZUZ_Projects: the record it holds and its sources", () => {
  const e = explainCell(en, snapshot, projectRow("{1}", "KZUZ_Projects"), undefined, {});
  if (e.kind !== "row") throw new Error(e.kind);
  expect(e.table.key).toBe("projects");
  expect(e.name).toBe(project.name.en);
  expect(e.fields).toEqual([
    { label: "ID", text: project.id },
    { label: "Name", text: project.name.en },
    { label: "Status", text: project.status },
  ]);
  expect(e.sources.map((s) => s.id)).toEqual(unwrap(sourceFor(index, project.id)).map((s) => s.id));
  expect(e.stale).toBeUndefined();
});

test("a KZUZ table renamed by the user is still known by the id the workbook recorded", () => {
  const e = explainCell(en, snapshot, projectRow("{7}", "Projects2"), undefined, {
    projects: "{7}",
  });
  expect(e.kind).toBe("row");
  expect(explainCell(en, snapshot, projectRow("{8}", "Projects2"), undefined, {}).kind).toBe(
    "none"
  );
});

test("a row whose record is not in the dataset in force says so", () => {
  const e = explainCell(
    en,
    snapshot,
    projectRow("{1}", "kzuz_projects", "typed-by-hand"),
    undefined,
    {}
  );
  if (e.kind !== "row") throw new Error(e.kind);
  expect(e.stale).toBe(
    `This row's record (typed-by-hand) is not in dataset ${snapshot.dataset.version} (as of ${snapshot.dataset.asOf}). Refresh the tables, or check whether the row was added by hand.`
  );
  expect(e.sources).toEqual([]);
});

test("any other cell: nothing to explain", () => {
  expect(explainCell(en, snapshot, cell("=SUM(A1:A3)"), undefined, {})).toEqual({
    kind: "none",
    address: "Sheet1!B2",
  });
});

test("the cells to read with a formula are its KZUZ calls' single-cell arguments", () => {
  expect(referencesOf("=KZUZ.TRADE(A2,'In'!B3)+SUM(C1)")).toEqual([
    { text: "A2", sheet: undefined, address: "A2" },
    { text: "'In'!B3", sheet: "In", address: "B3" },
  ]);
});

test("a cell of a spilled table is explained by the formula that spills it", () => {
  const e = formulaOf(
    cell("logistics", {
      address: "Sheet1!C4",
      value: "logistics",
      spillParent: { address: "Sheet1!B2", formula: '=KZUZ.PROJECTS("Tashkent region")' },
    })
  );
  expect(e.spilledFrom).toBe("Sheet1!B2");
  expect(e.calls[0].name).toBe("PROJECTS");
  expect(e.calls[0].answer).toMatchObject({
    kind: "value",
    text: expect.stringMatching(/^A table of/),
  });
  expect(
    formulaOf(cell("=KZUZ.ASOF()", { spillParent: { address: "X", formula: "=KZUZ.TARGET()" } }))
      .spilledFrom
  ).toBeUndefined();
});

test("in Russian: arguments, the reason for no answer and a stale row in Russian", async () => {
  const ru = await loadTranslator("ru");
  const e = explainCell(
    ru,
    snapshot,
    cell("=KZUZ.INVESTMENT(A2,C1+1)", { references: new Map([["A2", 0.5]]) }),
    undefined,
    {}
  );
  if (e.kind !== "formula") throw new Error(e.kind);
  expect(e.calls[0].args).toEqual([
    { label: "Запрос", text: "из ячейки A2: 0,5" },
    { label: "Единица", text: "вычисление C1+1" },
  ]);
  expect(e.calls[0].why).toMatch(/^Один из аргументов — вычисление/);
  const stale = explainCell(ru, snapshot, projectRow("{1}", "KZUZ_Projects", ""), undefined, {});
  if (stale.kind !== "row") throw new Error(stale.kind);
  expect(stale.name).toBe("эта строка");
  expect(stale.fields.map((f) => f.label)).toEqual(["ID", "Название", "Статус"]);
  expect(stale.stale).toBe(
    `Записи этой строки нет в наборе данных ${snapshot.dataset.version} (по состоянию на ${snapshot.dataset.asOf}). Обновите таблицы или проверьте, не добавлена ли строка вручную.`
  );
});

describe("issue 20: Explain says whose series PROGRESS and REQUIREDGROWTH use, and what is unverified", () => {
  test("PROGRESS() names the headline series, the year and its reporter", () => {
    const [call] = formulaOf(cell("=KZUZ.PROGRESS()", { value: 0.497 })).calls;
    expect(call.notes).toEqual([
      "Uses the headline series, 2025: Uzbekistan's statistics, $4.97 billion.",
    ]);
    expect(call.records.map((r) => r.id)).toEqual([
      "trade-2025-uz-trade-ministry",
      "target-10bn-2030",
    ]);
  });

  test("REQUIREDGROWTH(, \"KZ\") names Kazakhstan's own series, in the reader's language", async () => {
    const [call] = formulaOf(cell('=KZUZ.REQUIREDGROWTH(,"KZ")')).calls;
    expect(call.notes).toEqual(["Uses Kazakhstan's statistics only, 2023: $4.4 billion."]);
    const ru = await loadTranslator("ru");
    const e = explainCell(ru, snapshot, cell('=KZUZ.PROGRESS(2023,"UZ")'), undefined, {});
    if (e.kind !== "formula") throw new Error("expected a formula");
    expect(e.calls[0].notes?.[0]).toMatch(
      /^Используются только данные: статистика Узбекистана, 2023 год: 4,4 млрд /
    );
  });

  test("an unverified agreement is marked wherever Explain names it", () => {
    const [call] = formulaOf(cell('=KZUZ.AGREEMENTS("energy")')).calls;
    const energy = call.records.find((r) => r.id === "memorandum-energy");
    expect(energy?.unverified).toBe(
      "Unverified: no source that can be opened confirms this record."
    );
    expect(
      call.records.find((r) => r.id === "agreement-zharkyn-exploration-2025")?.unverified
    ).toBe(undefined);
  });
});

test("G11: a cell of a KZUZ table that differs from the dataset says what the dataset says", async () => {
  const trade = datasetViews(index).find((v) => v.key === "trade")!;
  const record = trade.rows.find((r) => r.id === "trade-2024-pinkod")!;
  const headers = trade.columns.map((c) => c.header);
  const values = record.cells.map((v) => v ?? "");
  const turnover = headers.indexOf("Turnover (USD)");
  const dataset = record.cells[turnover] as number;
  values[turnover] = 9_999_999_999;
  const row = cell("9999999999", {
    row: { tableId: "{3}", tableName: "KZUZ_Trade", headers, values },
  });
  const e = explainCell(en, snapshot, row, undefined, {});
  if (e.kind !== "row") throw new Error(e.kind);
  const field = e.fields[turnover];
  // The changed amount, too, as the pane writes sums.
  expect(field.text).toBe(en.usd(9_999_999_999));
  expect(field.note).toBe(`The dataset says ${en.usd(dataset)}; this cell was changed.`);
  expect(field.note).toMatch(/\$4\.3 billion/);
  // The other cells hold the dataset's values: no note.
  expect(e.fields.filter((f) => f.note !== undefined)).toHaveLength(1);
  const ru = await loadTranslator("ru");
  const inRussian = explainCell(ru, snapshot, row, undefined, {});
  if (inRussian.kind !== "row") throw new Error(inRussian.kind);
  expect(inRussian.fields[turnover].note).toMatch(/^В наборе данных: .+; эта ячейка изменена\.$/);
});

describe("a row's values as the pane writes them, never as quoted raw cells (review: “355410000”)", () => {
  const rowOf = (key: "projects" | "agreements", id: string, extra?: [string, unknown]) => {
    const view = datasetViews(index).find((v) => v.key === key)!;
    const record = view.rows.find((r) => r.id === id)!;
    const headers = view.columns.map((c) => c.header);
    const values: unknown[] = record.cells.map((v) => v ?? "");
    if (extra) {
      headers.push(extra[0]);
      values.push(extra[1]);
    }
    const name = key === "projects" ? "KZUZ_Projects" : "KZUZ_Agreements";
    const e = explainCell(
      en,
      snapshot,
      cell("x", { row: { tableId: "{1}", tableName: name, headers, values } }),
      undefined,
      {}
    );
    if (e.kind !== "row") throw new Error(e.kind);
    return (label: string) => e.fields.find((f) => f.label === label)!;
  };

  test("a project's amount with its unit, its jobs as a number, its source address as a link", () => {
    const icic = snapshot.dataset.projects.find((p) => p.investment.usd === 355_410_000)!;
    const field = rowOf("projects", icic.id, ["My note", 1234.5]);
    expect(field("Investment (USD)").text).toBe("$355.41 million");
    expect(field("Name").text).toBe(icic.name.en);
    const url = field("Source URL");
    expect(url.href).toMatch(/^https:\/\//);
    expect(url.text).toBe(url.href);
    // A column of the user's own: as the cell holds it.
    expect(field("My note").text).toBe("1234.5");
    for (const label of ["ID", "Name", "Status", "Investment (USD)"])
      expect(field(label).text).not.toMatch(/^[“"«]/);
  });

  test("an agreement's date in words, as the record cards write it", () => {
    const agreement = snapshot.dataset.agreements.find((a) =>
      /^\d{4}-\d{2}-\d{2}$/.test(a.date ?? "")
    )!;
    const field = rowOf("agreements", agreement.id);
    expect(field("Date").text).toBe(en.date(agreement.date!));
    expect(field("Date").text).not.toBe(agreement.date);
  });
});
