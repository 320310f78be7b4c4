/**
 * The dataset's JSON Schema, generated from the zod schema (assets/data/kzuz-dataset.schema.json
 * is this, written by scripts/gen-schema.ts). Not part of the add-in bundle: only the tools
 * and tests import it. The cross-reference checks have no JSON Schema form; the file says so.
 */
import { z } from "zod";
import { DatasetSchema } from "./validate/dataset";

/** The JSON Schema text, formatted as committed (two-space indent, final newline). */
export function datasetJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(DatasetSchema, { target: "draft-2020-12", unrepresentable: "any" }),
    title: "KZUZ dataset",
    description:
      "The Kazakhstan–Uzbekistan cooperation dataset of KZUZ for Excel. Generated from src/data/schema/; do not edit. Cross-reference rules (source ids exist, unique ids, one headline a year, exactly one current target...) are checked by the add-in's validator, not by this schema.",
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
