import { readFileSync } from "node:fs";
import { datasetJsonSchemaText } from "../../src/data/jsonSchema";
import { parseDatasetText } from "../../src/data/validate";
import { SCHEMA_FILE, datasetText } from "../support/dataset";
import { english } from "../support/english";

describe("assets/data", () => {
  it("kzuz-dataset.schema.json is the schema generated from src/data/schema.ts (run npx tsx scripts/gen-schema.ts)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(datasetJsonSchemaText(english));
  });

  it("kzuz-dataset.json validates", () => {
    const result = parseDatasetText(datasetText);
    if (!result.ok) throw new Error(english(result.error));
    expect(result.value.$schema).toBe("./kzuz-dataset.schema.json");
  });

  it("the JSON Schema describes every top-level field and forbids others", () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8"));
    const fields = Object.keys(JSON.parse(datasetText));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(fields));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.$defs.Project.required).toEqual(
      expect.arrayContaining(["id", "name", "investment", "sourceIds"])
    );
  });
});
