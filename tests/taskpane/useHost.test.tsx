/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import type { HostState } from "../../src/office/host";
import { useHost } from "../../src/taskpane/useHost";

function Probe({ detect }: { detect: () => Promise<HostState> }) {
  const host = useHost(detect);
  return <p>{host === undefined ? "waiting" : host.kind === "excel" ? "excel" : host.kind}</p>;
}

describe("useHost", () => {
  test("item 7: after a timeout, a late Office.onReady switches the pane to Excel", async () => {
    let answer!: (state: HostState) => void;
    const later = new Promise<HostState>((resolve) => (answer = resolve));
    const detect = () =>
      Promise.resolve<HostState>({ kind: "no-office", reason: "timeout", later });
    render(<Probe detect={detect} />);
    expect(await screen.findByText("no-office")).toBeInTheDocument();
    await act(async () => answer({ kind: "excel", platform: "OfficeOnline" }));
    expect(screen.getByText("excel")).toBeInTheDocument();
  });

  test("a first answer other than a timeout is final", async () => {
    render(<Probe detect={() => Promise.resolve({ kind: "other-host", host: "Word" })} />);
    expect(await screen.findByText("other-host")).toBeInTheDocument();
  });
});
