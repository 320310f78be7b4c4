import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { HostState } from "../../office/host";
import { TextLink } from "../TextLink";

type Elsewhere = Exclude<HostState, { kind: "excel" }>;

/** Why the pane is not talking to Excel, in plain words. */
export function reasonText(host: Elsewhere): string {
  if (host.kind === "other-host") return `This add-in works in Excel only; this is ${host.host}.`;
  switch (host.reason) {
    case "office-js-missing":
      return "Office's script (office.js) could not be loaded, so this page cannot talk to Excel.";
    case "timeout":
      return "Office did not answer in time, so this page is running on its own, outside Excel.";
    case "not-in-office":
      return "This page is open in a web browser, not inside Excel.";
  }
}

/** Shown when the pane is opened outside Excel: says so, and where to read how to get it into Excel. */
export function NotInExcel({ host }: { host: Elsewhere }) {
  return (
    <MessageBar intent="info" layout="multiline" politeness="polite">
      <MessageBarBody>
        <MessageBarTitle>Not running in Excel</MessageBarTitle>
        <Text as="p" block>
          {reasonText(host)} Below is a read-only preview of the data. In Excel you get it as
          tables, charts and <code>=KZUZ.</code> formulas that update themselves.
        </Text>
        <Text as="p" block>
          <TextLink href="help.html#get-it">How to add KZUZ for Excel to Excel</TextLink>
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}
