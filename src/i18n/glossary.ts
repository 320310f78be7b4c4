/**
 * The domain's terms in the five languages, so the same thing has the same name in every catalogue
 * (the functions' descriptions today; the pane's and the help page's when they are translated).
 * `term` is the form to write; `match` is a case-insensitive pattern that finds the term in any of
 * its inflected forms (Russian, Kazakh and Uzbek decline nouns), used by the catalogue tests.
 * Uzbek is in Latin script with the modifier letter turned comma (U+02BB) in oʻ and gʻ.
 */
import type { Lang } from "./locales";

interface GlossaryForm {
  term: string;
  match: string;
}

type GlossaryEntry = { id: string; note: string } & Record<Lang, GlossaryForm>;

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: "tradeTurnover",
    note: "Exports plus imports between the two countries over a period.",
    en: { term: "trade turnover", match: "turnover" },
    ru: { term: "товарооборот", match: "товарооборот" },
    kk: { term: "тауар айналымы", match: "тауар айналым" },
    uz: { term: "tovar aylanmasi", match: "tovar aylanma" },
    fr: { term: "échanges commerciaux", match: "échanges commerciaux" },
  },
  {
    id: "target",
    note: "The trade turnover the two governments set out to reach ($10 billion by 2030).",
    en: { term: "target", match: "\\btargets?\\b" },
    ru: { term: "целевой показатель", match: "целев\\S* показател" },
    kk: { term: "мақсатты көрсеткіш", match: "мақсатты көрсеткіш" },
    uz: { term: "maqsadli koʻrsatkich", match: "maqsadli koʻrsatkich" },
    fr: { term: "objectif", match: "objectif" },
  },
  {
    id: "jointProject",
    note: "A project both countries launched together (the November 2025 summit's list).",
    en: { term: "joint project", match: "joint projects?" },
    ru: { term: "совместный проект", match: "совместн\\S* проект" },
    kk: { term: "бірлескен жоба", match: "бірлескен жоба" },
    uz: { term: "qoʻshma loyiha", match: "qoʻshma loyiha" },
    fr: { term: "projet commun", match: "projets? communs?" },
  },
  {
    id: "agreement",
    note: "A signed document between the two sides.",
    en: { term: "agreement", match: "\\bagreements?\\b" },
    ru: { term: "соглашение", match: "соглашени" },
    kk: { term: "келісім", match: "келісім" },
    uz: { term: "kelishuv", match: "kelishuv" },
    fr: { term: "accord", match: "accords?" },
  },
  {
    id: "source",
    note: "The publication a figure comes from.",
    en: { term: "source", match: "\\bsources?\\b" },
    ru: { term: "источник", match: "источник" },
    kk: { term: "дереккөз", match: "дереккөз" },
    uz: { term: "manba", match: "manba" },
    fr: { term: "source", match: "sources?" },
  },
  {
    id: "notDisclosed",
    note: "No source gives the figure; never shown as 0.",
    en: { term: "not disclosed", match: "not disclosed|undisclosed" },
    ru: { term: "не раскрыто", match: "не раскрыт" },
    kk: { term: "жария етілмеген", match: "жария етілмеген" },
    uz: { term: "oshkor qilinmagan", match: "oshkor qilinmagan" },
    fr: { term: "non communiqué", match: "non communiqu" },
  },
  {
    id: "estimate",
    note: "A figure a source gives as approximate.",
    en: { term: "estimate", match: "\\bestimates?\\b" },
    ru: { term: "оценка", match: "оцен" },
    kk: { term: "бағалау", match: "бағала" },
    uz: { term: "taxminiy baho", match: "taxmin" },
    fr: { term: "estimation", match: "estimation" },
  },
  {
    id: "reporter",
    note: "Whose figures: Kazakhstan's statistics, Uzbekistan's, joint statements or the press.",
    en: { term: "reporter", match: "\\breporter" },
    ru: { term: "отчитывающаяся сторона", match: "отчитывающ" },
    kk: { term: "есеп беруші тарап", match: "есеп беруші" },
    uz: { term: "hisobot beruvchi tomon", match: "hisobot beruvchi" },
    fr: { term: "déclarant", match: "déclarant" },
  },
  {
    id: "fullYear",
    note: "A figure covering January to December.",
    en: { term: "full year", match: "full[- ]year" },
    ru: { term: "полный год", match: "полн\\S* год" },
    kk: { term: "толық жыл", match: "толық жыл" },
    uz: { term: "toʻliq yil", match: "toʻliq yil" },
    fr: { term: "année complète", match: "années? complètes?" },
  },
  {
    id: "partYear",
    note: "A figure covering only some months; never shown as the year's.",
    en: { term: "part of a year", match: "part-year|part of (a|the) year" },
    ru: { term: "часть года", match: "част\\S* года" },
    kk: { term: "жылдың бір бөлігі", match: "жылдың бір бөлі" },
    uz: { term: "yilning bir qismi", match: "yilning bir qism" },
    fr: { term: "partie de l’année", match: "partie de l.année" },
  },
  {
    id: "headline",
    note: "The one figure quoted for a year when reporters differ.",
    en: { term: "headline figure", match: "headline" },
    ru: { term: "основной показатель", match: "основн" },
    kk: { term: "негізгі көрсеткіш", match: "негізгі" },
    uz: { term: "asosiy koʻrsatkich", match: "asosiy" },
    fr: { term: "chiffre de référence", match: "de référence" },
  },
  {
    id: "investment",
    note: "Money committed to a project, in US dollars.",
    en: { term: "investment", match: "\\binvestments?\\b" },
    ru: { term: "инвестиции", match: "инвестици" },
    kk: { term: "инвестиция", match: "инвестиция" },
    uz: { term: "investitsiya", match: "investitsiya" },
    fr: { term: "investissement", match: "investissement" },
  },
  {
    id: "summit",
    note: "The November 2025 meeting of the two presidents.",
    en: { term: "summit", match: "\\bsummit" },
    ru: { term: "саммит", match: "саммит" },
    kk: { term: "саммит", match: "саммит" },
    uz: { term: "sammit", match: "sammit" },
    fr: { term: "sommet", match: "sommet" },
  },
];
