import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { plural } from "../../data/format";
import type { Scope } from "../../excel/values";
import type { Workbench } from "../../excel/workbench";
import { Busy } from "../Busy";
import { Buttons, Section } from "../Section";
import { countKzuzFormulas, type Counted } from "../workbook";

const useStyles = makeStyles({
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  p: { margin: 0 },
});

const place = (scope: Scope) => (scope === "selection" ? "the selected cells" : "this workbook");

/**
 * "Share without the add-in": counts the KZUZ formulas, says what converting them will do, and
 * converts only when the user confirms.
 */
export function ShareValues({
  bench,
  disabled,
  onConvert,
  status,
}: {
  bench: Workbench;
  disabled: boolean;
  onConvert: (scope: Scope) => void;
  status: ReactNode;
}) {
  const styles = useStyles();
  const [asking, setAsking] = useState<{ scope: Scope; counted?: Counted }>();
  const ask = async (scope: Scope) => {
    setAsking({ scope });
    const counted = await countKzuzFormulas(bench, scope);
    setAsking((a) => (a?.scope === scope ? { scope, counted } : a));
  };
  const counted = asking?.counted;
  return (
    <Section
      id="share"
      title="Share without the add-in"
      note="Someone without KZUZ sees #NAME? in every KZUZ formula. Converting them to their values keeps the figures, and lists each one's formula and dataset on a KZUZ Formula Sources sheet."
    >
      <Buttons>
        <Button disabled={disabled || asking !== undefined} onClick={() => void ask("workbook")}>
          Convert formulas to values
        </Button>
        <Button disabled={disabled || asking !== undefined} onClick={() => void ask("selection")}>
          Only the selected cells
        </Button>
      </Buttons>
      {asking && !counted && <Busy label="Looking for KZUZ formulas…" />}
      {asking && counted && (
        <div className={styles.confirm} role="group" aria-labelledby="kzuz-share-confirm">
          <Text as="p" id="kzuz-share-confirm" className={styles.p} aria-live="polite">
            {!counted.ok
              ? counted.message
              : counted.count === 0
                ? `There are no KZUZ formulas in ${place(asking.scope)}.`
                : `${plural(counted.count, "KZUZ formula")} found in ${place(asking.scope)}${asking.scope === "workbook" ? ` (${plural(counted.sheets, "sheet")})` : ""}. Each will be replaced by the value it shows now; formulas showing an error are left as they are.`}
          </Text>
          {counted.ok && counted.count > 0 && (
            <Caption1 as="p" className={styles.p}>
              Excel&apos;s Undo cannot take this back: to keep the live formulas, save a copy of the
              workbook first and share the copy.
            </Caption1>
          )}
          <Buttons>
            {counted.ok && counted.count > 0 && (
              <Button
                appearance="primary"
                disabled={disabled}
                onClick={() => {
                  setAsking(undefined);
                  onConvert(asking.scope);
                }}
              >
                Convert {plural(counted.count, "formula")}
              </Button>
            )}
            <Button onClick={() => setAsking(undefined)}>
              {counted.ok && counted.count > 0 ? "Cancel" : "Close"}
            </Button>
          </Buttons>
        </div>
      )}
      {status}
    </Section>
  );
}
