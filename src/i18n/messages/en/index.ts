/**
 * English, the source catalogue and the fallback: bundled with the page, so a string missing in
 * another language shows in English, never as its key. One JSON file per area of the add-in
 * (ICU messages), compiled at build time (scripts/lib/catalogue.js); its keys are MessageKey.
 */
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
