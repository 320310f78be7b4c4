import {
  editDistance,
  foldName,
  foldWords,
  phoneticKey,
  stripGenericWords,
} from "../../src/data/normalize";

const key = (s: string) => phoneticKey(foldName(s));

describe("foldName", () => {
  it.each([
    ["Kashka-Daria", "kashkadaria"],
    ["Qashqadaryo", "qashqadaryo"],
    ["Кашкадарья", "kashkadarya"],
    ["Қашқадарё", "qashqadaryo"],
    ["Ташкент", "tashkent"],
    ["Тошкент", "toshkent"],
    ["Түркістан", "turkistan"],
    ["Сырдарья", "syrdarya"],
    ["Ўзбекистон", "ozbekiston"],
    ["Oʻzbekiston", "ozbekiston"],
    ["O'zbekiston", "ozbekiston"],
    ["Ouzbékistan", "ouzbekistan"],
    ["Hôtel « Tachkent »", "hoteltachkent"],
    ["Новый Ташкент", "novyytashkent"],
    ["Қазақстан", "qazaqstan"],
    ["ҳ ғ ң ө ұ ү һ і ә ў ё", "hgngouuhiaoyo"],
    ["Straße", "strasse"],
    ["  Tenge   Bank  HQ ", "tengebankhq"],
  ])("%s → %s", (input, folded) => {
    expect(foldName(input)).toBe(folded);
  });

  it("keeps decomposed Cyrillic letters whole (й and ё typed as base letter plus mark)", () => {
    expect(foldName("Новы\u0438\u0306")).toBe("novyy");
    expect(foldName("Сирдаре\u0308")).toBe("sirdaryo");
  });

  it("folds to nothing when there is no letter or digit", () => {
    expect(foldName(" -–'’ ")).toBe("");
  });

  it("reads Uzbek oʻ and gʻ typed with any apostrophe alike", () => {
    for (const mark of ["ʻ", "'", "`", "‘", "’", "ʼ", "ʿ", "′", "‛", ""])
      expect(foldName(`Qozog${mark}iston`)).toBe("qozogiston");
    expect(foldName("Koʻp funksiyali")).toBe(foldName("Ko'p funksiyali"));
  });

  it("reads Kazakh letters and Turkic Latin ş as their Russian-style transliteration", () => {
    expect(foldName("Қашқадария облысы")).toBe("qashqadariyaoblysy");
    expect(foldName("Жаңа Ташкент")).toBe("zhangatashkent");
    expect(foldName("Хиуа")).toBe("khiua");
    expect(foldName("Taşkent")).toBe(foldName("Tashkent"));
    expect(foldName("Türkistan")).toBe(foldName("Түркістан"));
  });

  it("splits words at punctuation, not at apostrophes", () => {
    expect(foldWords("G'uzor, O‘zbekiston-2025")).toEqual(["guzor", "ozbekiston", "2025"]);
  });
});

describe("phoneticKey", () => {
  const groups: Record<string, string[]> = {
    kashkadarya: [
      "Kashka-Daria",
      "Kashkadarya",
      "Kashkadaria",
      "Qashqadaryo",
      "Кашкадарья",
      "Қашқадарё",
      "Kachka-Daria",
    ],
    tashkent: ["Tashkent", "Tachkent", "Toshkent", "Тошкент", "Ташкент", "Taşkent"],
    turkestan: ["Turkestan", "Turkistan", "Türkistan", "Түркістан", "Туркестан"],
    syrdarya: ["Syrdarya", "Sirdaryo", "Syr Darya", "Сырдарья", "Сирдарё"],
    newTashkent: ["New Tashkent", "Nouveau Tachkent", "Новый Ташкент"],
    kazakhstan: ["Kazakhstan", "Qazaqstan", "Казахстан", "Қазақстан"],
    uzbekistan: ["Uzbekistan", "Ouzbékistan", "O'zbekiston", "Узбекистан", "Ўзбекистон"],
    almaty: ["Almaty", "Alma-Ata", "Алматы"],
  };
  it.each(Object.entries(groups))("maps every spelling of %s to one key", (_, spellings) => {
    const keys = new Set(spellings.map(key));
    expect(keys.size).toBe(1);
  });

  it("keeps the groups apart from one another", () => {
    const firstKeys = Object.values(groups).map((spellings) => key(spellings[0]));
    expect(new Set(firstKeys).size).toBe(firstKeys.length);
  });

  it("maps kh/x/q to k, zh/dzh/j to j, ts/ch/sh to s, soft c to s", () => {
    expect(phoneticKey("xorazm")).toBe(phoneticKey("khorazm"));
    expect(phoneticKey("jizzakh")).toBe(phoneticKey("dzhizak"));
    expect(phoneticKey("tsentr")).toBe(phoneticKey("centr"));
  });
});

describe("stripGenericWords", () => {
  it.each([
    ["Kashkadarya region", "kashkadarya", "region"],
    ["région de Kashka-Daria", "kashkadaria", "region"],
    ["Qashqadaryo viloyati", "qashqadaryo", "region"],
    ["Кашкадарья область", "kashkadarya", "region"],
    ["Түркістан облысы", "turkistan", "region"],
    ["Tashkent province", "tashkent", "region"],
    ["Tashkent city", "tashkent", "city"],
    ["город Ташкент", "tashkent", "city"],
    ["Republic of Uzbekistan", "uzbekistan", "country"],
  ])("%s → %s (%s)", (input, stem, kind) => {
    expect(stripGenericWords(input)).toEqual({ stem, kind });
  });

  it("returns undefined without a generic word, or with nothing else", () => {
    expect(stripGenericWords("Kashkadarya")).toBeUndefined();
    expect(stripGenericWords("region")).toBeUndefined();
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps", () => {
    expect(editDistance("tashkent", "tashkent", 3)).toBe(0);
    expect(editDistance("tashknet", "tashkent", 3)).toBe(1);
    expect(editDistance("tashkemt", "tashkent", 3)).toBe(1);
    expect(editDistance("tashkentt", "tashkent", 3)).toBe(1);
    expect(editDistance("tshkent", "tashkent", 3)).toBe(1);
    expect(editDistance("", "abc", 5)).toBe(3);
  });

  it("stops at max + 1", () => {
    expect(editDistance("astana", "kashkadarya", 2)).toBe(3);
    expect(editDistance("a", "abcdefgh", 2)).toBe(3);
  });
});
