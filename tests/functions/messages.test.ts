/**
 * The messages behind the functions' #VALUE! and #N/A, in the pane's language: each is a catalogue
 * id with its values, in every catalogue with every placeholder given, and in Russian and Kazakh
 * the cell's tooltip says it in that language (the names users type, the function names and the
 * error codes stay as they are).
 */
import { parseMetadata } from "../../src/formulas/catalogue";
import {
  agreementsTable,
  investmentValue,
  projectsTable,
  projectValue,
  requiredGrowthValue,
  sourceText,
  targetValue,
  tradeHistoryTable,
  tradeValue,
} from "../../src/formulas/compute";
import { say } from "../../src/formulas/errors";
import { loadLinkedEntities } from "../../src/formulas/linked";
import { PROJECTS_DOMAIN } from "../../src/office/linked";
import { live, liveShared } from "../../src/functions/live";
import { buildIndex } from "../../src/data/query";
import * as active from "../../src/i18n/active";
import en from "../../src/i18n/messages/en/errors.json";
import { message as said, type Message } from "../../src/i18n/message";
import { englishTranslator } from "../../src/i18n/translator";
import { messageProblems } from "../support/messages";
import { freshStore, publishedDataset } from "../support/dataset";
import { expectExcelError, RecordingInvocation } from "../support/functions";

const index = buildIndex(publishedDataset());
const typedBackslash = "\\u202e";

/** Every error a function can give, by the arguments that give it. */
const CALLS: [string, () => unknown][] = [
  ["INVESTMENT without a name", () => investmentValue(index, "", null)],
  ["INVESTMENT with a name too long", () => investmentValue(index, "x".repeat(300), null)],
  ["INVESTMENT with an unknown unit", () => investmentValue(index, "Tashkent", "furlongs")],
  ["INVESTMENT of an unknown name", () => investmentValue(index, "Tashkemt", null)],
  ["INVESTMENT undisclosed", () => investmentValue(index, "hotels", null)],
  ["INVESTMENT typed with a backslash", () => investmentValue(index, typedBackslash, null)],
  ["PROJECTS with bad headers", () => projectsTable(index, null, "maybe")],
  ["PROJECTS without a name", () => projectsTable(index, "  ", null)],
  ["PROJECT without a name", () => projectValue(index, "", null, false)],
  ["PROJECT of a place with none", () => projectValue(index, "Almaty", null, false)],
  ["PROJECT of a place with several", () => projectValue(index, "New Tashkent", null, false)],
  ["PROJECT with an unknown field", () => projectValue(index, "ICIC", "colour", false)],
  [
    "PROJECT's undisclosed investment",
    () => projectValue(index, "Astana residential quarter", "investment", false),
  ],
  ["PROJECT's missing field", () => projectValue(index, "LAB complex", "jobs", false)],
  ["AGREEMENTS without a domain", () => agreementsTable(index, " ", null)],
  ["TRADE of a word", () => tradeValue(index, "last", null)],
  ["TRADE of a year out of range", () => tradeValue(index, 1800, null)],
  ["TRADE without a reporter", () => tradeValue(index, 2024, " ")],
  ["TRADEHISTORY from a word", () => tradeHistoryTable(index, "x", null, null)],
  ["TRADEHISTORY to a word", () => tradeHistoryTable(index, null, "y", null)],
  ["TRADEHISTORY backwards", () => tradeHistoryTable(index, 2024, 2020, null)],
  ["TARGET of a word", () => targetValue(index, "soon")],
  ["REQUIREDGROWTH after the target", () => requiredGrowthValue(index, 2031)],
  ["SOURCE without a query", () => sourceText(index, "")],
  ["SOURCE of a place without projects", () => sourceText(index, "Almaty")],
  [
    "the load service asked in a form it does not read",
    () => thrown(() => loadLinkedEntities(index, "{")),
  ],
  [
    "the load service asked for another provider's cards",
    () => thrown(() => loadLinkedEntities(index, { domainId: "products", entities: [] })),
  ],
];

/**
 * The load service's answer for an id the dataset lacks: not an error (it is answered on its own,
 * so the batch's other cards load) but a card whose text and note say so.
 */
