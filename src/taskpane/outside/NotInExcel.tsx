import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { helpHref } from "../../i18n/help";
import type { Translator } from "../../i18n/translator";
import type { HostState } from "../../office/host";
import { rich, useT } from "../i18n";
import { TextLink } from "../TextLink";

type Elsewhere = Exclude<HostState, { kind: "excel" }>;

/** Why the pane is not talking to Excel, in plain words. */
function reasonText(t: Translator, host: Elsewhere): string {
  if (host.kind === "other-host") return t.t("outside.reason.otherHost", { host: host.host });
  switch (host.reason) {
    case "office-js-missing":
      return t.t("outside.reason.officeJsMissing");
    case "timeout":
      return t.t("outside.reason.timeout");
    case "not-in-office":
      return t.t("outside.reason.notInOffice");
  }
}

/** Shown when the pane is opened outside Excel: says so, and where to read how to get it into Excel. */
export function NotInExcel({ host }: { host: Elsewhere }) {
  const t = useT();
  return (
    <MessageBar intent="info" layout="multiline" politeness="polite">
      <MessageBarBody>
        <MessageBarTitle>{t.t("outside.notInExcel.title")}</MessageBarTitle>
        <Text as="p" block>
          {reasonText(t, host)}{" "}
          {rich(t, "outside.notInExcel.preview", {}, { formulas: <code>=KZUZ.</code> })}
        </Text>
        <Text as="p" block>
          <TextLink href={helpHref(t.lang, "get-it")}>{t.t("outside.notInExcel.help")}</TextLink>
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}
