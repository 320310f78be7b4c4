/**
 * npm run test:excel: runs the real-Excel scenarios (tests/real-excel/) inside Excel with
 * Microsoft's harness (./excel-test-harness). It builds the test add-in into dist-excel-test/,
 * starts office-addin-test-server (port 4201) and the test build's dev server (port 3000),
 * sideloads the test manifest with office-addin-debugging, waits for the page inside Excel to
 * report, prints every scenario and exits 1 if any failed.
 *
 * Desktop Excel on Windows and Mac; Excel on the web with --document <URL> or KZUZ_TEST_DOCUMENT.
 * Where no Excel can be reached, or Excel sends nothing before the timeout (KZUZ_TEST_TIMEOUT,
 * seconds, default 300), it says so and exits 1: it never passes without Excel.
 */
import { parseResults, reportResults } from "../tests/real-excel/results";
import { chooseTarget, type Target } from "../tests/real-excel/target";
import { TEST_DISPLAY_NAME } from "../tests/real-excel/test-manifest";
import { microsoftHarness } from "./excel-test-harness";

export const DEFAULT_TIMEOUT_SECONDS = 300;

/** The steps that need Excel, a network port or a build: replaced by stand-ins in unit tests. */
export interface Harness {
  build(): Promise<void>;
  startTestServer(): Promise<void>;
  /** Starts the test build's dev server and waits until it serves the test page. */
  serve(): Promise<void>;
  sideload(target: Exclude<Target, { kind: "none" }>): Promise<void>;
  /** What the page posted, or undefined if nothing came within `timeoutMs`. */
  results(timeoutMs: number): Promise<unknown>;
  stop(target: Exclude<Target, { kind: "none" }>): Promise<void>;
}

export interface RunOptions {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  log: (line: string) => void;
  error: (line: string) => void;
  harness: () => Harness;
}

/** KZUZ_TEST_TIMEOUT in milliseconds: a positive number of seconds, else the default. */
export function timeoutMs(env: Readonly<Record<string, string | undefined>>): number {
  const seconds = Number(env.KZUZ_TEST_TIMEOUT);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_TIMEOUT_SECONDS) * 1000;
}

/** An error's message on one line, without a final full stop (the sentence around it adds one). */
function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim().replace(/\.$/, "");
}

/** Runs the scenarios in Excel; resolves with the exit code (0 only if every scenario passed in Excel). */
export async function runExcelTests(options: RunOptions): Promise<number> {
  const { log, error } = options;
  const target = chooseTarget(options.argv, options.env, options.platform);
  if (target.kind === "none") {
    error(target.message);
    return 1;
  }
  const wait = timeoutMs(options.env);
  const harness = options.harness();
  log(
    target.kind === "desktop"
      ? "Running the real-Excel scenarios in desktop Excel."
      : `Running the real-Excel scenarios in Excel on the web: ${target.document}`
  );
  try {
    await harness.build();
    await harness.startTestServer();
    await harness.serve();
    await harness.sideload(target);
    log(`Waiting up to ${wait / 1000} s for the test page inside Excel to report…`);
    const data = await harness.results(wait);
    if (data === undefined) {
      error(
        `No results from Excel within ${wait / 1000} s: the test page did not report. Check that Excel opened the workbook and the "${TEST_DISPLAY_NAME}" add-in, and that it trusts the localhost certificate (README: "Trusting the dev certificate"). Nothing was tested.`
      );
      return 1;
    }
    const parsed = parseResults(data);
    if (!parsed.ok) {
      error(
        `Excel's test page sent results that cannot be read (${parsed.error}). Nothing was tested.`
      );
      return 1;
    }
    const { lines, exitCode } = reportResults(parsed.value);
    for (const line of lines) (exitCode === 0 ? log : error)(line);
    return exitCode;
  } catch (e) {
    error(`The real-Excel tests could not run: ${reason(e)}. Nothing was tested.`);
    return 1;
  } finally {
    try {
      await harness.stop(target);
    } catch (e) {
      error(`Stopping the test add-in failed: ${reason(e)}`);
    }
  }
}

if (require.main === module) {
  void runExcelTests({
    argv: process.argv.slice(2),
    env: process.env,
    platform: process.platform,
    log: (line) => console.log(line),
    error: (line) => console.error(line),
    harness: microsoftHarness,
  }).then((code) => process.exit(code));
}
