/**
 * Outside Excel, below the notice: progress towards the target and the data, read-only. The
 * first screen's second step: a chunk of its own, drawn just after it (../AfterFirstScreen).
 */
import type { DatasetSnapshot } from "../../data/store";
import { ProgressSummary } from "../progress/ProgressSummary";
import { Preview } from "./Preview";

export function OutsideMore({ snapshot }: { snapshot: DatasetSnapshot }) {
  return (
    <>
      <ProgressSummary snapshot={snapshot} />
      <Preview snapshot={snapshot} />
    </>
  );
}
