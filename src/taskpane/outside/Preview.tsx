import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { DatasetSnapshot } from "../../data/store";
import { datasetViews, tableOf, type ViewKey } from "../../data/views";
import { RecordCards } from "./RecordCards";

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
  const views = useMemo(() => datasetViews(snapshot.index), [snapshot]);
  const [selected, setSelected] = useState<ViewKey>("projects");
  const view = views.find((v) => v.key === selected) ?? views[0];
  return (
    <section aria-label="Preview of the data">
      <div role="group" aria-label="Show table" className={styles.choices}>
        {views.map((v) => (
          <ToggleButton
            key={v.key}
            size="small"
            checked={v.key === view.key}
            onClick={() => setSelected(v.key)}
          >
            {tableOf(v.key).label}
          </ToggleButton>
        ))}
      </div>
      <RecordCards view={view} />
    </section>
  );
}
