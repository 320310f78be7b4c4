import {
  Button,
  Combobox,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { Index } from "../../data/query";
import type { ParamInfo } from "../../formulas/catalogue";
import { useT } from "../i18n";
import { FREE_KINDS, checkName, choicesFor, filterChoices, paramLabel } from "./choices";

const useStyles = makeStyles({
  suggestions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXS,
  },
});

interface ArgumentFieldProps {
  param: ParamInfo;
  index: Index;
  /** The argument as typed or picked; "" when left out. */
  value: string;
  onChange(value: string): void;
}

/**
 * One argument of a KZUZ function: a list to pick from (units, fields, years, domains), or a box
 * to type a name in, with the dataset's names offered and the match (or "did you mean") shown.
 */
export function ArgumentField({ param, index, value, onChange }: ArgumentFieldProps) {
  const styles = useStyles();
  const t = useT();
  const choices = useMemo(() => choicesFor(param.kind, index, t), [param.kind, index, t]);
  const name = paramLabel(param.name, t);
  const label = param.optional ? t.t("formulas.arg.optional", { name }) : name;
  const leftOut = t.t("formulas.arg.leftOut");

  if (param.kind === "text")
    // Nothing to suggest: a plain box, not a list that opens empty.
    return (
      <Field label={label} hint={param.description} required={!param.optional}>
        <Input
          value={value}
          placeholder={t.t(param.optional ? "formulas.arg.leaveEmpty" : "formulas.arg.type")}
          onChange={(_, data) => onChange(data.value)}
        />
      </Field>
    );

  if (!FREE_KINDS.has(param.kind)) {
    const selected = choices.find((c) => c.value === value);
    return (
      <Field label={label} hint={param.description} required={!param.optional}>
        <Dropdown
          value={selected?.label ?? (param.optional ? leftOut : "")}
          selectedOptions={[value]}
          placeholder={t.t("formulas.arg.choose")}
          onOptionSelect={(_, data) => onChange(data.optionValue ?? "")}
        >
          {param.optional && (
            <Option value="" text={leftOut}>
              {leftOut}
            </Option>
          )}
          {choices.map((c) => (
            <Option key={c.value} value={c.value} text={c.label}>
              {c.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  }

  const check = checkName(param.kind, index, value, t);
  const shown = filterChoices(choices, value);
  return (
    <div>
      <Field
        label={label}
        hint={param.description}
        required={!param.optional}
        validationState={check ? (check.kind === "found" ? "success" : "error") : "none"}
        validationMessage={check?.message}
      >
        <Combobox
          freeform
          value={value}
          selectedOptions={shown.some((c) => c.value === value) ? [value] : []}
          placeholder={t.t(
            param.optional ? "formulas.arg.leaveEmpty" : "formulas.arg.typeOrChoose"
          )}
          onChange={(e) => onChange(e.target.value)}
          onOptionSelect={(_, data) => {
            if (data.optionValue !== undefined) onChange(data.optionValue);
          }}
        >
          {shown.map((c, i) => (
            <Option key={`${i}-${c.value}`} value={c.value} text={c.value}>
              {c.label}
            </Option>
          ))}
        </Combobox>
      </Field>
      {check?.kind === "problem" && check.suggestions.length > 0 && (
        <div className={styles.suggestions}>
          {check.suggestions.map((s) => (
            <Button key={s} size="small" onClick={() => onChange(s)}>
              {t.t("formulas.arg.use", { suggestion: s })}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
