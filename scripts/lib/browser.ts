/**
 * The headless Chromium for the browser tests and the page benchmark: Debian's, never a
 * downloaded one (CHROMIUM_PATH overrides), driven by playwright-core. The flags keep it from
 * reaching the network on its own (updates, sync, QUIC probes).
 */
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** `extraArgs`: more command-line flags (the side-by-side bench keeps names off the network). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}
