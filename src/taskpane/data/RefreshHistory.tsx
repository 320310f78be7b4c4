import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { TABLES } from "../../data/views";
import { readPrevious, readRefreshes } from "../../office/history";
import type { SettingsBag } from "../../office/settings";

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

/** "2026-12-01T09:00:00.000Z" as "2026-12-01 09:00 UTC". */
export function utcMinute(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
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
  const refreshes = readRefreshes(settings);
  const previous = readPrevious(settings);
  // Tables written together share one line: "Projects, Trade: 2026-12-01 09:00 UTC, ...".
  const lines = new Map<string, string[]>();
  for (const t of TABLES) {
    const r = refreshes[t.key];
    if (!r) continue;
    const when = `${utcMinute(r.at)}, dataset ${r.version} (as of ${r.asOf})`;
    lines.set(when, [...(lines.get(when) ?? []), t.label]);
  }
  return (
    <>
      {lines.size > 0 && (
        <ul className={styles.list} aria-label="Last refresh of each table" data-testid="refreshes">
          {[...lines].map(([when, labels]) => (
            <li key={when}>
              <Caption1>
                {labels.join(", ")}: {when}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {previous && (
        <div className={styles.restore}>
          <Button disabled={disabled} onClick={onRestore}>
            Restore dataset {previous.version}
          </Button>
          <Caption1 as="p" className={styles.p}>
            Goes back to the data in force before the last refresh (as of {previous.asOf}) and
            updates the tables and formulas with it, all or nothing.
          </Caption1>
        </div>
      )}
    </>
  );
}
