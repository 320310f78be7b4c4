/**
 * Writes assets/data/kzuz-dataset.schema.json from the zod schema in src/data/schema/.
 * Run from the repository root: `npx tsx scripts/gen-schema.ts`; with `--check` it writes
 * nothing and exits 1 if the committed file is stale (tests/data/schema-file.test.ts checks too).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { datasetJsonSchemaText } from "../src/data/jsonSchema";
import { englishTranslator } from "../src/i18n/translator";

const target = resolve(process.cwd(), "assets/data/kzuz-dataset.schema.json");
// The description is a catalogue message (dataset.schema.description), said in English.
const text = datasetJsonSchemaText(englishTranslator.text);

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // missing: stale
  }
  if (current !== text) {
    console.error(`${target} is stale: run npx tsx scripts/gen-schema.ts`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
