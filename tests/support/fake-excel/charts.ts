/**
 * Charts: charts.add makes a series per column (or row) of its source, named by a text header
 * row; series values and categories are recorded as range addresses; a point outside a series, an
 * unknown chart type or legend position is refused at sync, as Excel refuses them; charts.load
 * ("items/name") makes the charts' names readable after the sync.
 */
import { addressOf, parseAddress } from "./address";
import {
  newId,
  type ChartAxisModel,
  type ChartModel,
  type ChartSeriesModel,
  type Rect,
  type SheetModel,
} from "./model";
import { rectOf } from "./ranges";
import type { Session } from "./session";

/** The chart types the code under test may use; anything else is refused, as a typo would be. */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "Pie",
  "Area",
  "XYScatter",
]);
const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]);

function checkChartType(type: string): void {
  if (!CHART_TYPES.has(type)) throw new Error(`InvalidArgument: unknown chart type ${type}`);
}

function newSeries(name: string, values = ""): ChartSeriesModel {
  return { name, values, line: {}, points: {} };
}

/** The series Excel makes from a source range: one per column (or row), named by a text header. */
function seriesFromSource(rect: Rect, seriesBy: string | undefined): ChartSeriesModel[] {
  const byRows = seriesBy === "Rows";
  const count = byRows ? rect.rows : rect.cols;
  const length = byRows ? rect.cols : rect.rows;
  const at = (k: number, i: number) =>
    byRows ? rect.sheet.get(rect.r0 + k, rect.c0 + i) : rect.sheet.get(rect.r0 + i, rect.c0 + k);
  const header =
    length > 1 &&
    Array.from({ length: count }, (_, k) => at(k, 0)).every(
      (c) => c !== undefined && !c.formula && typeof c.value === "string" && c.value !== ""
    );
  return Array.from({ length: count }, (_, k) => {
    const skip = header ? 1 : 0;
    const values: Rect = byRows
      ? { ...rect, r0: rect.r0 + k, rows: 1, c0: rect.c0 + skip, cols: rect.cols - skip }
      : { ...rect, c0: rect.c0 + k, cols: 1, r0: rect.r0 + skip, rows: rect.rows - skip };
    return newSeries(header ? String(at(k, 0)?.value) : `Series${k + 1}`, addressOf(values));
  });
}

/** Number of points in a series: the cells of its values. */
function pointCount(series: ChartSeriesModel): number {
  if (!series.values) return 0;
  const a = parseAddress(series.values);
  return (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1);
}

export function chartsProxy(session: Session, s: () => SheetModel) {
  let loaded: Excel.Chart[] | undefined;
  return {
    add: (type: string, source: Excel.Range, seriesBy?: string) => {
      let chart: ChartModel | undefined;
      session.op("charts.add", () => {
        checkChartType(type);
        const rect = rectOf(source);
        if (rect.sheet !== s())
          throw new Error("InvalidArgument: the source is not on the chart's sheet");
        const id = newId();
        chart = {
          id: `{chart-${id}}`,
          name: `Chart ${id}`,
          type,
          title: "",
          source: addressOf(rect),
          seriesBy,
          series: seriesFromSource(rect, seriesBy),
          valueAxis: {},
          categoryAxis: {},
          legend: {},
        };
        s().charts.push(chart);
      });
      return chartProxy(session, () => chart, s);
    },
    getItem: (name: string) =>
      chartProxy(
        session,
        () => {
          const found = s().charts.find((c) => c.name === name);
          if (!found) throw new Error(`ItemNotFound: no chart named ${name}`);
          return found;
        },
        s
      ),
    getItemOrNullObject: (name: string) =>
      chartProxy(
        session,
        () => {
          try {
            return s().charts.find((c) => c.name === name);
          } catch {
            return undefined;
          }
        },
        s
      ),
    /** Loads the charts as they are at the next sync (their names and ids readable). */
    load: (what?: string) => {
      if (what !== undefined && !/^items(\/\w+)?(,\s*items\/\w+)*$/.test(what))
        throw new Error(`unexpected load ${what}`);
      session.op("charts.load", () => {
        loaded = s().charts.map((model) => {
          const chart = chartProxy(session, () => model, s);
          chart.load("name, id, chartType");
          return chart;
        });
      });
    },
    get items(): Excel.Chart[] {
      if (!loaded) throw new Error("PropertyNotLoaded: load the charts and sync first");
      return loaded;
    },
  };
}

