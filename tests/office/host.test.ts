import {
  detectHost,
  officeReady,
  surelyOutsideOffice,
  type OfficeLike,
} from "../../src/office/host";

function office(info: Awaited<ReturnType<OfficeLike["onReady"]>>): OfficeLike {
  return { onReady: () => Promise.resolve(info) };
}

describe("detectHost", () => {
  test("no office.js on the page: office-js-missing, at once", async () => {
    await expect(detectHost(undefined)).resolves.toEqual({
      kind: "no-office",
      reason: "office-js-missing",
    });
  });

  test("office.js outside Office (null host): not-in-office", async () => {
    await expect(detectHost(office({ host: null, platform: null }))).resolves.toEqual({
      kind: "no-office",
      reason: "not-in-office",
    });
  });

  test("in Excel: excel with the platform", async () => {
    const info = {
      host: "Excel" as unknown as Office.HostType,
      platform: "OfficeOnline" as unknown as Office.PlatformType,
    };
    await expect(detectHost(office(info))).resolves.toEqual({
      kind: "excel",
      platform: "OfficeOnline",
    });
  });

  test("in another Office app: other-host", async () => {
    await expect(
      detectHost(
        office({
          host: "Word" as unknown as Office.HostType,
          platform: "PC" as unknown as Office.PlatformType,
        })
      )
    ).resolves.toEqual({ kind: "other-host", host: "Word" });
  });

  test("Office.onReady that never settles gives timeout, not a hang", async () => {
    jest.useFakeTimers();
    try {
      const pending = detectHost({ onReady: () => new Promise(() => undefined) }, 5000);
      jest.advanceTimersByTime(5000);
      await expect(pending).resolves.toMatchObject({ kind: "no-office", reason: "timeout" });
    } finally {
      jest.useRealTimers();
    }
  });

  test("Office.onReady that rejects: not-in-office", async () => {
    await expect(detectHost({ onReady: () => Promise.reject(new Error("boom")) })).resolves.toEqual(
      { kind: "no-office", reason: "not-in-office" }
    );
  });

  test("item 7: Office answering after the timeout still gives the Excel state (later)", async () => {
    jest.useFakeTimers();
    try {
      let answer!: (info: Awaited<ReturnType<OfficeLike["onReady"]>>) => void;
      const slow: OfficeLike = { onReady: () => new Promise((resolve) => (answer = resolve)) };
      const pending = detectHost(slow, 5000);
      jest.advanceTimersByTime(5000);
      const first = await pending;
      if (first.kind !== "no-office" || first.reason !== "timeout") throw new Error(first.kind);
      answer({
        host: "Excel" as unknown as Office.HostType,
        platform: "OfficeOnline" as unknown as Office.PlatformType,
      });
      await expect(first.later).resolves.toEqual({ kind: "excel", platform: "OfficeOnline" });
    } finally {
      jest.useRealTimers();
    }
  });

  test("item 7: officeReady waits for Office.onReady, and not at all without office.js", async () => {
    let ready = false;
    let answer!: () => void;
    const slow: OfficeLike = {
      onReady: () =>
        new Promise((resolve) => (answer = () => resolve({ host: null, platform: null }))),
    };
    const waiting = officeReady(slow).then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    answer();
    await waiting;
    expect(ready).toBe(true);
    await expect(officeReady(undefined)).resolves.toBeUndefined();
  });
});

// office.js 1.1.110 learns its host in `_retrieveHostInfo` (node_modules/@microsoft/office-js/dist/
// office.debug.js): window.external.GetHostInfo() or agaveHost, the `_host_Info` query parameter,
// window.name's JSON `hostInfo`, then sessionStorage's `hostInfoValue`. Outside all of them its
// onReady gives a null host; surelyOutsideOffice says so at once, and only then.
describe("surelyOutsideOffice", () => {
  const none = { search: "", name: "", session: { getItem: () => null } };

  test("a page with none of office.js's host sources is outside Office", () => {
    expect(surelyOutsideOffice(none)).toBe(true);
    expect(surelyOutsideOffice({ ...none, search: "?lang=ru", name: "not json" })).toBe(true);
  });

  test("each source office.js reads makes it unsure (Office may be there)", () => {
    const inside = [
      { ...none, search: "?_host_Info=Excel$Mac$16.00$en-US$$$$0" },
      { ...none, search: "?x=1&_host_info=Excel$Win32$16.01$en-US$$$$0" },
      { ...none, name: JSON.stringify({ hostInfo: "Excel|Win32|16.01|en-US" }) },
      {
        ...none,
        session: { getItem: (k: string) => (k === "hostInfoValue" ? "Excel$Web" : null) },
      },
      { ...none, external: { GetHostInfo: () => "Excel$Win32" } },
      { ...none, agaveHost: {} },
      {
        ...none,
        session: {
          getItem: () => {
            throw new Error("storage denied");
          },
        },
      },
    ];
    expect(inside.map((page) => surelyOutsideOffice(page))).toEqual(inside.map(() => false));
  });

  test("without a page (Node, a worker) it is never sure", () => {
    expect(surelyOutsideOffice(undefined)).toBe(false);
  });
});
