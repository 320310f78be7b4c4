import type { DatasetSnapshot } from "../../data/store";
import type { HostState } from "../../office/host";
import { ProgressSummary } from "../progress/ProgressSummary";
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
  return (
    <>
      <NotInExcel host={host} />
      <ProgressSummary snapshot={snapshot} />
      <Preview snapshot={snapshot} />
    </>
  );
}
