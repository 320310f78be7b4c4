/**
 * What the cards pass says (src/excel/cards/messages.ts): the English catalogue renders each
 * message exactly as the code writes it, and other languages say the plurals and the lists.
 */
import * as M from "../../src/excel/cards/messages";
import { localized, plain, type Message } from "../../src/i18n/message";
import { createTranslator, loadMessages } from "../../src/i18n/translator";
import { english } from "../support/english";

const lab = localized({ en: "LAB complex", fr: "Complexe LAB" });
const item = (n: number) => M.cardFields(plain(`Project ${n}`), ["Investment", "Region.Name"]);
const SAMPLES: Message[] = [
  M.cardFields(lab, ["Status"]),
  M.cardsUpdated([item(1)]),
  M.cardsUpdated([item(1), item(2), item(3), item(4), item(5)]),
  M.cardsMadeText(1),
  M.cardsMadeText(35),
  M.cardsFailed("GeneralException: x"),
];

test("the English catalogue says each message in full", () => {
  expect(SAMPLES.map(english)).toEqual([
    "LAB complex (Status)",
    "Cards updated: Project 1 (Investment, Region.Name).",
    "Cards updated: Project 1 (Investment, Region.Name); Project 2 (Investment, Region.Name); Project 3 (Investment, Region.Name) and 2 more.",
    "1 card was turned back into text, as “Insert with cards” is off.",
    "35 cards were turned back into text, as “Insert with cards” is off.",
    "The tables are written, but Excel could not write their cards: GeneralException: x. They hold text; insert the tables again to add the cards.",
  ]);
});

test("in French: the record's name in French, French spaces, the plural", async () => {
  const fr = createTranslator("fr", await loadMessages("fr"));
  expect(fr.text(M.cardsUpdated([M.cardFields(lab, ["Status"])]))).toBe(
    "Cartes mises à jour\u00a0: Complexe LAB (Status)."
  );
  expect(fr.text(M.cardsMadeText(2))).toMatch(/^2 cartes sont redevenues du texte/);
});

test("in Russian: plural forms", async () => {
  const ru = createTranslator("ru", await loadMessages("ru"));
  expect(ru.text(M.cardsMadeText(1))).toMatch(/^1 карточка снова стала текстом/);
  expect(ru.text(M.cardsMadeText(5))).toMatch(/^5 карточек снова стали текстом/);
});
