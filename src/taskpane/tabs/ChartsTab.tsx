import { useT } from "../i18n";
import { ActionButton, type PaneActions } from "../paneActions";
import { Buttons, Section } from "../Section";

/** The Charts tab: a trade chart and an investment chart, built in the workbook. */
export function ChartsTab({ actions }: { actions: PaneActions }) {
  const t = useT();
  return (
    <Section id="charts" title={t.t("data.charts.title")} note={t.t("data.charts.note")}>
      <Buttons>
        <ActionButton
          actions={actions}
          start={() => actions.chart("trade")}
          label={t.t("data.charts.trade")}
        />
        <ActionButton
          actions={actions}
          start={() => actions.chart("investment")}
          label={t.t("data.charts.investment")}
        />
      </Buttons>
      {actions.status("charts")}
    </Section>
  );
}
