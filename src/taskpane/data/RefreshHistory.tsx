import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { TABLES } from "../../data/views";
import { readPrevious, readRefreshes } from "../../office/history";
import type { SettingsBag } from "../../office/settings";
import { PART_LABELS } from "../parts";
import { useT } from "../i18n";
import type { Translator } from "../../i18n/translator";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  p: { margin: 0 },
  restore: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
});

/** An instant as "2026-12-01 09:00 UTC" (English) or the language's date and time, in UTC. */
function utcMinuteText(t: Translator, iso: string): string {
  if (t.lang === "en") return `${iso.slice(0, 16).replace("T", " ")} UTC`;
  const when = new Intl.DateTimeFormat(t.tag, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(new Date(iso));
  return `${when} UTC`;
}

/**
 * When each table was last written and from which dataset version (kept in the workbook), and
 * the way back to the dataset in force before the last refresh.
 */
export function RefreshHistory({
  settings,
  disabled,
  onRestore,
}: {
  settings: SettingsBag | undefined;
  disabled: boolean;
  onRestore: () => void;
}) {
  const styles = useStyles();
  const t = useT();
  const refreshes = readRefreshes(settings);
  const previous = readPrevious(settings);
  // Tables written together share one line: "Projects, Trade: 2026-12-01 09:00 UTC, ...".
  const lines = new Map<string, string[]>();
  for (const part of TABLES) {
    const r = refreshes[part.key];
    if (!r) continue;
    const when = t.t("data.history.when", {
      at: utcMinuteText(t, r.at),
      version: r.version,
      asOf: t.day(r.asOf),
    });
    lines.set(when, [...(lines.get(when) ?? []), t.t(PART_LABELS[part.key])]);
  }
  return (
    <>
      {lines.size > 0 && (
        <ul className={styles.list} aria-label={t.t("data.history.label")} data-testid="refreshes">
          {[...lines].map(([when, labels]) => (
            <li key={when}>
              <Caption1>{t.t("data.history.line", { tables: labels.join(", "), when })}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {previous && (
        <div className={styles.restore}>
          <Button disabled={disabled} onClick={onRestore}>
            {t.t("data.history.restore", { version: previous.version })}
          </Button>
          <Caption1 as="p" className={styles.p}>
            {t.t("data.history.restoreNote", { asOf: t.day(previous.asOf) })}
          </Caption1>
        </div>
      )}
    </>
  );
}
