/**
 * The full dataset schema: the shape (../schema) plus the cross-reference checks (./checks). Its
 * output is branded: a `Dataset` (../schema) can only come out of validation.
 */
import { DatasetShapeSchema } from "../schema";
import { crossCheck } from "./checks";

export const DatasetSchema = DatasetShapeSchema.superRefine((dataset, ctx) => {
  for (const issue of crossCheck(dataset))
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
}).brand<"ValidatedKzuzDataset">();
