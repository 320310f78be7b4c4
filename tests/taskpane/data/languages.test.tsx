/**
 * @jest-environment jsdom
 *
 * The Data tab, its status, a refresh's history and the share confirmation in Russian and
 * Kazakh: the pane's words translated, numbers and dates the language's way, while the names
 * Excel shows (KZUZ_Projects, KZUZ Formula Sources) stay as they are.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { DatasetStore } from "../../../src/data/store";
import type { Workbench } from "../../../src/excel/workbench";
import { setActiveLang } from "../../../src/i18n/active";
import { Announcer } from "../../../src/taskpane/Announcer";
import { ExcelPane } from "../../../src/taskpane/ExcelPane";
import { NewerNotice } from "../../../src/taskpane/data/NewerNotice";
import { RefreshHistory } from "../../../src/taskpane/data/RefreshHistory";
import { publishedDataset } from "../../support/dataset";
import { createFakeExcel } from "../../support/fake-excel";
import { MemorySettings } from "../../support/office";

beforeAll(() => {
  // jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow its actions.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

afterEach(async () => {
  await act(async () => {
    await setActiveLang("en");
  });
  localStorage.clear();
});

function pane(settings = new MemorySettings()) {
  const excel = createFakeExcel();
  const store = new DatasetStore(publishedDataset());
  const bench: Workbench = {
    store,
    run: (batch) => batch(excel.context),
    settings,
    baseUrl: "https://addin.example.org/taskpane.html",
    supports: () => true,
  };
  render(
    <Announcer>
      <ExcelPane bench={bench} snapshot={store.get()} />
    </Announcer>
  );
  return excel;
}

test("in Russian: the Data tab, inserting the tables, the result and its details", async () => {
  await setActiveLang("ru");
  const excel = pane();
  expect(screen.getByRole("tab", { name: "Данные" })).toHaveAttribute("aria-selected", "true");
  const start = within(screen.getByRole("region", { name: "Следующий шаг" }));
  fireEvent.click(start.getByRole("button", { name: "Вставить данные как таблицы" }));
  expect(start.getByText("Вставка таблиц…")).toBeInTheDocument();
  expect(await start.findByText("Таблицы вставлены")).toBeInTheDocument();
  // Five is "many" in Russian: "5 таблиц"; the tables' names stay Excel's.
  expect(
    start.getByText(
      "В книге 5 таблиц: KZUZ_Projects, KZUZ_Agreements, KZUZ_Trade, KZUZ_Targets, KZUZ_Sources."
    )
  ).toBeVisible();
  expect(excel.workbook.tables.map((t) => t.name)).toContain("KZUZ_Projects");
  fireEvent.click(start.getByRole("button", { name: "Подробнее" }));
  expect(start.getByText(/^Проекты: вставлена таблица KZUZ_Projects, 7 строк\./)).toBeVisible();
  expect(start.getByRole("button", { name: "Скрыть подробности" })).toBeInTheDocument();
  // The next step is now Refresh, with the dataset's date in words.
  expect(screen.getByRole("button", { name: "Обновить данные" })).toBeEnabled();
  const { asOf } = publishedDataset();
  const day = new Intl.DateTimeFormat("ru-RU", {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${asOf}T00:00:00Z`));
  // A sentence ending on "2026 г." takes no second full stop.
  expect(
    start.getByText(`В вашей книге есть таблицы KZUZ с данными на ${day.replace(/ г\.$/, " г")}.`, {
      exact: false,
    })
  ).toBeInTheDocument();
  expect(day).toMatch(/ г\.$/);
});

test("in Russian: the tables to choose, with rows and a preview, and a refused write in the pane's language", async () => {
  await setActiveLang("ru");
  const excel = pane();
  excel.workbook.addSheet("KZUZ Sources").protected = true;
  // Below the next step: the first screen's second step, drawn just after it.
  const tables = within(await screen.findByRole("region", { name: "Таблицы" }));
  const list = within(await tables.findByRole("list", { name: "Таблицы для вставки" }));
  // Row counts with Russian plurals: 7 and 35 are "many" (строк).
  expect(list.getByRole("checkbox", { name: "Проекты" })).toHaveAccessibleDescription(
    "7 строк · KZUZ_Projects"
  );
  expect(list.getByRole("checkbox", { name: "Соглашения" })).toHaveAccessibleDescription(
    "35 строк · KZUZ_Agreements"
  );
  fireEvent.click(list.getByRole("button", { name: "Просмотр таблицы «Проекты»" }));
  expect(
    list.getByRole("table", { name: "Проекты: первые 3 из 7 строк; 2 из 15 столбцов." })
  ).toBeVisible();
  for (const name of ["Проекты", "Соглашения", "Торговля", "Целевые показатели"])
    fireEvent.click(list.getByRole("checkbox", { name }));
  fireEvent.click(tables.getByRole("button", { name: "Вставить выбранные" }));
  expect(await tables.findByText("Не выполнено")).toBeInTheDocument();
  expect(
    tables.getByText(
      "Лист KZUZ Sources защищён: снимите защиту (Рецензирование › Снять защиту листа), затем повторите вставку."
    )
  ).toBeVisible();
  fireEvent.click(tables.getByRole("button", { name: "Подробнее" }));
  expect(tables.getByText("Ничего не изменено.")).toBeVisible();
});

test("in Russian: the share confirmation counts with Russian plurals", async () => {
  await setActiveLang("ru");
  const excel = createFakeExcel();
  const sheet = excel.workbook.addSheet("Report");
  for (let row = 0; row < 5; row++)
    sheet.set(row, 0, { value: 4_000_000_000, formula: "=KZUZ.TRADE(2024)" });
  const store = new DatasetStore(publishedDataset());
  render(
    <Announcer>
      <ExcelPane
        bench={{
          store,
          run: (batch) => batch(excel.context),
          settings: new MemorySettings(),
          baseUrl: "https://addin.example.org/taskpane.html",
          supports: (_set, version) => version === "1.7",
        }}
        snapshot={store.get()}
      />
    </Announcer>
  );
  const share = within(await screen.findByRole("region", { name: "Поделиться без надстройки" }));
  fireEvent.click(share.getByRole("button", { name: "Преобразовать формулы в значения" }));
  expect(
    await share.findByText(/^В этой книге найдено 5 формул KZUZ \(1 лист\)\. Каждая будет заменена/)
  ).toBeInTheDocument();
  expect(share.getByText(/^Отменить это командой Excel «Отменить» нельзя/)).toBeInTheDocument();
  fireEvent.click(share.getByRole("button", { name: "Преобразовать 5 формул" }));
  expect(await share.findByText("Преобразовано")).toBeInTheDocument();
  expect(share.getByText("5 формул KZUZ в этой книге заменены своими значениями.")).toBeVisible();
  expect(excel.workbook.sheet("KZUZ Formula Sources")).toBeDefined();
});

test("in Kazakh: each table's last refresh, with dates and times the Kazakh way", async () => {
  await setActiveLang("kk");
  const settings = new MemorySettings({
    "kzuz.refreshed": {
      trade: { at: "2026-12-01T09:00:00.000Z", version: "2026.12.1", asOf: "2026-11-30" },
      sources: { at: "2026-12-01T09:00:00.000Z", version: "2026.12.1", asOf: "2026-11-30" },
    },
    "kzuz.previousDataset": { version: "2026.12.0", asOf: "2026-11-27" },
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <RefreshHistory settings={settings} disabled={false} onRestore={jest.fn()} />
    </FluentProvider>
  );
  const at = new Intl.DateTimeFormat("kk-KZ", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(new Date("2026-12-01T09:00:00.000Z"));
  const list = await screen.findByRole("list", { name: "Әр кестенің соңғы жаңартылуы" });
  expect([...list.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
    `Сауда, Дереккөздер: ${at} UTC, 2026.12.1 деректер жинағы (2026 жылғы 30 қараша жағдай бойынша)`,
  ]);
  expect(
    screen.getByRole("button", { name: "2026.12.0 деректер жинағын қалпына келтіру" })
  ).toBeEnabled();
});

test("in Kazakh: a later published dataset is announced in Kazakh", async () => {
  await setActiveLang("kk");
  render(
    <FluentProvider theme={webLightTheme}>
      <NewerNotice
        url="https://data.example.org/kzuz.json"
        inForce={{ version: "2026.12.0", asOf: "2026-11-27" }}
        check={async () => ({ version: "2026.12.1", asOf: "2026-12-05" })}
      />
    </FluentProvider>
  );
  expect((await screen.findByTestId("newer-dataset")).textContent).toContain(
    "2026.12.1 деректер жинағы (2026 жылғы 5 желтоқсан жағдай бойынша) жарияланды; сіз 2026.12.0 нұсқасын қолданасыз."
  );
  expect(screen.getByRole("button", { name: "Жабу" })).toBeInTheDocument();
});
