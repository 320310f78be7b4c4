/** Types of dataset-check-plugin.js, for the tests. */
import type { Compiler } from "webpack";
import type { parseDatasetText } from "../src/data/validate";
import type { Message } from "../src/i18n/message";

export declare class DatasetCheckPlugin {
  constructor(file: string);
  apply(compiler: Compiler): void;
}

/** Undefined when the dataset at `file` is valid, else a message naming the file and the first problem. */
export declare function checkDataset(
  file: string,
  parse?: typeof parseDatasetText,
  say?: (said: Message) => string
): string | undefined;
