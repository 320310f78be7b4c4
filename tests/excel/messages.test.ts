/**
 * Every sentence the Excel layer says (src/excel/messages.ts) is an id and values: each id is in
 * every catalogue, given every placeholder its message uses. Each function is called with its
 * plural and select variants; every data.excel.* key is covered; the English is checked where
 * the layer's behaviour is tested (workbench, history, share, charts).
 */
import fs from "node:fs";
import path from "node:path";
import * as M from "../../src/excel/messages";
import { joined, localized, plain, type Message } from "../../src/i18n/message";
import { createTranslator, loadMessages } from "../../src/i18n/translator";
import { english } from "../support/english";
import { idsIn, messageProblems } from "../support/messages";

const dataError: Message = plain("The server answered 404 Not Found.");
const SAMPLES: Record<keyof typeof M, Message[]> = {
  actionInsert: [M.actionInsert()],
  actionRefresh: [M.actionRefresh()],
  actionChart: [M.actionChart("trade"), M.actionChart("investment")],
  busy: [
    M.busy(M.actionRefresh(), M.actionInsert()),
    M.busy(M.actionChart("investment"), M.actionRefresh()),
  ],
  failed: [M.failed("TypeError: x is undefined")],
  tablesUnsupported: [M.tablesUnsupported("ExcelApi 1.7")],
  insertPartly: [M.insertPartly("GeneralException: read-only")],
  insertFailed: [M.insertFailed("GeneralException: read-only")],
  refreshKeep: [M.refreshKeep("2026.12.0", "2026-11-27")],
  refreshNotLoaded: [M.refreshNotLoaded(dataError)],
  refreshIgnored: [M.refreshIgnored(["KZUZ_Trade"]), M.refreshIgnored(["KZUZ_Trade", "Mine"])],
  refreshNoTables: [M.refreshNoTables()],
  viewNotRestored: [
    M.viewNotRestored("filter", ["KZUZ_Trade"]),
    M.viewNotRestored("sort", ["KZUZ_Trade", "KZUZ_Projects"]),
  ],
  refreshSame: [M.refreshSame("2026.12.1", "2026-11-30")],
  refreshReplaced: [M.refreshReplaced("2026.12.1", "2026-11-30", "2026.12.0")],
  refreshNotUpdated: [M.refreshNotUpdated("InvalidArgument")],
  refreshNotPutBack: [M.refreshNotPutBack("a", "b")],
  refreshPutBack: [M.refreshPutBack("a")],
  refreshRestored: [M.refreshRestored("a")],
  refreshEditedDeleting: [M.refreshEditedDeleting("KZUZ_Trade")],
  refreshRowsMoved: [M.refreshRowsMoved()],
  chartKept: [M.chartKept("a", "trade", "KZUZ Dashboard")],
  chartPartly: [M.chartPartly("a", "investment", "KZUZ Dashboard", "A1:B2, D4")],
  sheetProtected: [
    M.sheetProtected("KZUZ Trade", "Refresh"),
    M.sheetProtected("KZUZ Trade", "Insert"),
  ],
  tableEdited: [M.tableEdited("KZUZ_Trade", "Refresh"), M.tableEdited("KZUZ_Trade", "Insert")],
  noIdColumn: [M.noIdColumn("projects", "KZUZ_Projects"), M.noIdColumn("targets", "T")],
  notOurs: [M.notOurs("sources", "KZUZ_Sources"), M.notOurs("agreements", "KZUZ_Agreements")],
  blank: [M.blank()],
  amount: [M.amount(4.4e9, true), M.amount(12345, false)],
  created: [M.created("projects", "KZUZ_Projects", 1), M.created("trade", "KZUZ_Trade", 1234)],
  updatedCount: [M.updatedCount(2)],
  addedCount: [M.addedCount(1234)],
  removedCount: [M.removedCount(1)],
  keptCount: [M.keptCount(3)],
  counted: [
    M.counted("trade", joined(", ", [M.updatedCount(2), M.addedCount(1)])),
    M.counted("sources", joined(", ", [M.removedCount(1)])),
  ],
  noChange: [M.noChange("targets")],
  columnsBack: [M.columnsBack(["Domain"]), M.columnsBack(["Domain", "Sector"])],
  kept: [
    M.kept("projects", [localized({ en: "Road", ru: "Дорога" })], 1, "KZUZ status"),
    M.kept("trade", [plain("2024 (stat.uz)"), plain("2023 (stat.gov.kz)")], 2, "KZUZ status"),
    M.kept("agreements", [plain("a"), plain("b"), plain("c")], 5, "KZUZ status"),
  ],
  clashed: [M.clashed(["t-1"]), M.clashed(["t-1", "t-2"])],
  revised: [
    M.revised(plain("2024 (pinkod.uz)"), "turnover", M.amount(4e9, true), M.amount(4.4e9, true)),
    M.revised(M.targetRow("2030"), "status", plain("“planned”"), M.blank()),
  ],
  details: [
    M.details(joined("; ", [M.revised(plain("a"), "b", M.blank(), plain("“x”"))]), 0),
    M.details(joined("; ", [M.revised(plain("a"), "b", M.blank(), plain("“x”"))]), 1),
    M.details(joined("; ", [M.revised(plain("a"), "b", M.blank(), plain("“x”"))]), 4),
  ],
  targetRow: [M.targetRow("2030")],
  changeListFailed: [M.changeListFailed("KZUZ Changes", "AccessDenied")],
  changeListWritten: [M.changeListWritten("KZUZ Changes")],
  restoreNone: [M.restoreNone()],
  restoreNotKept: [M.restoreNotKept("2026.12.0", "2026-11-27")],
  shareNotRead: [M.shareNotRead("selection", "x"), M.shareNotRead("workbook", "x")],
  shareFailed: [M.shareFailed("x")],
  shareProtected: [M.shareProtected("Report, Other")],
  shareFailedListed: [M.shareFailedListed("x", "KZUZ Formula Sources")],
  shareNone: [M.shareNone("selection"), M.shareNone("workbook")],
  shareSkipped: [M.shareSkipped(1, "#BUSY!", "Sheet1!A1"), M.shareSkipped(4, "#N/A", "A1, A2…")],
  shareListed: [
    M.shareListed("2026.12.1", "2026-11-30", true, "KZUZ Formula Sources"),
    M.shareListed("2026.12.1", "2026-11-30", false, "KZUZ Formula Sources"),
  ],
  chartUnsupported: [M.chartUnsupported("1.7")],
  chartNoHeadline: [M.chartNoHeadline()],
  chartTargetNoYear: [M.chartTargetNoYear()],
  chartNeedsTradeTable: [M.chartNeedsTradeTable("KZUZ_Trade")],
  chartInsertedTradeTable: [M.chartInsertedTradeTable("KZUZ_Trade")],
  chartTradeColumns: [
    M.chartTradeColumns("KZUZ_Trade", '"Year"', 1),
    M.chartTradeColumns("KZUZ_Trade", '"Year" and "Value"', 2),
  ],
  chartNoAmounts: [M.chartNoAmounts("KZUZ Dashboard", "not disclosed")],
  chartBuilt: [M.chartBuilt("KZUZ Trade chart", "KZUZ Dashboard")],
  chartSkipped: [
    M.chartSkipped([M.chartSkippedLabelText("1.18")]),
    M.chartSkipped([M.chartSkippedLabelText("1.18"), plain("b")]),
  ],
  chartSkippedLabelText: [M.chartSkippedLabelText("1.18")],
  shareConverted: [
    M.shareConverted(1, "selection"),
    M.shareConverted(3, "workbook"),
    M.shareConverted(0, "workbook"),
  ],
};

