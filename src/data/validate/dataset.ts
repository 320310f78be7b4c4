/**
 * The full dataset schema: the shape (../schema) plus the cross-reference checks (./checks). Its
 * output is branded: a `Dataset` (../schema) can only come out of validation.
 */
import { DatasetShapeSchema } from "../schema";
import { crossCheck } from "./checks";

export const DatasetSchema = DatasetShapeSchema.superRefine((dataset, ctx) => {
  for (const issue of crossCheck(dataset))
    // The message travels in params: zod's own message is text, ours ids and values.
    ctx.addIssue({
      code: "custom",
      path: issue.path,
      message: "dataset.check",
      params: { said: issue.said },
    });
}).brand<"ValidatedKzuzDataset">();
