/**
 * Cards in the inserted tables, around a table write (../tables/write): which columns the write
 * may read as cards, and the cards pass after it (./write), with what it says. Where this Excel
 * has no cards route (./support), nothing here touches the workbook: the tables are exactly the
 * text tables they always were.
 */
import type { Index } from "../../data/query";
import type { Dataset } from "../../data/schema";
import type { View, ViewKey } from "../../data/views";
import { cardRoute, type Supports } from "../requirements";
import { localized, plain, type Message } from "../../i18n/message";
import type { WriteResult } from "../tables/write";
import type { RunExcel } from "../workbench";
import { CARD_COLUMNS, cardsOf } from "./columns";
import * as M from "./messages";
import { cardsRoute } from "./support";
import { writeCards, type CardChange, type CardForm, type CardTable } from "./write";

/** The reader's choice ("Insert with cards") and language; `officeJs` overrides the check (tests). */
export interface CardsChoice {
  readonly wanted: boolean;
  readonly lang: string;
  /** The reader's culture ("ru-RU"), for linked cards (Excel hands it to the load service); `lang` unless said. */
  readonly culture?: string;
  readonly officeJs?: boolean;
}

/** The card columns a write may read as cards: all of them where this Excel has cards, else none. */
export function cardColumnsFor(
  choice: CardsChoice | undefined,
  supports?: Supports
): Partial<Record<ViewKey, readonly string[]>> | undefined {
  return choice && cardsRoute(supports, choice.officeJs).cards ? CARD_COLUMNS : undefined;
}

/** "LAB complex" in the reader's language, as the change summary names rows. */
function rowName(dataset: Dataset, change: CardChange): Message {
  const record =
    change.key === "projects"
      ? dataset.projects.find((p) => p.id === change.id)?.name
      : dataset.agreements.find((a) => a.id === change.id)?.title;
  return record ? localized(record) : plain(change.id);
}

/**
 * How this Excel's cards go into cells: as linked entities where cardRoute says "linked" (their
 * code fetched only then, and used once KZUZ's domains are registered), else whole.
 */
async function formFor(
  run: RunExcel,
  choice: CardsChoice,
  supports?: Supports
): Promise<CardForm | undefined> {
  if (!choice.wanted || cardRoute(supports) !== "linked") return undefined;
  const linked = await import(/* webpackChunkName: "linked" */ "./linked-cells");
  return linked.linkedCards(run, choice.culture ?? choice.lang);
}

/**
 * After the tables' text is written: each card column's cards, written where they differ (or,
 * with cards off, our cards turned back into text), whole or linked (formFor). Says which card
 * fields changed; a failure is said, not thrown: the tables' text is written and stays.
 */
export async function cardsAfterWrite(
  run: RunExcel,
  index: Index,
  views: readonly View[],
  result: WriteResult,
  choice: CardsChoice | undefined,
  supports?: Supports
): Promise<Message | undefined> {
  if (!cardColumnsFor(choice, supports) || !choice) return undefined;
  const tables: CardTable[] = views.flatMap((view) => {
    const tableId = result.tableIds[view.key];
    if (!CARD_COLUMNS[view.key] || !tableId) return [];
    const cards = choice.wanted ? cardsOf(index, view.key, choice.lang) : undefined;
    return [{ view, tableId, owned: result.rowIds[view.key] ?? [], cards }];
  });
  if (tables.length === 0) return undefined;
  try {
    const form = await formFor(run, choice, supports);
    if (form) tables.forEach((t, i) => (tables[i] = { ...t, form }));
    const done = await run((context) => writeCards(context, tables, CARD_COLUMNS));
    const items = done.changes.map((c) =>
      M.cardFields(
        rowName(index.dataset, c),
        c.fields.map((f) => (c.header === "Name" || c.header === "Title" ? f : `${c.header}.${f}`))
      )
    );
    if (items.length > 0) return M.cardsUpdated(items);
    return done.madeText > 0 ? M.cardsMadeText(done.madeText) : undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return M.cardsFailed(reason.replace(/\s+/g, " ").slice(0, 300));
  }
}
