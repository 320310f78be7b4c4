import { existsSync } from "node:fs";
import { CHROMIUM, startDevServer } from "./server";

export default async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`
    );
  const server = await startDevServer();
  (globalThis as { __kzuzDevServerPid?: number }).__kzuzDevServerPid = server.pid;
}
