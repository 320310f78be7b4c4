/**
 * The words a reader reads on a chart (title, axis titles, series names, the target's label) are
 * written in the pane's language when the chart is built or rebuilt; its name, the identifier a
 * rebuild finds it by, stays English. Series names are set as text (ChartSeries.name: "Specifies
 * the name of a series in a chart", https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-name-member),
 * not as references to the Dashboard's English header cells.
 */
import fs from "node:fs";
import path from "node:path";
import { DatasetStore } from "../../../src/data/store";
import { INVESTMENT_CHART_NAME, buildInvestmentChart } from "../../../src/excel/charts/investment";
import { TRADE_CHART_NAME, buildTradeChart } from "../../../src/excel/charts/trade";
import * as W from "../../../src/excel/charts/words";
import type { Message } from "../../../src/i18n/message";
import { buildChart } from "../../../src/excel/workbench";
import {
  createTranslator,
  englishTranslator,
  loadMessages,
  type Translator,
} from "../../../src/i18n/translator";
import type { Lang } from "../../../src/i18n/locales";
import { publishedDataset } from "../../support/dataset";
import { createFakeExcel } from "../../support/fake-excel";
import { MemorySettings } from "../../support/office";
import { all, chartNamed, dashboard, cell, index, target, withTables } from "./helpers";

const SAMPLES: Record<keyof typeof W, Message[]> = {
  tradeTitle: [W.tradeTitle(10e9)],
  tradeReported: [W.tradeReported()],
  tradePath: [W.tradePath()],
  tradeSide: [W.tradeSide("KZ"), W.tradeSide("UZ")],
  tradeAxis: [W.tradeAxis()],
  tradeTargetLabel: [W.tradeTargetLabel(10e9, 2030)],
  investmentTitle: [W.investmentTitle()],
  investmentSeries: [W.investmentSeries()],
  investmentAxis: [W.investmentAxis()],
};

const translator = async (lang: Lang): Promise<Translator> =>
  createTranslator(lang, await loadMessages(lang));

test("each chart word is a catalogue message, in English as the chart has always said it, and every key is used", () => {
  expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(W).sort());
  const said = Object.values(SAMPLES).flat();
  expect(said.map((s) => englishTranslator.text(s))).toEqual([
    "Kazakhstan–Uzbekistan trade towards the $10 billion target",
    "Reported turnover (USD bn)",
    "Path to target (USD bn)",
    "Kazakhstan's statistics (USD bn)",
    "Uzbekistan's statistics (USD bn)",
    "USD billion",
    "Target: $10 billion in 2030",
    "Disclosed investment in the joint projects (USD million)",
    "Investment (USD million)",
    "USD million",
  ]);
  const file = path.resolve(__dirname, "../../../src/i18n/messages/en/data.json");
  const keys = Object.keys(JSON.parse(fs.readFileSync(file, "utf8")) as object);
  const used = new Set<string | undefined>(said.map((s) => s.id));
  expect(keys.filter((k) => k.startsWith("data.chartWords.") && !used.has(k))).toEqual([]);
});

describe("a chart built from the pane in Russian", () => {
  test("the trade chart's title, axis, series and target label are Russian; its name and cells stay English", async () => {
    const ru = await translator("ru");
    const { excel } = await withTables();
    await buildTradeChart(excel.context, index, { supports: all, say: (s) => ru.text(s) });
    const chart = chartNamed(excel.workbook, TRADE_CHART_NAME);
    expect(chart.title).toBe(
      "Товарооборот Казахстана и Узбекистана на пути к целевому показателю 10\u00a0млрд\u00a0долл.\u00a0США"
    );
    expect(chart.series.map((s) => s.name)).toEqual([
      "Заявленный товарооборот (млрд долл. США)",
      "Путь к целевому показателю (млрд долл. США)",
      "Статистика Казахстана (млрд долл. США)",
      "Статистика Узбекистана (млрд долл. США)",
    ]);
    expect(chart.valueAxis.title).toBe("млрд долл. США");
    const label = Object.values(chart.series[1].points)[0]?.label?.text;
    expect(label).toBe(
      `Целевой показатель: 10\u00a0млрд\u00a0долл.\u00a0США к ${target.targetYear} году`
    );
    // The Dashboard's cells (headers formulas and code read) stay English.
    expect(cell(dashboard(excel.workbook), "O3")?.value).toBe("Year");
  });

  test("a rebuild in another language replaces the chart (found by its English name) with its words in that language", async () => {
    const [ru, fr] = await Promise.all([translator("ru"), translator("fr")]);
    const { excel } = await withTables();
    await buildInvestmentChart(excel.context, index, { supports: all, say: (s) => ru.text(s) });
    let chart = chartNamed(excel.workbook, INVESTMENT_CHART_NAME);
    expect(chart.title).toBe("Раскрытые инвестиции в совместные проекты (млн долл. США)");
    expect(chart.series.map((s) => s.name)).toEqual(["Инвестиции (млн долл. США)"]);
    expect(chart.valueAxis.title).toBe("млн долл. США");

    await buildInvestmentChart(excel.context, index, { supports: all, say: (s) => fr.text(s) });
    chart = chartNamed(excel.workbook, INVESTMENT_CHART_NAME);
    expect(chart.title).toBe(
      "Investissements communiqués dans les projets communs (millions de dollars)"
    );
    expect(chart.valueAxis.title).toBe("Millions de dollars");
  });

  test("the workbench passes the pane's words to the build (one click, Kazakh, then English)", async () => {
    const kk = await translator("kk");
    const excel = createFakeExcel();
    const bench = {
      store: new DatasetStore(publishedDataset()),
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(excel.context),
      settings: new MemorySettings(),
      baseUrl: "https://addin.example.org/taskpane.html",
      supports: () => true,
    };
    expect((await buildChart(bench, "trade", (s) => kk.text(s))).ok).toBe(true);
    const chart = chartNamed(excel.workbook, TRADE_CHART_NAME);
    expect(chart.valueAxis.title).toBe("млрд АҚШ доллары");
    expect(chart.series[2].name).toBe("Қазақстан статистикасы (млрд АҚШ доллары)");
    // With English words (as the tests and a script give): English.
    expect((await buildChart(bench, "investment", (s) => englishTranslator.text(s))).ok).toBe(true);
    expect(chartNamed(excel.workbook, INVESTMENT_CHART_NAME).title).toBe(
      "Disclosed investment in the joint projects (USD million)"
    );
  });
});
