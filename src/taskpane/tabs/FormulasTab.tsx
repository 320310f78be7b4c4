import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import type { Workbench } from "../../excel/workbench";
import { helpHref } from "../../i18n/help";
import { Busy } from "../Busy";
import type { PaneActions } from "../paneActions";
import { rich, useT } from "../i18n";
import { TextLink } from "../TextLink";

// Loaded when the tab is first opened, so it is not in the pane's start bundle.
const FormulaBuilder = lazy(() =>
  import(/* webpackChunkName: "formulas" */ "../formulas/FormulaBuilder").then((m) => ({
    default: m.FormulaBuilder,
  }))
);

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  note: { margin: 0 },
});

/** The Formulas tab: how KZUZ formulas work, and the builder (its insert under the pane's lock). */
export function FormulasTab({ bench, actions }: { bench: Workbench; actions: PaneActions }) {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.panel}>
      <Caption1 as="p" className={styles.note}>
        {rich(
          t,
          "data.formulas.note",
          {},
          {
            // The function prefix is the same in every language.
            code: <code>=KZUZ.</code>,
            link: (
              <TextLink href={helpHref(t.lang, "functions")} target="_blank" rel="noopener">
                {t.t("data.formulas.link")}
              </TextLink>
            ),
          }
        )}
      </Caption1>
      <Suspense fallback={<Busy label={t.t("data.formulas.loading")} />}>
        <FormulaBuilder store={bench.store} bench={bench} lock={actions} />
      </Suspense>
    </div>
  );
}
