/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen } from "@testing-library/react";
import { DatasetStore } from "../../src/data/store";
import { setActiveLang } from "../../src/i18n/active";
import { About } from "../../src/taskpane/About";
import { publishedDataset } from "../support/dataset";

const dataset = publishedDataset();
const bundled = () => new DatasetStore(dataset).get();
const downloaded = () =>
  new DatasetStore(dataset, {
    kind: "url",
    url: "https://example.org/kzuz.json",
    fetchedAt: "2026-11-28T09:05:00.000Z",
  }).get();

afterEach(async () => {
  await setActiveLang("en");
});

test("English: what the data holds, its version and origin, and the help page", () => {
  render(<About snapshot={bundled()} />);
  expect(screen.getByRole("heading", { name: "About the data" })).toBeInTheDocument();
  expect(screen.getByText(/joint projects,/)).toHaveTextContent(
    `${dataset.projects.length} joint projects, ${dataset.agreements.length} agreements, ` +
      `${dataset.trade.observations.length} trade figures, ${dataset.targets.length} trade targets and ` +
      `${dataset.sources.length} sources. Every figure names its source; where no source gives a figure, ` +
      `the data says "not disclosed" rather than guess.`
  );
  expect(screen.getByRole("link", { name: /^Help: every formula/ })).toHaveAttribute(
    "href",
    "help.html"
  );
});

test("Russian: counts with Russian plurals, the date in words, the Russian help page", async () => {
  await setActiveLang("ru");
  render(<About snapshot={bundled()} />);
  expect(screen.getByRole("heading", { name: "О данных" })).toBeInTheDocument();
  // The published dataset: 7 projects, 30 agreements, 63 figures, 9 targets, 134 sources.
  expect([
    dataset.projects.length,
    dataset.agreements.length,
    dataset.trade.observations.length,
    dataset.targets.length,
    dataset.sources.length,
  ]).toEqual([7, 35, 68, 9, 169]);
  expect(screen.getByText(/совместных проектов/)).toHaveTextContent(
    "7 совместных проектов, 35 соглашений, 68 значений товарооборота, 9 целевых показателей по товарообороту и 169 источников. " +
      "У каждой цифры указан источник; если ни один источник её не приводит, в данных стоит «не раскрыто», а не догадка."
  );
  expect(screen.getByTestId("dataset-version")).toHaveTextContent(
    `Версия ${dataset.version}, данные на 7 декабря 2026 г., из копии, поставляемой с надстройкой.`
  );
  expect(dataset.asOf).toBe("2026-12-07");
  expect(screen.getByRole("link", { name: /^Справка: все формулы/ })).toHaveAttribute(
    "href",
    "help.ru.html"
  );
});

test("a downloaded copy names its address and time, in French", async () => {
  await setActiveLang("fr");
  render(<About snapshot={downloaded()} />);
  expect(screen.getByTestId("dataset-version")).toHaveTextContent(
    `Version ${dataset.version}, à jour au 7 décembre 2026, téléchargée depuis https://example.org/kzuz.json le 2026-11-28 09:05 UTC.`
  );
  expect(screen.getByText(/projets communs,/)).toHaveTextContent(
    /^7 projets communs, 35 accords, 68 chiffres d’échanges commerciaux, 9 objectifs d’échanges commerciaux et 169 sources\./
  );
});

test("each language's plural forms for the counts", async () => {
  const ru = await setActiveLang("ru");
  expect([1, 2, 5, 21, 1.5].map((count) => ru.t("shell.about.agreements", { count }))).toEqual([
    "1 соглашение",
    "2 соглашения",
    "5 соглашений",
    "21 соглашение",
    "1,5 соглашения",
  ]);
  expect(ru.t("shell.about.sources", { count: 3 })).toBe("3 источника");
  expect(ru.t("shell.about.tradeTargets", { count: 11 })).toBe(
    "11 целевых показателей по товарообороту"
  );
  const fr = await setActiveLang("fr");
  expect([1, 2, 1_000_000].map((count) => fr.t("shell.about.agreements", { count }))).toEqual([
    "1 accord",
    "2 accords",
    "1\u202f000\u202f000 d’accords",
  ]);
  const kk = await setActiveLang("kk");
  expect([1, 30].map((count) => kk.t("shell.about.agreements", { count }))).toEqual([
    "1 келісім",
    "30 келісім",
  ]);
});

test("support and feedback: the page the manifest names as SupportUrl, at its support section, in each language", async () => {
  const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
  const supportUrl = /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1];
  expect(supportUrl).toMatch(/\/help\.html$/);
  const page = supportUrl!.replace(/^.*\//, "");
  for (const [lang, name, href] of [
    ["en", /^Support and feedback: /, `${page}#support`],
    ["ru", /^Поддержка и отзывы: /, "help.ru.html#support"],
    ["kk", /^Қолдау және пікірлер: /, "help.kk.html#support"],
    ["uz", /^Qoʻllab-quvvatlash va fikr-mulohazalar: /, "help.uz.html#support"],
    ["fr", /^Assistance et commentaires\u00a0: /, "help.fr.html#support"],
  ] as const) {
    await setActiveLang(lang);
    const { unmount } = render(<About snapshot={bundled()} />);
    expect(screen.getByRole("link", { name })).toHaveAttribute("href", href);
    // The section is there, and names no contact address the project does not have.
    const help = readFileSync(join(__dirname, "../../src/taskpane", href.split("#")[0]), "utf8");
    const section = help.slice(help.indexOf('id="support"'));
    expect(section.length).toBeLessThan(help.length);
    expect(section).not.toMatch(/@|mailto:/);
    unmount();
  }
});
