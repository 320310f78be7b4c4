/**
 * The dataset's names in its five languages (issue 14): every localized name of a place, project
 * or sector is a name the functions match, and a name two entities share stays ambiguous.
 */
import { buildIndex, investment, resolve, resolveReporter } from "../../../src/data/query";
import type { Dataset, LocalizedName } from "../../../src/data/schema";
import { parseDataset } from "../../../src/data/validate";
import {
  edited,
  expectDataError,
  issuesOf,
  publishedIndex,
  rawCopy,
  unwrap,
} from "../../support/dataset";
import { english } from "../../support/english";

const index = publishedIndex();
const d = index.dataset;
const idOf = (text: string) => unwrap(resolve(index, text)).id;

describe("names in each language resolve to their entity", () => {
  const byLanguage: Record<string, [string, string][]> = {
    ru: [
      ["Кашкадарьинская область", "kashkadarya-region"],
      ["Туркестанская область", "turkestan-region"],
      ["Сырдарьинская область", "syrdarya-region"],
      ["Ташкентская область", "tashkent-region"],
      ["Новый Ташкент", "new-tashkent"],
      ["Хива", "khiva"],
      ["Узбекистан", "uzbekistan"],
      ["Гостиница «Астана»", "hotel-astana-new-tashkent"],
      ["Гостиница «Ташкент»", "hotel-tashkent-astana"],
      ["Головной офис Tenge Bank", "tenge-bank-hq-tashkent"],
      ["Многопрофильный современный центр логистики (МСЦЛ)", "tashkent-logistics-centre"],
      ["банковское дело", "banking"],
      ["гостиничный бизнес", "hospitality"],
    ],
    kk: [
      ["Қашқадария облысы", "kashkadarya-region"],
      ["Сырдария облысы", "syrdarya-region"],
      ["Ташкент облысы", "tashkent-region"],
      ["Жаңа Ташкент", "new-tashkent"],
      ["Хиуа", "khiva"],
      ["Өзбекстан", "uzbekistan"],
      ["Қазақстан", "kazakhstan"],
      ["«Ташкент» қонақүйі", "hotel-tashkent-astana"],
      ["«Астана» тұрғын үй кварталы", "astana-residential-quarter"],
      ["«Орталық Азия» халықаралық өнеркәсіптік кооперация орталығы", "icic-central-asia"],
      ["банк ісі", "banking"],
      ["жылжымайтын мүлік", "real-estate"],
      ["мұнай-химия", "petrochemicals"],
    ],
    uz: [
      ["Qashqadaryo viloyati", "kashkadarya-region"],
      ["Turkiston viloyati", "turkestan-region"],
      ["Qozogʻiston", "kazakhstan"],
      ["Qozog'iston", "kazakhstan"],
      ["Qozog`iston", "kazakhstan"],
      ["Qozog‘iston", "kazakhstan"],
      ["Oʻzbekiston", "uzbekistan"],
      ["Olmaota", "almaty"],
      ["Xiva", "khiva"],
      ["Tenge Bank bosh ofisi", "tenge-bank-hq-tashkent"],
      ["«Astana» turar-joy mavzesi", "astana-residential-quarter"],
      ["«Toshkent» mehmonxonasi", "hotel-tashkent-astana"],
      ["koʻchmas mulk", "real-estate"],
      ["ko'chmas mulk", "real-estate"],
      ["mehmonxona biznesi", "hospitality"],
    ],
    fr: [
      ["région de Kachkadaria", "kashkadarya-region"],
      ["région de Syrdaria", "syrdarya-region"],
      ["région de Turkestan", "turkestan-region"],
      ["Nouveau Tachkent", "new-tashkent"],
      ["Ouzbékistan", "uzbekistan"],
      ["Quartier résidentiel « Astana »", "astana-residential-quarter"],
      ["hôtellerie", "hospitality"],
    ],
  };

  it.each(Object.entries(byLanguage))("%s", (_, pairs) => {
    expect(pairs.map(([text]) => [text, idOf(text)])).toEqual(pairs);
  });

  it("answers a place's name in every language with the same investment as its English name", () => {
    const english = unwrap(investment(index, "Kashkadarya region"));
    for (const text of [
      "Кашкадарьинская область",
      "Қашқадария облысы",
      "Qashqadaryo viloyati",
      "région de Kachkadaria",
    ])
      expect(unwrap(investment(index, text))).toBe(english);
    // Formulas answer in English whatever the language of the name typed.
    expect(english.match.name).toBe("Kashkadarya region");
  });

  it("names the country's series in Kazakh or Uzbek too", () => {
    expect(unwrap(resolveReporter(index, "Қазақстан"))).toBe("KZ");
    expect(unwrap(resolveReporter(index, "Qozogʻiston"))).toBe("KZ");
    expect(unwrap(resolveReporter(index, "Өзбекстан"))).toBe("UZ");
  });
});

