import { Body1, Text } from "@fluentui/react-components";

/** The pane inside Excel. The dataset view, insert and refresh actions come with the task-pane issue. */
export function ExcelPane() {
  return (
    <section aria-label="KZUZ in Excel">
      <Body1 as="p" block>
        Type <Text font="monospace">=KZUZ.</Text> in a cell to see the formulas.
      </Body1>
    </section>
  );
}