const lacking = () =>
  loadLinkedEntities(index, {
    domainId: PROJECTS_DOMAIN,
    entities: [{ entityId: "gone", culture: "en-US" }],
  }).entities[0];

/** What `body` threw (the load service throws its errors, as Microsoft documents). */
function thrown(body: () => unknown): unknown {
  try {
    return body();
  } catch (error) {
    return error;
  }
}

/** A phrase and the phrases nested in its values, depth first. */
function withNested(item: Message): Message[] {
  const nested = Object.values(item.values ?? {}).flatMap((v) =>
    Array.isArray(v)
      ? (v as readonly Message[]).flatMap(withNested)
      : typeof v === "object"
        ? withNested(v as Message)
        : []
  );
  return [item, ...nested];
}

/**
 * Records what the functions ask the English translator (the active one in English) to say,
 * nested phrases included.
 */
function recordEnglish(said: Message[]): void {
  const text = englishTranslator.text;
  jest
    .spyOn(englishTranslator, "text")
    .mockImplementation((item) => (said.push(...withNested(item)), text(item)));
}

afterEach(async () => {
  jest.restoreAllMocks();
  await active.setActiveLang("en");
});

describe("in English", () => {
  test("every message is in every catalogue, with every placeholder given", () => {
    const said: Message[] = [];
    expect(active.activeTranslator()).toBe(englishTranslator);
    recordEnglish(said);
    // (The backslash case is the next test's: its value is hidden from Lingui while it renders.)
    for (const [name, call] of CALLS)
      if (name !== "INVESTMENT typed with a backslash") expectExcelError(call());
    expect(lacking().text).toMatch(/^Not in the KZUZ dataset /);
    const store = freshStore();
    const crashed = new RecordingInvocation<number>();
    live(store, crashed, () => {
      throw new Error("boom");
    });
    crashed.onCanceled!();
    // No dataset on the page (nothing started the store here): the cell says so.
    const orphan = new RecordingInvocation<number>();
    liveShared(orphan, () => 1);
    expectExcelError(orphan.last);
    for (const json of [null, { functions: [{}] }, { functions: [{ id: "X", parameters: [{}] }] }])
      said.push(...[parseMetadata(json)].flatMap((r) => (r.ok ? [] : [r.error])));
    said.push(expectedError(parseMetadata({ functions: [] })));

    jest.restoreAllMocks(); // the check below says each id again, unrecorded
    expect(said.length).toBeGreaterThan(CALLS.length);
    for (const item of said) expect([item.id, messageProblems(item)]).toEqual([item.id, []]);
    const reached = new Set<string | undefined>(said.map((s) => s.id));
    const functionIds = Object.keys(en).filter((k) => k.startsWith("errors.functions."));
    expect(functionIds.filter((k) => !reached.has(k))).toEqual([]);
    expect(reached.has("errors.data.reporter.choices")).toBe(true);
  });

  test("a backslash typed in a name stays a backslash (never a decoded control character)", () => {
    const { message } = expectExcelError(investmentValue(index, typedBackslash, null));
    expect(message).toContain(`"${typedBackslash}"`);
    expect(message).not.toMatch(/\u202e/);
    expect(say(said("errors.functions.source.none", { query: "a\\x41\\" }))).toBe(
      'No source is recorded for "a\\x41\\".'
    );
  });
});

