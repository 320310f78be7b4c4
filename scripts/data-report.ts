/**
 * Prints the report of the bundled dataset (`npm run data:report`): records per kind, sources with
 * addresses and with bracketed titles, trade years per reporter, figures to take with care.
 * The dataset is validated first; an invalid one is reported as such (exit 1).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseDatasetText } from "../src/data/validate";
import { englishTranslator } from "../src/i18n/translator";
import { dataReport, formatDataReport } from "./lib/data-report";

const file = resolve(process.cwd(), process.argv[2] ?? "assets/data/kzuz-dataset.json");
const parsed = parseDatasetText(readFileSync(file, "utf8"));
if (!parsed.ok) {
  console.error(`${file} is not a valid dataset: ${englishTranslator.text(parsed.error)}`);
  process.exit(1);
}
process.stdout.write(formatDataReport(dataReport(parsed.value)));
