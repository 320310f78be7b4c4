/**
 * Where `npm run test:excel` can run the scenarios: desktop Excel (Windows, Mac), Excel on the web
 * (given a workbook's address), or nowhere, in which case it says so and fails: the run never
 * passes without Excel.
 */
export type Target =
  { kind: "desktop" } | { kind: "web"; document: string } | { kind: "none"; message: string };

/** The value of `--document <URL>` or `--document=<URL>` in `argv`, if given. */
export function documentArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--document") return argv[i + 1] ?? "";
    if (arg.startsWith("--document=")) return arg.slice("--document=".length);
  }
  return undefined;
}

const HOW_TO_WEB =
  "To test in Excel on the web, open a workbook in OneDrive or SharePoint and pass its address: npm run test:excel -- --document <https://...> (or set KZUZ_TEST_DOCUMENT).";

/** Chooses the Excel to test in from the arguments, the environment and the platform. */
export function chooseTarget(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  platform: string
): Target {
  const document = documentArg(argv) ?? env.KZUZ_TEST_DOCUMENT;
  if (document !== undefined && document !== "") {
    let url: URL | undefined;
    try {
      url = new URL(document);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== "https:")
      return {
        kind: "none",
        message: `No Excel to test in: "${document}" is not the https:// address of a workbook. ${HOW_TO_WEB} Nothing was tested.`,
      };
    return { kind: "web", document: url.href };
  }
  if (document === "")
    return {
      kind: "none",
      message: `No Excel to test in: --document was given without an address. ${HOW_TO_WEB} Nothing was tested.`,
    };
  if (platform === "win32" || platform === "darwin") return { kind: "desktop" };
  return {
    kind: "none",
    message: `No Excel to test in: this is ${platform}, where desktop Excel does not run (Windows and Mac only), and no workbook address was given. ${HOW_TO_WEB} Nothing was tested.`,
  };
}
