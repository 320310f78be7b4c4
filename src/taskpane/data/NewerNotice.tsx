import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { isLaterRelease, newerPublished, type Published } from "../../office/published";

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
  if (!found || dismissed || !isLaterRelease(found, inForce)) return null;
  return (
    <MessageBar intent="info" data-testid="newer-dataset">
      <MessageBarBody>
        Dataset {found.version} (as of {found.asOf}) is published; you use {inForce.version}.
        Refresh to use it: nothing changes until you do.
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Dismiss"
            icon={<DismissRegular />}
            onClick={() => setDismissed(true)}
          />
        }
      />
    </MessageBar>
  );
}
