/**
 * Name folding for matching what people type against the dataset's names and aliases, across
 * Latin, Russian, Kazakh and Uzbek spellings: "Kashka-Daria", "Qashqadaryo" and "Қашқадарё" must
 * all find the same region.
 */

/** Cyrillic letters (Russian, Kazakh, Uzbek, a few Ukrainian) to Latin, lowercase. */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  // Kazakh
  ә: "a",
  ғ: "g",
  қ: "q",
  ң: "ng",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
  // Uzbek
  ў: "o",
  ҳ: "h",
  // Ukrainian
  є: "ye",
  ї: "yi",
  ґ: "g",
};

/**
 * Latin letters that Unicode decomposition does not reduce to a-z, or would reduce wrongly: ş and
 * ș are "sh" in every language that writes them (Kazakh and Turkish Latin "Taşkent" is Tashkent).
 */
const LATIN_EXTRA: Readonly<Record<string, string>> = {
  ş: "sh",
  ș: "sh",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ı: "i",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
};

/**
 * Apostrophes and look-alikes: dropped, not word breaks. Uzbek oʻ and gʻ are typed with any of
 * them (ʻ U+02BB officially, but also ', `, ‘, ’, ʼ, ʿ or a prime), as is French elision.
 */
const APOSTROPHES = /['`´ʹʻʼʽʿ‘’‛′]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ALNUM = /[^a-z0-9]+/;

/**
 * Splits a name into folded words: lowercase, Cyrillic transliterated to Latin, accents removed,
 * apostrophes dropped, everything that is not a-z or 0-9 treated as a word break.
 */
export function foldWords(text: string): string[] {
  let latin = "";
  for (const ch of text.normalize("NFC").toLowerCase())
    latin += CYRILLIC[ch] ?? LATIN_EXTRA[ch] ?? ch;
  return latin
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(APOSTROPHES, "")
    .split(NON_ALNUM)
    .filter((word) => word !== "");
}

/** Folds a name to one key of a-z and 0-9: `foldName("Kashka-Daria") === "kashkadaria"`. */
export function foldName(text: string): string {
  return foldWords(text).join("");
}

/**
 * A lossy "phonetic" key on top of `foldName`, mapping transliteration variants together: q→k,
 * kh/x→k, sh/ch/ts→s, zh/dzh/dj→j, soft c→s, then every vowel, y and h dropped and doubled
 * letters collapsed. Kashkadarya, Qashqadaryo, Кашкадарья, Kachka-Daria → "kskdr";
 * Tashkent, Tachkent, Тошкент → "tsknt". Pass a folded name (the output of `foldName`).
 */
export function phoneticKey(folded: string): string {
  return folded
    .replace(/shch/g, "s")
    .replace(/dzh|dj|zh/g, "j")
    .replace(/sh|ch|ts/g, "s")
    .replace(/kh|[qx]/g, "k")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/[aeiouyh]/g, "")
    .replace(/(.)\1+/g, "$1");
}

/** What a generic word such as "region" or "город" says about the place named. */
export type GenericKind = "region" | "city" | "country";

/** Generic words, folded, by what they say. */
const GENERIC_WORDS: ReadonlyMap<string, GenericKind> = new Map<string, GenericKind>([
  ...[
    "region",
    "regions",
    "oblast",
    "oblasti",
    "oblys",
    "oblysy",
    "oblisi",
    "viloyat",
    "viloyati",
    "province",
    "provinz",
  ].map((w): [string, GenericKind] => [w, "region"]),
  ...["city", "ville", "gorod", "shahri", "shahar", "qalasy", "kalasy"].map(
    (w): [string, GenericKind] => [w, "city"]
  ),
  ...["republic", "republique", "respublika", "respublikasi", "respublikasy"].map(
    (w): [string, GenericKind] => [w, "country"]
  ),
]);

/** Little words dropped with a generic word: "région de …", "Republic of …". */
const FILLERS: ReadonlySet<string> = new Set(["of", "the", "de", "du", "des", "la", "le"]);

/**
 * Removes generic words ("region", "oblast", "viloyati", "область", "облысы", "région de",
 * "province", "city", "Republic of"...) from a name. Returns the folded remainder and what the
 * removed words said (`kind`), or `undefined` when the name has no generic word or nothing else.
 */
export function stripGenericWords(text: string): { stem: string; kind: GenericKind } | undefined {
  const words = foldWords(text);
  let kind: GenericKind | undefined;
  for (const word of words) kind ??= GENERIC_WORDS.get(word);
  if (kind === undefined) return undefined;
  const stem = words.filter((w) => !GENERIC_WORDS.has(w) && !FILLERS.has(w)).join("");
  return stem === "" ? undefined : { stem, kind };
}

/**
 * The optimal-string-alignment (restricted Damerau-Levenshtein) distance between two strings,
 * counting insertions, deletions, substitutions and swaps of neighbours. Stops early: any
 * distance above `max` is returned as `max + 1`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length], max + 1);
}
