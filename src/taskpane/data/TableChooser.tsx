import { Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronUpRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import type { Index } from "../../data/query";
import { TABLES, type ViewKey } from "../../data/views";
import { useT } from "../i18n";
import type { PaneActions } from "../paneActions";
import { PART_LABELS } from "../parts";
import { chosenTables, rememberChosenTables } from "./chosenTables";
import { TablePreview } from "./TablePreview";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  head: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  choice: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  meta: {
    margin: 0,
    // Lined up with the checkbox's label.
    paddingInlineStart: "32px",
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  toggle: { flexShrink: 0 },
  preview: { paddingInlineStart: "32px", paddingTop: tokens.spacingVerticalXS },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  insert: { alignSelf: "flex-start" },
  none: { margin: 0 },
});

/**
 * Choose before inserting, as Excel's Get Data navigator does: every table with a checkbox, its
 * row count, and a preview of its first rows on demand; "Insert selected" inserts the tables
 * checked (remembered for next time, ./chosenTables). Keyboard only: Tab reaches each checkbox
 * (Space ticks it) and each preview button (Enter opens it); screen readers hear each table's
 * rows and name with its checkbox, and each preview as a table with a caption.
 */
export function TableChooser({
  index,
  inWorkbook,
  actions,
}: {
  index: Index;
  /** The tables already in the workbook: inserting them again updates them. */
  inWorkbook: readonly ViewKey[];
  actions: PaneActions;
}) {
  const styles = useStyles();
  const t = useT();
  const [chosen, setChosen] = useState<ViewKey[]>(() => chosenTables());
  const [open, setOpen] = useState<ViewKey[]>([]);
  const base = useId();
  const noneId = `${base}-none`;
  const toggle = (list: ViewKey[], key: ViewKey, on: boolean) =>
    on
      ? TABLES.map((x) => x.key).filter((k) => k === key || list.includes(k))
      : list.filter((k) => k !== key);
  const insert = () => {
    rememberChosenTables(chosen);
    return actions.insertSelected(chosen);
  };
  return (
    <div className={styles.actions}>
      <ul className={styles.list} aria-label={t.t("data.tables.choose")}>
        {TABLES.map((table) => {
          const key = table.key;
          const part = t.t(PART_LABELS[key]);
          const metaId = `${base}-${key}-meta`;
          const previewId = `${base}-${key}-preview`;
          const isOpen = open.includes(key);
          const meta = [
            t.t("data.tables.rows", { count: table.rows(index).length }),
            table.tableName,
            ...(inWorkbook.includes(key) ? [t.t("data.tables.inWorkbook")] : []),
          ].join(" · ");
          return (
            <li key={key} className={styles.item}>
              <div className={styles.head}>
                <div className={styles.choice}>
                  <Checkbox
                    label={part}
                    checked={chosen.includes(key)}
                    disabled={actions.disabled}
                    aria-describedby={metaId}
                    onChange={(_, data) => setChosen((c) => toggle(c, key, data.checked === true))}
                  />
                </div>
                <Button
                  className={styles.toggle}
                  size="small"
                  appearance="subtle"
                  icon={isOpen ? <ChevronUpRegular /> : <ChevronDownRegular />}
                  iconPosition="after"
                  aria-expanded={isOpen}
                  aria-controls={isOpen ? previewId : undefined}
                  aria-label={t.t("data.tables.previewOf", { part })}
                  onClick={() =>
                    setOpen((o) => (isOpen ? o.filter((k) => k !== key) : [...o, key]))
                  }
                >
                  {t.t("data.tables.preview")}
                </Button>
              </div>
              {/* Under both, so the table's name has the pane's width. */}
              <Caption1 as="p" id={metaId} className={styles.meta}>
                {meta}
              </Caption1>
              {isOpen && (
                <div className={styles.preview}>
                  <TablePreview index={index} part={key} id={previewId} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <Button
        className={styles.insert}
        disabledFocusable={actions.disabled || chosen.length === 0}
        aria-describedby={chosen.length === 0 ? noneId : undefined}
        onClick={() => void insert()}
      >
        {t.t("data.tables.insertSelected")}
      </Button>
      {chosen.length === 0 && (
        <Caption1 as="p" id={noneId} className={styles.none}>
          {t.t("data.tables.noneChosen")}
        </Caption1>
      )}
    </div>
  );
}