const all = Object.values(SAMPLES).flat();

test("each message's ids are in every catalogue, with every placeholder given", () => {
  expect(all.flatMap(messageProblems)).toEqual([]);
});

test("English: sums as the pane writes them, a day as ISO, nested sentences whole", () => {
  expect(english(M.amount(4.4e9, true))).toBe("$4.4 billion");
  expect(english(M.amount(12345, false))).toBe("12,345");
  expect(english(M.refreshKeep("2026.12.0", "2026-11-27"))).toBe(
    "The workbook and formulas still use dataset 2026.12.0 (as of 2026-11-27)."
  );
  expect(english(M.busy(M.actionRefresh(), M.actionInsert()))).toBe(
    "Busy: a refresh is still running, so inserting tables was not started. Nothing was changed; try again when it finishes."
  );
});

test("the samples call every message function and cover every data.excel key", () => {
  expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(M).sort());
  const file = path.resolve(__dirname, "../../src/i18n/messages/en/data.json");
  const keys = Object.keys(JSON.parse(fs.readFileSync(file, "utf8")) as object);
  const covered = new Set<string>();
  for (const s of all) idsIn(s, covered);
  expect(keys.filter((k) => k.startsWith("data.excel.") && !covered.has(k))).toEqual([]);
});

test("in Russian: plural forms, the table's name and the sheet's English name", async () => {
  const ru = createTranslator("ru", await loadMessages("ru"));
  expect(ru.text(M.created("trade", "KZUZ_Trade", 3))).toBe(
    "Торговля: вставлена таблица KZUZ_Trade, 3 строки."
  );
  expect(ru.text(M.created("trade", "KZUZ_Trade", 1234))).toBe(
    "Торговля: вставлена таблица KZUZ_Trade, 1\u00a0234 строки."
  );
  expect(ru.text(M.shareConverted(5, "selection"))).toBe(
    "5 формул KZUZ в выделенных ячейках заменены своими значениями."
  );
  // A project's name from the dataset in the reader's language; English where it has none.
  const road = localized({ en: "Road", ru: "Дорога" });
  expect(ru.text(M.kept("projects", [road, plain("Plant")], 2, "KZUZ status"))).toBe(
    "2 строки таблицы «Проекты» больше не входят в набор данных, но оставлены, потому что вы вписали в них данные: Дорога, Plant; об этом говорят их ячейки «KZUZ status»."
  );
  expect(ru.text(M.revised(M.targetRow("2030"), "value", M.blank(), plain("“x”")))).toBe(
    "целевой показатель на 2030: value — исправлено пусто → “x”"
  );
  expect(ru.text(M.changeListWritten("KZUZ Changes"))).toBe(
    "Все изменения перечислены на листе KZUZ Changes, новые сверху."
  );
  // A day in words, an amount the Russian way.
  expect(ru.text(M.refreshKeep("2026.12.0", "2026-11-27"))).toBe(
    "Книга и формулы по-прежнему используют набор данных 2026.12.0 (на 27 ноября 2026 г.)."
  );
  expect(
    ru.text(M.revised(plain("2024"), "turnover", M.amount(4e9, true), M.amount(4.4e9, true)))
  ).toBe(
    "2024: turnover — исправлено 4\u00a0млрд\u00a0долл.\u00a0США → 4,4\u00a0млрд\u00a0долл.\u00a0США"
  );
});

test("in Kazakh: a protected sheet names the action to repeat", async () => {
  const kk = createTranslator("kk", await loadMessages("kk"));
  expect(kk.text(M.sheetProtected("KZUZ Trade", "Insert"))).toBe(
    "KZUZ Trade парағы қорғалған: қорғауды алып тастаңыз (Рецензиялау › Парақтан қорғауды алу; ағылшынша Review › Unprotect Sheet), содан кейін кірістіруді қайталаңыз. Ештеңе өзгертілген жоқ."
  );
});