describe.each([
  [
    "ru",
    "По данным статистики Узбекистана, за 2024 год нет показателя за полный год. Опубликованы данные только за январь–ноябрь 2024 года: более 3,8 млрд долл. США.",
  ],
  [
    "fr",
    "Selon les statistiques de l’Ouzbékistan, il n’y a pas de chiffre sur l’année complète pour 2024. Seuls les chiffres pour la période janvier–novembre 2024 ont été publiés : plus de 3,8 milliards de dollars.",
  ],
] as const)('=KZUZ.TRADE(2024,"UZ") in %s', (lang, expected) => {
  beforeEach(async () => {
    await active.setActiveLang(lang);
  });

  test("says the part of the year, the amount and its qualifier in the language, no English left", () => {
    const error = expectExcelError(tradeValue(index, 2024, "UZ"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(expected);
  });
});

function expectedError(result: ReturnType<typeof parseMetadata>): Message {
  if (result.ok) throw new Error("expected an error");
  return result.error;
}

describe.each([
  [
    "ru",
    /Возможно, вы имели в виду "Tashkent"\?/,
    /^Аргумент year \(год\) должен быть целым числом/,
    /^Не раскрыто: .*«Жилой квартал «Астана»»|^Не раскрыто: /,
  ],
  [
    "kk",
    /"Tashkent" дегенді меңзедіңіз бе\?/,
    /^year аргументі \(жыл\) бүтін сан болуы керек/,
    /^Жария етілмеген: /,
  ],
] as const)("in %s", (lang, didYouMean, badYear, notDisclosed) => {
  beforeEach(async () => {
    await active.setActiveLang(lang);
  });

  test("the load service's card for an id the dataset lacks says so in the language", () => {
    const card = lacking();
    const note = (card.properties?.Note as Excel.StringCellValue).basicValue;
    expect(card.text).toMatch(/: gone$/);
    expect(card.text).not.toMatch(/Not in|\{/);
    expect(note).toMatch(/KZUZ/);
    expect(note).not.toMatch(/is not in|\{/);
  });

  test("an unknown name gives #N/A, translated, with the did-you-mean suggestion", () => {
    const error = expectExcelError(investmentValue(index, "Tashkemt", null));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(didYouMean);
    expect(error.message).not.toMatch(/No project|Did you mean/);
  });

  test("a bad argument gives #VALUE!, translated, naming the argument as Excel shows it", () => {
    const error = expectExcelError(tradeValue(index, "last", null));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(badYear);
    expect(error.message).toContain('"last"');
  });

  test("an undisclosed amount says the translated “not disclosed”, never 0", () => {
    const project = expectExcelError(
      projectValue(index, "Astana residential quarter", "investment", false)
    );
    expect(project.code).toBe("#N/A");
    expect(project.message).toMatch(notDisclosed);
    const place = expectExcelError(investmentValue(index, "hotels", null));
    expect(place.code).toBe("#N/A");
    expect(place.message).toMatch(lang === "ru" ? /не раскрыта.*«не раскрыто»/ : /жария етілмеген/);
  });

  test("every error of every function is said in the language, cut to Excel's 255 characters", () => {
    for (const [name, call] of CALLS) {
      const { message } = expectExcelError(call());
      expect([name, /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(message)]).toEqual([name, true]);
      expect([name, message.length <= 255]).toEqual([name, true]);
    }
  });
});

test("project names in messages are the reader's language where the dataset has them", async () => {
  const quarter = index.dataset.projects.find((p) => p.id === "astana-residential-quarter")!;
  await active.setActiveLang("ru");
  const ru = expectExcelError(
    projectValue(index, "Astana residential quarter", "investment", false)
  );
  expect(ru.message).toContain(`«${quarter.name.ru}»`);
  await active.setActiveLang("fr");
  const fr = expectExcelError(investmentValue(index, "hotels", null));
  expect(fr.message).toMatch(/secteur «\u00a0hôtellerie\u00a0»/);
  for (const p of index.dataset.projects.filter((p) => p.sector === "hospitality"))
    expect(fr.message).toContain(p.name.fr ?? p.name.en);
});

describe.each([
  ["ru", "Хива", "Хива"],
  ["kk", "Хиуа", "Хиуа"],
  ["uz", "Xiva", "Xiva"],
  ["fr", "Khiva", "Khiva"],
  ["ru", "Olmaota", "Алматы"],
] as const)("a place typed as %s «%s»", (lang, typed, said) => {
  beforeEach(async () => {
    await active.setActiveLang(lang);
  });

  test("comes back in the reader's language in the error message, never the dataset's English", () => {
    const error = expectExcelError(investmentValue(index, typed, null));
    expect(error.message).toContain(said);
    if (said !== "Khiva") expect(error.message).not.toMatch(/Khiva|Almaty/);
  });
});
