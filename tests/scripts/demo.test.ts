/** npm run demo's decisions: a window where there is a display, and plain words where there is none. */
import { planDemo } from "../../scripts/demo";

const plan = (argv: string[], env: Record<string, string | undefined>, platform = "linux") => {
  const p = planDemo(argv, env, platform);
  if (!p.ok) throw new Error(p.error);
  return p.plan;
};

test("a visible window where there is a display: Windows, Mac, Linux with X11 or Wayland", () => {
  expect(plan([], {}, "win32").window).toBe(true);
  expect(plan([], {}, "darwin").window).toBe(true);
  expect(plan([], { DISPLAY: ":0" }).window).toBe(true);
  expect(plan([], { WAYLAND_DISPLAY: "wayland-0" }).window).toBe(true);
  expect(plan([], { DISPLAY: ":0" }).noDisplay).toBeUndefined();
});

test("without a display it says why, and runs headless; --headless asks for that anywhere", () => {
  const none = plan([], {});
  expect(none.window).toBe(false);
  expect(none.noDisplay).toBe("no display here ($DISPLAY and $WAYLAND_DISPLAY are not set)");
  expect(plan(["--headless"], { DISPLAY: ":0" })).toMatchObject({
    window: false,
    noDisplay: "--headless was given",
  });
});

test("defaults: English, 350 px (Excel on the web's width), port 9222, a build first", () => {
  expect(plan([], {})).toMatchObject({
    locale: "en-US",
    width: 350,
    port: 9222,
    once: false,
    build: true,
  });
  expect(plan(["--lang", "kk-KZ", "--width", "320", "--once", "--no-build"], {})).toMatchObject({
    locale: "kk-KZ",
    width: 320,
    once: true,
    build: false,
  });
});

test("a wrong option is refused with what to give instead", () => {
  expect(planDemo(["--lang", "de-DE"], {}, "linux")).toEqual({
    ok: false,
    error: "--lang de-DE: use one of en-US, ru-RU, kk-KZ, uz-Latn-UZ, fr-FR.",
  });
  expect(planDemo(["--width", "wide"], {}, "linux")).toMatchObject({ ok: false });
  expect(planDemo(["--port", "80"], {}, "linux")).toMatchObject({ ok: false });
});
