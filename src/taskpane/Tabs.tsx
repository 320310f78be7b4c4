import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export interface Tab {
  id: string;
  label: string;
  /** A glyph for the tab (./icons): unselected tabs show only it, with the label on hover and for screen readers. */
  icon?: ReactNode;
  /** The panel's content; rendered when the tab is first opened, then kept (hidden) so its state lasts. */
  render: () => ReactNode;
}

const useStyles = makeStyles({
  // One row in every language at 320 px: unselected tabs are icons (their label on hover, in a
  // tooltip, and always for screen readers); the selected one also shows its label.
  list: {
    display: "flex",
    flexWrap: "nowrap",
    minWidth: 0,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  tab: {
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    backgroundColor: "transparent",
    border: "none",
    borderBottom: "3px solid transparent",
    position: "relative",
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    flexShrink: 0,
    minWidth: "32px",
    justifyContent: "center",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalSNudge}`,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    flexShrink: 1,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    "@media (forced-colors: active)": { borderBottomColor: "Highlight" },
  },
  // A label longer than the row leaves room for wraps onto a second line rather than being cut
  // off: the pseudo-locale test (tests/e2e/languages) shows a 40% longer language would need it.
  label: {
    minWidth: 0,
    overflowWrap: "anywhere",
    textAlign: "start",
    lineHeight: tokens.lineHeightBase200,
  },
  // Read by screen readers, not drawn (the tab shows its icon; its title shows the label on hover).
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  panel: { paddingTop: tokens.spacingVerticalM },
});

/**
 * Tabs as WAI-ARIA's tabs pattern describes them (arrow keys, Home and End move between tabs;
 * one Tab stop), without Fluent's TabList, which would add about 20 KB gzip to the pane.
 */
export function Tabs({ label, tabs, idPrefix }: { label: string; tabs: Tab[]; idPrefix: string }) {
  const styles = useStyles();
  const [selected, setSelected] = useState(tabs[0].id);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([tabs[0].id]));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const choose = (id: string, focus = false) => {
    setSelected(id);
    setOpened((before) => (before.has(id) ? before : new Set(before).add(id)));
    if (focus) buttons.current.get(id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, at: number) => {
    const last = tabs.length - 1;
    const to =
      event.key === "ArrowRight"
        ? at === last
          ? 0
          : at + 1
        : event.key === "ArrowLeft"
          ? at === 0
            ? last
            : at - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    if (to === undefined) return;
    event.preventDefault();
    choose(tabs[to].id, true);
  };
  return (
    <div>
      <div role="tablist" aria-orientation="horizontal" aria-label={label} className={styles.list}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${idPrefix}-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className={mergeClasses(styles.tab, tab.id === selected && styles.selected)}
            onClick={() => choose(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
            title={tab.icon && tab.id !== selected ? tab.label : undefined}
          >
            {tab.icon}
            <span className={tab.icon && tab.id !== selected ? styles.hidden : styles.label}>
              {tab.label}
            </span>
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${idPrefix}-panel-${tab.id}`}
          aria-labelledby={`${idPrefix}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          className={styles.panel}
        >
          {opened.has(tab.id) && tab.render()}
        </div>
      ))}
    </div>
  );
}
