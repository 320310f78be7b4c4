/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import type { Dataset } from "../../../src/data/schema";
import { DatasetStore } from "../../../src/data/store";
import { setActiveLang } from "../../../src/i18n/active";
import { ProgressSummary } from "../../../src/taskpane/progress/ProgressSummary";
import { publishedDataset } from "../../support/dataset";

function setUp() {
  const { container } = render(
    <ProgressSummary snapshot={new DatasetStore(publishedDataset()).get()} />
  );
  return container;
}

test("the latest figure against the target, the gap, and its source beside it", () => {
  setUp();
  expect(screen.getByRole("heading", { name: "Trade towards $10 billion by 2030" })).toBeVisible();
  expect(screen.getByText(/^Trade in 2025:/)).toHaveTextContent(
    "Trade in 2025: $4.97 billion, 49.7% of the $10 billion target for 2030. $5.03 billion still to go."
  );
  expect(screen.getByText(/^Figure for 2025 from/)).toHaveTextContent(
    // The reporter in words (issue 21), not the dataset's English label "Uzbekistan (trade ministry)".
    /^Figure for 2025 from Uzbekistan's statistics; source: .+\.$/
  );
});

test("the bar is drawn to scale, with the target marked", () => {
  const container = setUp();
  const fill = container.querySelector<HTMLElement>("[data-part=fill]");
  const marker = container.querySelector<HTMLElement>("[data-part=marker]");
  expect(fill?.style.width).toBe("49.7%");
  expect(marker?.style.left).toBe("100%");
  expect(screen.getByText(/^Target: \$10 billion \(2030\)$/)).toBeInTheDocument();
});

