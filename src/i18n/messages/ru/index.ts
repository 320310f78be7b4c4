/** Русский (ru): loaded on demand, its own chunk, only when it is the active language. */
import common from "./common.json";
import shell from "./shell.json";
import data from "./data.json";
import formulas from "./formulas.json";
import explain from "./explain.json";
import progress from "./progress.json";
import outside from "./outside.json";
import errors from "./errors.json";
import cards from "./cards.json";
import dataset from "./dataset.json";

export default {
  ...common,
  ...shell,
  ...data,
  ...formulas,
  ...explain,
  ...progress,
  ...outside,
  ...errors,
  ...cards,
  ...dataset,
};