function chartProxy(
  session: Session,
  resolve: () => ChartModel | undefined,
  s: () => SheetModel
): Excel.Chart {
  const c = () => {
    const m = resolve();
    if (!m) throw new Error("ItemNotFound: the chart does not exist");
    return m;
  };
  const seriesAt = (index: () => number) => {
    const list = c().series;
    const i = index();
    if (i < 0 || i >= list.length) throw new Error(`InvalidArgument: no series ${i}`);
    return list[i];
  };
  const pointProxy = (series: () => ChartSeriesModel, i: number) => {
    const p = () => {
      const model = series();
      if (i < 0 || i >= pointCount(model))
        throw new Error(`InvalidArgument: series "${model.name}" has no point ${i}`);
      return (model.points[i] ??= { label: {} });
    };
    return session.proxy<Excel.ChartPoint>(
      () => ({}),
      {
        dataLabel: session.proxy<Excel.ChartDataLabel>(
          () => ({}),
          {},
          {
            showValue: (v: boolean) => (p().label.showValue = v),
            showSeriesName: (v: boolean) => (p().label.showSeriesName = v),
            showCategoryName: (v: boolean) => (p().label.showCategoryName = v),
            showLegendKey: (v: boolean) => (p().label.showLegendKey = v),
            position: (v: string) => (p().label.position = v),
            text: (v: string) => (p().label.text = v),
            numberFormat: (v: string) => (p().label.numberFormat = v),
          }
        ),
      },
      {
        hasDataLabel: (v: boolean) => (p().hasDataLabel = v),
        markerStyle: (v: string) => (p().markerStyle = v),
        markerSize: (v: number) => (p().markerSize = v),
      }
    );
  };
  const seriesProxy = (index: () => number) => {
    const model = () => seriesAt(index);
    return session.proxy<Excel.ChartSeries>(
      () => ({ name: model().name, chartType: model().type ?? c().type }),
      {
        setValues: (range: Excel.Range) =>
          session.op("series.setValues", () => (model().values = addressOf(rectOf(range)))),
        setXAxisValues: (range: Excel.Range) =>
          session.op(
            "series.setXAxisValues",
            () => (model().categories = addressOf(rectOf(range)))
          ),
        delete: () => session.op("series.delete", () => c().series.splice(index(), 1)),
        points: { getItemAt: (i: number) => pointProxy(model, i) },
        format: {
          line: session.proxy<Excel.ChartLineFormat>(
            () => ({}),
            {},
            {
              lineStyle: (v: string) => (model().line.lineStyle = v),
              color: (v: string) => (model().line.color = v),
              weight: (v: number) => (model().line.weight = v),
            }
          ),
        },
      },
      {
        name: (v: string) => (model().name = v),
        chartType: (v: string) => {
          checkChartType(v);
          model().type = v;
        },
        hasDataLabels: (v: boolean) => (model().hasDataLabels = v),
        markerStyle: (v: string) => (model().markerStyle = v),
      }
    );
  };
  const axisProxy = (axis: () => ChartAxisModel) =>
    session.proxy<Excel.ChartAxis>(
      () => ({}),
      {
        title: session.proxy<Excel.ChartAxisTitle>(
          () => ({}),
          {},
          { text: (v: string) => (axis().title = v) }
        ),
      },
      {
        displayUnit: (v: string) => (axis().displayUnit = v),
        numberFormat: (v: string) => (axis().numberFormat = v),
        categoryType: (v: string) => (axis().categoryType = v),
        reversePlotOrder: (v: boolean) => (axis().reversePlotOrder = v),
        minimum: (v: number) => (axis().minimum = v),
        maximum: (v: number) => (axis().maximum = v),
      }
    );
  const chart = session.proxy<Excel.Chart>(
    () => {
      const m = resolve();
      return { name: m?.name ?? "", id: m?.id ?? "", chartType: m?.type ?? "" };
    },
    {
      title: session.proxy<Excel.ChartTitle>(
        () => ({ text: resolve()?.title ?? "" }),
        {},
        { text: (v: string) => (c().title = v) }
      ),
      series: {
        add: (name?: string, index?: number) => {
          let at = -1;
          session.op("series.add", () => {
            const list = c().series;
            // Without an index, at the end (ChartSeriesCollection.add: "index: Optional. Index
            // value of the series to be added", https://learn.microsoft.com/javascript/api/excel/excel.chartseriescollection#excel-excel-chartseriescollection-add-member(1)).
            // office.js sends an omitted index as null: that too is "at the end".
            at = index === undefined || index === null ? list.length : Math.min(index, list.length);
            list.splice(at, 0, newSeries(name ?? `Series${list.length + 1}`));
          });
          return seriesProxy(() => at);
        },
        getItemAt: (i: number) => seriesProxy(() => i),
      },
      axes: {
        valueAxis: axisProxy(() => c().valueAxis),
        categoryAxis: axisProxy(() => c().categoryAxis),
      },
      legend: session.proxy<Excel.ChartLegend>(
        () => ({}),
        {},
        {
          position: (v: string) => {
            if (!LEGEND_POSITIONS.has(v)) throw new Error(`InvalidArgument: legend ${v}`);
            c().legend.position = v;
          },
          visible: (v: boolean) => (c().legend.visible = v),
        }
      ),
      setPosition: (start: string, end?: string) =>
        session.op("chart.setPosition", () => {
          parseAddress(start);
          if (end !== undefined) parseAddress(end);
          c().position = { start, end };
        }),
      // Chart.activate (ExcelApi 1.9): "Activates the chart in the Excel UI": its sheet comes to
      // the front with the chart selected.
      // https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-activate-member(1)
      activate: () =>
        session.op("chart.activate", () => session.workbook.activate(s(), s().selected, c().name)),
      delete: () =>
        session.op("chart.delete", () => {
          const model = c();
          const sheet = s();
          sheet.charts = sheet.charts.filter((x) => x !== model);
        }),
    },
    {
      name: (v: string) => (c().name = v),
      chartType: (v: string) => {
        checkChartType(v);
        c().type = v;
      },
      displayBlanksAs: (v: string) => (c().displayBlanksAs = v),
      height: (v: number) => (c().height = v),
      width: (v: number) => (c().width = v),
    }
  );
  Object.defineProperty(chart, "isNullObject", {
    configurable: true,
    get: () => resolve() === undefined,
  });
  return chart;
}
