import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Scope } from "../../excel/values";
import type { Workbench } from "../../excel/workbench";
import { Busy } from "../Busy";
import { useT } from "../i18n";
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
  const t = useT();
  const [asking, setAsking] = useState<{ scope: Scope; counted?: Counted }>();
  const ask = async (scope: Scope) => {
    setAsking({ scope });
    const counted = await countKzuzFormulas(bench, scope);
    setAsking((a) => (a?.scope === scope ? { scope, counted } : a));
  };
  const counted = asking?.counted;
  return (
    <Section id="share" title={t.t("data.share.title")} note={t.t("data.share.note")}>
      <Buttons>
        <Button disabled={disabled || asking !== undefined} onClick={() => void ask("workbook")}>
          {t.t("data.share.convertAll")}
        </Button>
        <Button disabled={disabled || asking !== undefined} onClick={() => void ask("selection")}>
          {t.t("data.share.onlySelected")}
        </Button>
      </Buttons>
      {asking && !counted && <Busy label={t.t("data.share.looking")} />}
      {asking && counted && (
        <div className={styles.confirm} role="group" aria-labelledby="kzuz-share-confirm">
          <Text as="p" id="kzuz-share-confirm" className={styles.p} aria-live="polite">
            {!counted.ok
              ? t.text(counted.said)
              : counted.count === 0
                ? t.t("data.share.none", { scope: asking.scope })
                : t.t("data.share.found", {
                    count: counted.count,
                    scope: asking.scope,
                    sheets: counted.sheets,
                  })}
          </Text>
          {counted.ok && counted.count > 0 && (
            <Caption1 as="p" className={styles.p}>
              {t.t("data.share.noUndo")}
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
                {t.t("data.share.convert", { count: counted.count })}
              </Button>
            )}
            <Button onClick={() => setAsking(undefined)}>
              {counted.ok && counted.count > 0 ? t.t("data.share.cancel") : t.t("data.share.close")}
            </Button>
          </Buttons>
        </div>
      )}
      {status}
    </Section>
  );
}