describe("every localized name in the dataset", () => {
  const named: [string, string, LocalizedName][] = [
    ...d.places.map((p): [string, string, LocalizedName] => [
      p.id,
      "place",
      p.localizedName ?? { en: p.name },
    ]),
    ...d.projects.map((p): [string, string, LocalizedName] => [p.id, "project", p.name]),
    ...d.sectors.map((s): [string, string, LocalizedName] => [s.id, "sector", s.name]),
  ];

  it.each(named)("of %s (%s) resolves to it", (id, _, names) => {
    for (const text of Object.values(names)) expect([text, idOf(text)]).toEqual([text, id]);
  });

  it("gives every place its name in the five languages, the English one equal to its name", () => {
    for (const p of d.places) {
      expect(Object.keys(p.localizedName ?? {}).sort()).toEqual(["en", "fr", "kk", "ru", "uz"]);
      expect(p.localizedName?.en).toBe(p.name);
    }
  });

  it("writes Uzbek oʻ and gʻ with U+02BB and Kazakh in Cyrillic", () => {
    const all = named.map(([, , n]) => n);
    for (const n of all) {
      if (n.uz !== undefined) expect(n.uz).not.toMatch(/[og]['`‘’ʼ]|[\u0400-\u04ff]/i);
      if (n.kk !== undefined) expect(n.kk).toMatch(/[\u0400-\u04ff]/);
    }
  });
});

describe("compatibility and checks", () => {
  const placeIndex = (id: string) =>
    (rawCopy() as { places: { id: string }[] }).places.findIndex((p) => p.id === id);

  it("still reads a dataset whose places have no localizedName (older datasets)", () => {
    const json = rawCopy() as { places: Record<string, unknown>[] };
    for (const p of json.places) delete p.localizedName;
    const old = buildIndex(unwrap(parseDataset(json)));
    expect(unwrap(resolve(old, "Kashkadarya region")).id).toBe("kashkadarya-region");
    expect(expectDataError(resolve(old, "Хиуа")).kind).toBe("not-found");
  });

  it("refuses a localizedName whose English differs from the place's name", () => {
    const i = placeIndex("khiva");
    const issues = issuesOf(parseDataset(edited([["places", i, "localizedName", "en"], "Chiva"])));
    expect(issues).toContainEqual({
      path: `$.places[${i}].localizedName.en`,
      message: 'must be the same as the place\'s name "Khiva"',
    });
  });

  it("refuses a localized place name another entity already answers to", () => {
    const i = placeIndex("khiva");
    const issues = issuesOf(parseDataset(edited([["places", i, "localizedName", "ru"], "Алматы"])));
    expect(issues).toContainEqual({
      path: `$.places[${i}].localizedName.ru`,
      message:
        '"Алматы" matches the same key as a name of "almaty"; names must tell entities apart',
    });
  });

  it("keeps a localized name two entities share ambiguous (the index never picks one)", () => {
    // The validator refuses such a dataset; the index must still not pick one silently.
    const i = placeIndex("almaty");
    const shared = edited([["places", i, "localizedName", "kk"], "Хиуа"]) as Dataset;
    const error = expectDataError(resolve(buildIndex(shared), "Хиуа"));
    expect(error.kind).toBe("ambiguous");
    expect(english(error)).toContain("Almaty");
    expect(english(error)).toContain("Khiva");
  });
});
