/** @jest-environment jsdom */
/**
 * The page outside Excel in Russian and Kazakh: why it is not in Excel, the help page in the
 * reader's language, and the record cards with translated labels, the dataset's names in the
 * language where it has them, amounts and dates the language's way.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { DatasetStore } from "../../../src/data/store";
import { setActiveLang } from "../../../src/i18n/active";
import { OutsideExcel } from "../../../src/taskpane/outside/OutsideExcel";
import { publishedDataset } from "../../support/dataset";

const NBSP = "\u00a0";

afterEach(async () => {
  await setActiveLang("en");
});

function setUp() {
  render(
    <OutsideExcel
      host={{ kind: "no-office", reason: "not-in-office" }}
      snapshot={new DatasetStore(publishedDataset()).get()}
    />
  );
}

/** The card whose heading is `name`. */
function card(list: HTMLElement, name: string) {
  const heading = within(list).getByRole("heading", { name });
  return within(heading.closest("li") as HTMLElement);
}

test("in Russian: the notice, the Russian help page, cards with Russian labels, names and figures", async () => {
  await setActiveLang("ru");
  setUp();
  expect(screen.getByText("Надстройка запущена не в Excel")).toBeInTheDocument();
  expect(screen.getByText(/^Эта страница открыта в браузере, а не в Excel\./)).toBeInTheDocument();
  const help = screen.getByRole("link", { name: "Как добавить KZUZ для Excel в Excel" });
  expect(help).toHaveAttribute("href", "help.ru.html#get-it");

  // The preview is the first screen's second step: drawn just after it.
  const list = await screen.findByRole("list", { name: "Совместные проекты, 7" });
  const lab = card(
    list,
    "Нефтегазохимический комплекс по производству линейного алкилбензола (ЛАБ)"
  );
  expect(lab.getByText("Инвестиции (USD)").nextElementSibling?.textContent).toBe(
    `250${NBSP}млн${NBSP}долл.${NBSP}США`
  );
  expect(lab.getByText("Отрасль").nextElementSibling).toHaveTextContent("нефтехимия");
  fireEvent.click(lab.getByText("Все сведения"));
  expect(lab.getByText("Отрасль")).toBeVisible();
  // The dataset's Russian name for the quarter in Astana; not disclosed, in Russian.
  const astana = card(list, "Жилой квартал «Астана»");
  expect(astana.getAllByText("не раскрыто").length).toBeGreaterThan(0);

  fireEvent.click(screen.getByRole("button", { name: "Соглашения" }));
  const agreements = screen.getByRole("list", { name: /^Соглашения, \d+$/ });
  const statement = card(agreements, "Совместное заявление");
  expect(statement.getByText("Дата").nextElementSibling).toHaveTextContent("15 ноября 2025 г.");
  // The dataset's fixed words (kinds, statuses, periods) in Russian; its free text as written.
  expect(statement.getByText("Вид").nextElementSibling).toHaveTextContent(/^заявление$/);

  fireEvent.click(screen.getByRole("button", { name: "Торговля" }));
  const trade = screen.getByRole("list", { name: /^Двусторонняя торговля, \d+$/ });
  expect(within(trade).getAllByText("полный год").length).toBeGreaterThan(0);
  expect(within(trade).getByText("с января по сентябрь 2016 г.")).toBeInTheDocument();

  fireEvent.click(screen.getByRole("button", { name: "Целевые показатели" }));
  const targets = screen.getByRole("list", { name: /^Целевые показатели товарооборота, \d+$/ });
  expect(
    within(targets).getByRole("heading", { name: "целевой показатель на 2030 год" })
  ).toBeInTheDocument();
});

test("in Kazakh: Kazakh labels, dates and names, the dataset's own renderings marked", async () => {
  await setActiveLang("kk");
  setUp();
  expect(screen.getByText("Қондырма Excel-де іске қосылмаған")).toBeInTheDocument();
  expect(
    screen.getByRole("link", {
      name: "Excel-ге арналған KZUZ қондырмасын Excel-ге қалай қосуға болады",
    })
  ).toHaveAttribute("href", "help.kk.html#get-it");

  const list = screen.getByRole("list", { name: "Бірлескен жобалар, 7" });
  const astana = card(list, "«Астана» тұрғын үй кварталы (біздің аудармамыз)");
  expect(astana.getAllByText("жария етілмеген").length).toBeGreaterThan(0);
  const lab = card(
    list,
    "Сызықтық алкилбензол (ЛАБ) өндіретін мұнай-газ-химия кешені (біздің аудармамыз)"
  );
  expect(lab.getByText("Инвестиция (USD)").nextElementSibling?.textContent).toBe(
    `250${NBSP}млн${NBSP}АҚШ доллары`
  );

  fireEvent.click(screen.getByRole("button", { name: "Келісімдер" }));
  const agreements = screen.getByRole("list", { name: /^Келісімдер, \d+$/ });
  const statement = card(agreements, "Бірлескен мәлімдеме (біздің аудармамыз)");
  expect(statement.getByText("Күні").nextElementSibling).toHaveTextContent("2025 жылғы 15 қараша");
});
