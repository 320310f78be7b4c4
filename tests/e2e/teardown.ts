export default async function teardown(): Promise<void> {
  const pid = (globalThis as { __kzuzDevServerPid?: number }).__kzuzDevServerPid;
  if (pid) process.kill(-pid, "SIGTERM");
}
