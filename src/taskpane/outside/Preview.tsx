import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { DatasetSnapshot } from "../../data/store";
import { datasetViews, type ViewKey } from "../../data/views";
import { useT } from "../i18n";
import { RecordCards } from "./RecordCards";
import { tableLabel } from "./recordText";

const useStyles = makeStyles({
  choices: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    marginBottom: tokens.spacingVerticalS,
  },
});

/** Outside Excel: the data, read-only, one choice per table the add-in would insert. */
export function Preview({ snapshot }: { snapshot: DatasetSnapshot }) {
  const styles = useStyles();
  const t = useT();
  const views = useMemo(() => datasetViews(snapshot.index), [snapshot]);
  const [selected, setSelected] = useState<ViewKey>("projects");
  const view = views.find((v) => v.key === selected) ?? views[0];
  return (
    <section aria-label={t.t("outside.preview.label")}>
      <div role="group" aria-label={t.t("outside.preview.choose")} className={styles.choices}>
        {views.map((v) => (
          <ToggleButton
            key={v.key}
            size="small"
            checked={v.key === view.key}
            onClick={() => setSelected(v.key)}
          >
            {tableLabel(t, v.key)}
          </ToggleButton>
        ))}
      </div>
      <RecordCards index={snapshot.index} view={view} />
    </section>
  );
}
