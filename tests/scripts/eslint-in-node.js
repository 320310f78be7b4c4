// @ts-check
/**
 * Runs ESLint's Node API with the repository's eslint.config.mjs outside Jest, whose module
 * loader cannot import an ES module config. Reads {cases: [{file, code}], globs, rules?} as JSON
 * on stdin (rules: run only these rules, as `ruleFilter`; all when absent); writes
 * {cases: messages[][], files: [{file, messages}]} as JSON on stdout.
 */
const path = require("node:path");
const { ESLint } = require("eslint");

const ROOT = path.join(__dirname, "..", "..");

/** @param {import("eslint").Linter.LintMessage[]} messages */
const brief = (messages) =>
  messages.map(({ ruleId, message, line }) => ({ ruleId, message, line }));

async function main() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const { cases, globs, rules } = JSON.parse(input);
  /** @type {string[] | undefined} */
  const only = rules;
  const eslint = new ESLint({
    cwd: ROOT,
    ...(only ? { ruleFilter: ({ ruleId }) => only.includes(ruleId) } : {}),
  });
  const out = { cases: /** @type {unknown[]} */ ([]), files: /** @type {unknown[]} */ ([]) };
  for (const { file, code } of cases) {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    out.cases.push(brief(result.messages));
  }
  for (const result of globs.length ? await eslint.lintFiles(globs) : []) {
    out.files.push({
      file: path.relative(ROOT, result.filePath),
      messages: brief(result.messages),
    });
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
