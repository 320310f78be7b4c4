import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { TABLES } from "../../data/views";
import { readPrevious, readRefreshes } from "../../office/history";
import type { SettingsBag } from "../../office/settings";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  p: { margin: 0 },
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
  const written = TABLES.filter((t) => refreshes[t.key]);
  return (
    <>
      {written.length > 0 && (
        <ul className={styles.list} aria-label="Last refresh of each table" data-testid="refreshes">
          {written.map((t) => {
            const r = refreshes[t.key]!;
            return (
              <li key={t.key}>
                <Caption1>
                  {t.label}: {utcMinute(r.at)}, dataset {r.version} (as of {r.asOf})
                </Caption1>
              </li>
            );
          })}
        </ul>
      )}
      {previous && (
        <div>
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
