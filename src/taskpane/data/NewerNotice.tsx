import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { isLaterRelease, newerPublished, type Published } from "../../office/published";
import { useT } from "../i18n";

/**
 * On open, says when the workbook's address publishes a later dataset than the one in force.
 * Only reads; the user decides whether to refresh. Says nothing if the check cannot be made.
 */
export function NewerNotice({
  url,
  inForce,
  check = newerPublished,
}: {
  url: string;
  inForce: Published;
  check?: (url: string, inForce: Published) => Promise<Published | undefined>;
}) {
  const t = useT();
  const [found, setFound] = useState<Published>();
  const [dismissed, setDismissed] = useState(false);
  // Checked once per opening of the pane and per address; a refresh since hides it (below).
  useEffect(() => {
    let live = true;
    void check(url, inForce).then((f) => live && setFound(f));
    return () => {
      live = false;
    };
  }, [url]);
  // Its words are beyond the first screen's messages: the pane draws it once they are here
  // (../AfterFirstScreen), never as an empty bar.
  if (!found || dismissed || !isLaterRelease(found, inForce)) return null;
  return (
    <MessageBar intent="info" data-testid="newer-dataset">
      <MessageBarBody>
        {t.t("data.newer.text", {
          version: found.version,
          asOf: t.day(found.asOf),
          current: inForce.version,
        })}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t.t("data.newer.dismiss")}
            icon={<DismissRegular />}
            onClick={() => setDismissed(true)}
          />
        }
      />
    </MessageBar>
  );
}
