import type { DatasetSnapshot } from "../../data/store";
import type { HostState } from "../../office/host";
import { afterFirstScreen } from "../AfterFirstScreen";
import { NotInExcel } from "./NotInExcel";

// Below the notice: the first screen's second step, its own chunk (../AfterFirstScreen).
const OutsideMore = afterFirstScreen(() =>
  import(/* webpackChunkName: "outside-more" */ "./OutsideMore").then((m) => m.OutsideMore)
);

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
      <OutsideMore snapshot={snapshot} />
    </>
  );
}
