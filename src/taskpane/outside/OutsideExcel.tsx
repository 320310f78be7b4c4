import type { DatasetSnapshot } from "../../data/store";
import type { HostState } from "../../office/host";
import { ProgressSummary } from "../progress/ProgressSummary";
import { useSecondStep } from "../staged";
import { NotInExcel } from "./NotInExcel";
import { Preview } from "./Preview";

/** The page outside Excel, for an analyst sent the link: what this is, how to get it, the data. */
export function OutsideExcel({
  host,
  snapshot,
}: {
  host: Exclude<HostState, { kind: "excel" }>;
  snapshot: DatasetSnapshot;
}) {
  // At the page's start the notice is drawn first, the data a frame later (../staged).
  const below = useSecondStep();
  return (
    <>
      <NotInExcel host={host} />
      {below && <ProgressSummary snapshot={snapshot} />}
      {below && <Preview snapshot={snapshot} />}
    </>
  );
}
