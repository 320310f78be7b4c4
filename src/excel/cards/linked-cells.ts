/**
 * The inserted tables' cards as linked entities (the "linked" card route: ExcelApi 1.19 with
 * CustomFunctionsRuntime 1.5, Excel for Windows and Mac). A cell holds a LinkedEntityCellValue
 * naming the record (its KZUZ domain and id, the reader's culture) and its text, the name in the
 * reader's language; Excel fills in the rest, and refreshes it, through KZUZ's load service
 * (src/formulas/linked.ts), which answers with the same card the entities route writes whole. As
 * "Create linked entity data types in Excel add-ins" has it
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values):
 * "When you create new linked entity cell values, they only contain an initial text string … Excel
 * calls your linked entity load service function to get the remaining property values", and the
 * domains must be registered for Excel to find the load service: registered here (once) before
 * any cell is written, in case the start did not (./../../taskpane/linkedCards).
 *
 * Fetched only where cardRoute says "linked" (a chunk of its own, with the start's).
 */
import { cardRecordOf } from "../../data/cards/record-card";
import { domainOfKind } from "../../data/cards/linked-ids";
import type { EntityCard } from "../../data/cards/types";
import { linkedCellValue, registerLinkedDomains } from "../linked";
import type { RunExcel } from "../workbench";
import type { CardForm } from "./write";

/** The linked entity a card becomes: its record's domain and id, its text. */
function linkedOf(card: EntityCard, culture: string): Excel.LinkedEntityCellValue {
  const record = cardRecordOf(card);
  if (!record) throw new RangeError(`A card without its KZUZ record: ${card.text}`);
  return linkedCellValue(domainOfKind(record.kind), record.id, card.text, culture);
}

/** The form of the linked route's cards in `culture`. */
function linkedForm(culture: string): CardForm {
  return {
    json: (card) => linkedOf(card, culture),
    // The cell shows this card when it names the same record in the same culture with the same
    // text; changed fields are Excel's to load (the dataset in force's refresh asks it to).
    shows: (now, card) => {
      const cell = now as Partial<Excel.LinkedEntityCellValue> | null | undefined;
      const want = linkedOf(card, culture);
      return (
        cell?.type === "LinkedEntity" &&
        cell.id?.serviceId === want.id.serviceId &&
        cell.id.domainId === want.id.domainId &&
        cell.id.entityId === want.id.entityId &&
        cell.id.culture === want.id.culture &&
        cell.text === want.text
      );
    },
    bytes: (card) => JSON.stringify(linkedOf(card, culture)).length + 200,
  };
}

/**
 * The linked form in the reader's `culture` ("ru-RU": the load service answers in its language),
 * once KZUZ's domains are registered in this Excel; undefined where registering fails (an Excel
 * that declares the sets but lacks the API): the caller writes the cards whole instead.
 */
export async function linkedCards(run: RunExcel, culture: string): Promise<CardForm | undefined> {
  try {
    await run(registerLinkedDomains);
    return linkedForm(culture);
  } catch {
    return undefined;
  }
}
