// Runs the docs' blocks that show `//=>` results, in a Node process of their own, and writes what
// each result was to a JSON file. Started by scripts/check-docs-code.mjs with the work folder as cwd:
//   node runner.mjs <plan.json> <results.json>
// plan.json: { modules: [{ key, path }], expectations: [{ id, key, expected, printed }] }
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { format } from "node:util";
import { mismatch, parseExpected, printedMismatch, show } from "./expect.mjs";

const [planFile, resultsFile] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile, "utf8"));
const byId = new Map(plan.expectations.map((e) => [e.id, { ...e, seen: 0, failure: undefined }]));

function record(id, check) {
  const expectation = byId.get(id);
  if (!expectation) return;
  expectation.seen++;
  if (expectation.failure) return;
  try {
    expectation.failure = check(expectation);
  } catch (error) {
    expectation.failure = `cannot read the expected value: ${error.message}`;
  }
}

globalThis.__docs = {
  value(id, value) {
    record(id, (e) => {
      const { pattern } = parseExpected(e.expected);
      const found = mismatch(pattern, value);
      return found && `${found}\n    the whole value: ${show(value)}`;
    });
    return value;
  },
  log(id, ...args) {
    const printed = format(...args);
    record(id, (e) => printedMismatch(e.expected, printed));
  },
};

const errors = [];
for (const { key, path } of plan.modules) {
  try {
    await import(pathToFileURL(path).href);
  } catch (error) {
    errors.push({ key, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
const expectations = [...byId.values()].map(({ id, seen, failure }) => ({ id, seen, failure }));
writeFileSync(resultsFile, JSON.stringify({ errors, expectations }));
// Blocks may leave handles open (a server, a timer); the results are written, so stop here.
process.exit(0);
