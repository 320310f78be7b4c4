/**
 * The dataset's JSON Schema, generated from the zod schema (assets/data/kzuz-dataset.schema.json
 * is this, written by scripts/gen-schema.ts). Not part of the add-in bundle: only the tools
 * and tests import it. The cross-reference checks have no JSON Schema form; the file says so.
 */
import { z } from "zod";
import { message, type Message } from "../i18n/message";
import { DatasetSchema } from "./validate/dataset";

/**
 * The JSON Schema text, formatted as committed (two-space indent, final newline). Its description
 * is a catalogue message, said by `say` (the English translator's `text`: the file is English).
 */
export function datasetJsonSchemaText(say: (said: Message) => string): string {
  const schema = {
    ...z.toJSONSchema(DatasetSchema, { target: "draft-2020-12", unrepresentable: "any" }),
    title: "KZUZ dataset",
    description: say(message("dataset.schema.description")),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
