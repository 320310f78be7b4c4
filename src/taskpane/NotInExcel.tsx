import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { HostState } from "../office/host";
import { TextLink } from "./TextLink";

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

/** Shown when the pane is opened outside Excel: says so, and how to open it in Excel. */
export function NotInExcel({ host }: { host: Elsewhere }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Not running in Excel</MessageBarTitle>
        <Text as="p" block>
          {reasonText(host)}
        </Text>
        <Text as="p" block>
          To use KZUZ for Excel, open it in Excel: on Windows or Mac, <code>npm start</code>{" "}
          sideloads it; in Excel on the web, choose Home › Add-ins › More Add-ins › Upload My Add-in
          and upload <code>manifest.xml</code>. Then select Home › KZUZ Data.{" "}
          <TextLink href="help.html">Read the help</TextLink>.
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}
