// Types for dev-server.js, which npm start runs under plain Node (no TypeScript there).
import type { ChildProcess } from "node:child_process";

export declare const ROOT: string;
export declare function bin(name: string): string;
export declare function statusOf(url: string): Promise<number>;
export declare function freePort(): Promise<number>;
export declare function spawnDevServer(options: {
  port: number;
  logFile: string;
  mode?: "development" | "production";
}): ChildProcess;
export declare function waitUntilServing(
  child: ChildProcess,
  options: { url: string; logFile: string; timeoutMs?: number }
): Promise<void>;
export declare function startDevServer(options: {
  port: number;
  logFile: string;
  mode?: "development" | "production";
  page?: string;
  timeoutMs?: number;
}): Promise<{ pid: number; url: string }>;
export declare function stopDevServer(pid: number): boolean;
