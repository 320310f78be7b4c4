/**
 * npm run demo's pieces, headless (this machine has no display): Chromium starts with its
 * debugging port on 127.0.0.1, the built pane opens on the simulated Excel and works, and
 * everything stops cleanly: the port closes and no process stays. Then the script itself, once.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { launchFor, openDemo, planDemo, workbookLine } from "../../scripts/demo";

const ROOT = join(__dirname, "..", "..");

async function listening(port: number): Promise<boolean> {
  try {
    const answer = await fetch(`http://127.0.0.1:${port}/json/list`);
    return answer.ok;
  } catch {
    return false;
  }
}

test("headless with a debugging port: the pane opens on the simulated workbook, works, and stops cleanly", async () => {
  const planned = planDemo(["--headless", "--port", "9411", "--lang", "fr-FR"], {}, "linux");
  if (!planned.ok) throw new Error(planned.error);
  const browser = await launchFor(planned.plan);
  try {
    const { page, host } = await openDemo(browser, planned.plan);
    // Another browser finds the page through the port (chrome://inspect lists it).
    const pages = (await (await fetch("http://127.0.0.1:9411/json/list")).json()) as {
      title: string;
      type: string;
    }[];
    expect(pages.filter((p) => p.type === "page").map((p) => p.title)).toContain("KZUZ for Excel");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr-FR");
    await page.getByTestId("primary-action").getByRole("button").first().click();
    for (let tries = 0; tries < 100 && host.workbook.tables.length < 5; tries++)
      await page.waitForTimeout(100);
    expect(workbookLine(host)).toBe(
      "The simulated workbook held 5 table(s) (KZUZ_Projects, KZUZ_Agreements, KZUZ_Trade, KZUZ_Targets, KZUZ_Sources) and 0 chart(s); it is discarded now."
    );
  } finally {
    await browser.close();
  }
  expect(browser.isConnected()).toBe(false);
  expect(await listening(9411)).toBe(false);
});

test("the script, once: it says there is no display, opens the pane, saves a screenshot and exits 0", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kzuz-demo-"));
  const shot = join(dir, "pane.png");
  const env = { ...process.env, DISPLAY: "", WAYLAND_DISPLAY: "" };
  const { stdout } = await promisify(execFile)(
    join(ROOT, "node_modules", ".bin", "tsx"),
    ["scripts/demo.ts", "--once", "--no-build", "--port", "9412", "--screenshot", shot],
    { cwd: ROOT, env, timeout: 50_000 }
  );
  expect(stdout).toContain(
    "No window can open: no display here ($DISPLAY and $WAYLAND_DISPLAY are not set)."
  );
  expect(stdout).toContain(`The pane is open (en-US, 350 px wide). Screenshot: ${shot}`);
  expect(existsSync(shot)).toBe(true);
  expect(await listening(9412)).toBe(false);
});
