import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { cardsRoute, type CardsRoute } from "../../excel/cards/support";
import { cardRoute, type Supports } from "../../excel/requirements";
import { helpHref } from "../../i18n/help";
import { useT } from "../i18n";
import { TextLink } from "../TextLink";
import { useCardsWanted } from "./cardsChoice";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { margin: 0 },
  toggle: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
  },
  input: { margin: 0, width: "16px", height: "16px", accentColor: tokens.colorBrandBackground },
});

/**
 * Which route this Excel gives the tables' cards, said in a sentence (linked cards that Excel
 * refreshes itself, or cards written whole), and the "Insert with cards" switch where cards can
 * be written (on by default). Where they cannot, the sentence says why
 * (Excel lacks ExcelApi 1.16, or the loaded office.js is older than it) and there is no switch.
 * Always a link to the help's section on cards (help.<lang>.html#cards): what a card is, how to
 * read a field, which Excel has which kind.
 */
export function InsertCards({
  supports,
  officeJs,
}: {
  supports?: Supports;
  /** Whether the loaded office.js defines Range.valuesAsJson; checked on the page by default. */
  officeJs?: boolean;
}) {
  const styles = useStyles();
  const t = useT();
  const [wanted, setWanted] = useCardsWanted();
  const noteId = useId();
  const route: CardsRoute = cardsRoute(supports, officeJs);
  // Linked where this Excel has linked entities (ExcelApi 1.19 + CustomFunctionsRuntime 1.5, not
  // the web): cards Excel refreshes itself; else cards written whole (ExcelApi 1.16).
  const linked = route.cards && cardRoute(supports) === "linked";
  const on = linked ? "cards.pane.route.linked" : "cards.pane.route.cards";
  const sentence = route.cards
    ? t.t(wanted ? on : "cards.pane.off", {
        formula: "=[@Name].Investment",
      })
    : t.t(route.why === "host" ? "cards.pane.route.host" : "cards.pane.route.officejs");
  return (
    <div
      className={styles.box}
      data-cards-route={route.cards ? (linked ? "linked" : "cards") : route.why}
    >
      {route.cards && (
        // A native checkbox as a switch (ARIA allows role="switch" on it): keyboard, screen
        // readers and forced colours work as the browser's own, without Fluent's Switch chunk.
        <label className={styles.toggle}>
          <input
            type="checkbox"
            role="switch"
            className={styles.input}
            checked={wanted}
            aria-describedby={noteId}
            onChange={(e) => setWanted(e.currentTarget.checked)}
          />
          {t.t("cards.pane.toggle")}
        </label>
      )}
      <Caption1 as="p" id={noteId} className={styles.note}>
        {sentence}{" "}
        <TextLink href={helpHref(t.lang, "cards")} target="_blank" rel="noopener">
          {t.t("cards.pane.help")}
        </TextLink>
      </Caption1>
    </div>
  );
}