test("growth needed set against growth achieved, same-side figures only", () => {
  setUp();
  const needed = screen.getByText("Growth needed").nextElementSibling;
  expect(needed).toHaveTextContent(/^15\.0% a year from 2025 to 2030$/);
  const achieved = screen.getByText("Growth achieved, Kazakhstan's figures").nextElementSibling;
  expect(achieved).toHaveTextContent(
    /^-12\.0% a year from 2022 \(\$5 billion\) to 2023 \(\$4\.4 billion\)$/
  );
  const uz = screen.getByText("Growth achieved, Uzbekistan's figures").nextElementSibling;
  expect(uz).toHaveTextContent(
    /^11\.4% a year in 2025 \(\$4\.97 billion\), as Uzbekistan reported with the figure$/
  );
  expect(screen.getByText(/^The two countries' own figures for 2025:/)).toHaveTextContent(
    "The two countries' own figures for 2025: Kazakhstan has published none; Uzbekistan $4.97 billion (full year)."
  );
});

const row = (year: string) => screen.getByText(year).closest("tr") as HTMLTableRowElement;
const cells = (year: string) => [...row(year).cells].map((c) => c.textContent);

test("year by year, on demand: the headline figure and whose it is, each country's own beside it", () => {
  setUp();
  expect(screen.getByText("Year by year").tagName).toBe("SUMMARY");
  expect(screen.getByText(/full width is the \$10 billion target/)).toBeInTheDocument();
  expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual([
    "Year",
    "Headline figure",
    "Kazakhstan's statistics",
    "Uzbekistan's statistics",
  ]);
  expect(cells("2020")).toEqual(["2020", "no full-year figure in the sources", "none", "none"]);
  expect(cells("2017")).toEqual(["2017", "$2 billion (Kazakhstan)", "$2 billion", "none"]);
  // The two series side by side, and the change of reporter where it happens.
  expect(cells("2022")).toEqual(["2022", "$5 billion (Kazakhstan)", "$5 billion", "$4.6 billion"]);
  expect(cells("2024")).toEqual(["2024", "$4.3 billion (press)", "none", "none"]);
  expect(cells("2025")).toEqual(["2025", "$4.97 billion (Uzbekistan)", "none", "$4.97 billion"]);
});

test("each reporter's own latest figure side by side, the range of growth needed, the switches in words", () => {
  setUp();
  const list = screen.getByTestId("progress-reporters");
  expect([...list.querySelectorAll("dt")].map((d) => d.textContent)).toEqual([
    "Kazakhstan's statistics",
    "Joint statements",
    "Uzbekistan's statistics",
  ]);
  expect([...list.querySelectorAll("dd")].map((d) => d.textContent)).toEqual([
    "$4.4 billion in 2023, 44.0% of the target; 12.4% a year needed to 2030",
    "$4.5 billion in 2023, 45.0% of the target; 12.1% a year needed to 2030",
    "$4.97 billion in 2025, 49.7% of the target; 15.0% a year needed to 2030",
  ]);
  expect(screen.getByTestId("progress-range")).toHaveTextContent(
    "Growth needed from each reporter's own latest figure: 12.1% to 15.0% a year."
  );
  expect(screen.getByTestId("progress-switches")).toHaveTextContent(
    "The headline figure changes reporter in 2024, to the press; in 2025, to Uzbekistan's statistics. Growth is never measured across a change."
  );
});

describe("in other languages", () => {
  // Accessible names keep the no-break spaces that languages put in figures; text matchers fold them.
  const named = (text: string) => (name: string) => name.replace(/[\u00a0\u202f]/g, " ") === text;

  afterEach(async () => {
    await setActiveLang("en");
  });

  test("Russian: the words, the sums and shares written the Russian way", async () => {
    await setActiveLang("ru");
    setUp();
    expect(
      screen.getByRole("heading", {
        name: named("Товарооборот и целевой показатель 10 млрд долл. США к 2030 году"),
      })
    ).toBeVisible();
    expect(screen.getByText(/^Товарооборот за 2025 год:/)).toHaveTextContent(
      "Товарооборот за 2025 год: 4,97 млрд долл. США, или 49,7 % от целевого показателя 10 млрд долл. США на 2030 год. До целевого показателя осталось 5,03 млрд долл. США."
    );
    expect(screen.getByText(/^Данные за 2025 год:/)).toHaveTextContent(
      /^Данные за 2025 год: статистика Узбекистана; источник: .+\.$/
    );
    expect(
      screen.getByText(/^Целевой показатель: 10 млрд долл\. США \(2030\)$/)
    ).toBeInTheDocument();
    expect(screen.getByText("Необходимый рост").nextElementSibling).toHaveTextContent(
      /^15,0 % в год с 2025 по 2030 год$/
    );
    expect(
      screen.getByText("Достигнутый рост, данные Казахстана").nextElementSibling
    ).toHaveTextContent(
      /^-12,0 % в год с 2022 \(5 млрд долл\. США\) по 2023 год \(4,4 млрд долл\. США\)$/
    );
    expect(
      screen.getByText("Достигнутый рост, данные Узбекистана").nextElementSibling
    ).toHaveTextContent(
      /^11,4 % за 2025 год \(4,97 млрд долл\. США\) по данным Узбекистана, приведённым вместе с показателем$/
    );
    // The figure's source with its day in Russian words.
    expect(screen.getByText(/; источник: /)).toHaveTextContent(/, 1 февраля 2026 г\.\.?$/);
    expect(screen.getByText(/^Собственные данные двух стран/)).toHaveTextContent(
      "Собственные данные двух стран за 2025 год: Казахстан данных не публиковал; Узбекистан: 4,97 млрд долл. США (полный год)."
    );
    expect(screen.getByText("По годам").tagName).toBe("SUMMARY");
    expect(cells("2020")[1]).toBe("в источниках нет данных за полный год");
    expect(cells("2019")[1]?.replace(/[\u00a0\u202f]/g, " ")).toBe(
      "4,1 млрд долл. США (Казахстан)"
    );
    expect(screen.getByTestId("progress-switches").textContent).toBe(
      "Основной показатель меняет отчитывающуюся сторону: в 2024 году — на прессу; в 2025 году — на статистику Узбекистана. Рост через смену стороны не измеряется."
    );
  });

  test("French: « milliards de dollars », a space before the per cent sign and before the colon", async () => {
    await setActiveLang("fr");
    setUp();
    expect(
      screen.getByRole("heading", {
        name: named("Échanges commerciaux : vers 10 milliards de dollars d’ici 2030"),
      })
    ).toBeVisible();
    expect(screen.getByText(/^Échanges commerciaux en 2025/)).toHaveTextContent(
      "Échanges commerciaux en 2025 : 4,97 milliards de dollars, soit 49,7 % de l’objectif de 10 milliards de dollars fixé pour 2030. Il reste 5,03 milliards de dollars à parcourir."
    );
    expect(screen.getByText("Croissance nécessaire").nextElementSibling).toHaveTextContent(
      /^15,0 % par an de 2025 à 2030$/
    );
    expect(screen.getByText(/^Chiffres propres aux deux pays/)).toHaveTextContent(
      "Chiffres propres aux deux pays pour 2025 : le Kazakhstan n’a rien publié ; l’Ouzbékistan : 4,97 milliards de dollars (année complète)."
    );
  });

  test("Russian: a country without growth figures is named, in a whole sentence", async () => {
    await setActiveLang("ru");
    const d = JSON.parse(JSON.stringify(publishedDataset())) as Dataset; // jsdom has no structuredClone
    for (const o of d.trade.observations) if (o.reporterSide === "UZ") delete o.growthPct;
    d.trade.observations = d.trade.observations.filter(
      (o) => !(o.reporterSide === "UZ" && o.period === "full year" && o.year < 2025)
    );
    render(<ProgressSummary snapshot={new DatasetStore(d).get()} />);
    expect(screen.getByText(/^Рост сравнивается только/)).toHaveTextContent(
      "Рост сравнивается только между данными одной стороны, поскольку две страны считают товарооборот по-разному. " +
        "Узбекистан пока не опубликовал ни показателей за два года, ни темпа роста, поэтому рост для него не показан."
    );
    expect(screen.queryByText(/^Достигнутый рост, данные Узбекистана/)).toBeNull();
  });
});
