// Every TypeScript and JavaScript block in the docs compiles against the built packages, and every
// result a block shows with `//=>` is what the code gives (issue #16).
//
//   pnpm build && node scripts/check-docs-code.mjs [doc.md …]
//
// Reads README.md, docs/**/*.md (not docs/api, which is generated) and packages/*/README.md, or
// only the files named. Exits 1 on any failure, listing each as file:line.
//
// Which blocks: ```ts, ```typescript and ```js (and mts/mjs). Shell sessions (```sh, ```console),
// output (```text) and data (```json, ```yaml) are not code to check. A block that is a fragment on
// purpose is skipped with `<!-- docs-check: skip (why) -->` on the line just before its fence;
// use that rarely, the reason is printed with every run.
//
// How a block compiles: each block is its own ES module in a strict project (strict, module and
// moduleResolution NodeNext, target ES2022, lib ES2022 + DOM, types node, skipLibCheck, noEmit),
// written under node_modules/.cache/docs-check/ (kept after the run for a look), where
// node_modules/@afterview/* point at the packages, so imports resolve through each package.json's
// `exports` to the built dist/*.d.ts (without the @afterview/source condition). Top-level await
// is allowed. A name the block uses but does not declare comes, in this order, from
//   1. an earlier block on the same page that declares or imports it at its top level (the page
//      reads as one program: `compose` imported in one block is there in the next), then
//   2. scripts/docs-code/prelude.ts: the sample interview and what an app has at hand (`interview`,
//      `now`, `plan`, `doc`, `letter`, `offer`, `request`, `row`, `body`).
// Anything else it must import or declare itself.
//
// How results are checked: a block with a `//=>` comment also runs (transpiled by TypeScript,
// run by Node against the built dist/*.js, with node_modules/.cache/docs-check/run as the working
// folder, examples/ linked into it and the sample interview copied to interview.json), together
// with the earlier blocks it takes names from.
//   expr; //=> value           the value of an expression statement
//   expr;                      the same, with the result alone on the next line; while its
//   //=> value                 brackets are open it goes on over the following `//` lines
//   const x = expr; //=> value the value given to x
//   console.log(x); //=> text  the printed line, unquoted
// `value` is a JavaScript literal (double-quoted strings, numbers, true/false/null/undefined,
// `[…]`, `{ key: … }`); `…` stands for any characters in a string and any further items in an
// array or object; in strings any Unicode space (Intl's no-break ones) reads as a plain space;
// text after the literal is a remark and is not checked. Full rule:
// scripts/docs-code/expect.mjs. A `//=>` whose line never runs (say, inside an `if` that is false)
// is a failure too.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { CHECKED, docFiles, extractBlocks, instrument, topLevelNames } from "./docs-code/blocks.mjs";

const started = performance.now();
const root = resolve(import.meta.dirname, "..");
const here = join(root, "scripts", "docs-code");
const work = join(root, "node_modules", ".cache", "docs-check");
const checkDir = join(work, "check");
const runDir = join(work, "run");

// The built packages, linked where the blocks' imports look for them.
const packages = readdirSync(join(root, "packages"))
  .filter((dir) => existsSync(join(root, "packages", dir, "package.json")))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) }))
  .filter(({ manifest }) => !manifest.private);
const unbuilt = packages.filter(({ dir }) => !existsSync(join(root, "packages", dir, "dist", "index.d.ts")));
if (unbuilt.length) {
  console.error(
    `docs-check: build first (pnpm build): no dist/index.d.ts in ${unbuilt.map((p) => p.manifest.name).join(", ")}`,
  );
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, "node_modules", "@afterview"), { recursive: true });
mkdirSync(checkDir);
mkdirSync(runDir);
writeFileSync(join(work, "package.json"), JSON.stringify({ private: true, type: "module" }));
for (const { dir, manifest } of packages)
  symlinkSync(join(root, "packages", dir), join(work, "node_modules", manifest.name), "dir");
symlinkSync(join(root, "examples"), join(runDir, "examples"), "dir");
writeFileSync(join(runDir, "interview.json"), readFileSync(join(root, "examples", "data", "sample-interview.json")));

// The blocks.
const only = process.argv.slice(2).map((file) => relative(root, resolve(file)));
const files = only.length ? only : docFiles(root);
const all = files.flatMap((file) => extractBlocks(root, file));
const code = all.filter((block) => CHECKED.has(block.lang));
const skipped = code.filter((block) => block.skip);
const blocks = code.filter((block) => !block.skip);
const failures = [];
const fail = (where, message) => failures.push({ where, message });

let lastId = 0;
for (const block of blocks) {
  block.js = ["js", "javascript", "mjs"].includes(block.lang);
  block.key = `${block.file.replace(/\.md$/, "").replace(/[^\w.-]+/g, "_")}-L${block.line}`;
  block.names = topLevelNames(block.code, block.js);
  block.run = instrument(block.code, block.js, () => ++lastId);
  block.lineCount = block.code.split("\n").length;
  block.uses = new Map(); // name → import statement added to the module's tail
  for (const { line, message } of block.run.problems) fail(`${block.file}:${block.line + 1 + line}`, message);
}
const where = (block, line) => `${block.file}:${line < block.lineCount ? block.line + 1 + line : block.line}`;
const preludeNames = new Set(
  [...topLevelNames(readFileSync(join(here, "prelude.ts"), "utf8"))]
    .filter(([, how]) => how.exported)
    .map(([name]) => name),
);

function tail(block) {
  const locals = [...block.names].filter(([, how]) => how.local && !how.exported).map(([name]) => name);
  return `\n${[...block.uses.values()].join("\n")}\nexport { ${locals.join(", ")} };\n`;
}
function writeCheckFiles() {
  for (const block of blocks)
    writeFileSync(join(checkDir, `${block.key}.${block.js ? "js" : "ts"}`), block.code + tail(block));
}
writeFileSync(join(checkDir, "prelude.ts"), readFileSync(join(here, "prelude.ts")));

// Type-checking, twice: the first pass finds the names blocks use without declaring them.
const options = {
  strict: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: ["node"],
  typeRoots: [join(root, "node_modules", "@types")],
  skipLibCheck: true,
  noEmit: true,
  allowJs: true,
  checkJs: true,
};
const host = ts.createCompilerHost(options);
const cache = new Map();
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, ...rest) => {
  if (fileName.startsWith(checkDir)) return getSourceFile(fileName, ...rest);
  if (!cache.has(fileName)) cache.set(fileName, getSourceFile(fileName, ...rest));
  return cache.get(fileName);
};
const rootNames = () => [
  join(checkDir, "prelude.ts"),
  ...blocks.map((b) => join(checkDir, `${b.key}.${b.js ? "js" : "ts"}`)),
];
const byPath = new Map(blocks.map((b) => [join(checkDir, `${b.key}.${b.js ? "js" : "ts"}`), b]));
const UNKNOWN_NAME = new Set([2304, 2552, 2503, 18004]);

writeCheckFiles();
let program = ts.createProgram(rootNames(), options, host);
let resolved = false;
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  const block = diagnostic.file && byPath.get(diagnostic.file.fileName);
  if (!block || !UNKNOWN_NAME.has(diagnostic.code) || diagnostic.start === undefined) continue;
  const name = diagnostic.file.text.slice(diagnostic.start, diagnostic.start + diagnostic.length);
  if (block.uses.has(name)) continue;
  const page = blocks.filter((b) => b.file === block.file && b.line < block.line && b.names.has(name)).at(-1);
  if (page) {
    const how = page.names.get(name);
    block.uses.set(name, how.local ? `import { ${name} } from "./${page.key}.js";` : how.import);
  } else if (preludeNames.has(name)) block.uses.set(name, `import { ${name} } from "./prelude.js";`);
  else continue;
  resolved = true;
}
if (resolved) {
  writeCheckFiles();
  program = ts.createProgram(rootNames(), options, host, program);
}
let typeErrors = 0;
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  typeErrors++;
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n    ");
  if (!diagnostic.file || diagnostic.start === undefined) {
    fail("(project)", `TS${diagnostic.code}: ${text}`);
    continue;
  }
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const block = byPath.get(diagnostic.file.fileName);
  if (!block) {
    const name = diagnostic.file.fileName.endsWith("/prelude.ts")
      ? relative(root, join(here, "prelude.ts"))
      : diagnostic.file.fileName;
    fail(`${name}:${line + 1}`, `TS${diagnostic.code}: ${text}`);
    continue;
  }
  const source = line < block.lineCount ? `\n    | ${block.code.split("\n")[line].trim()}` : "";
  fail(`${where(block, line)}:${character + 1}`, `TS${diagnostic.code}: ${text}${source}`);
}
const checkedIn = performance.now() - started;

// Running the blocks with results, and the blocks they take names from.
const transpile = (text) =>
  ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } })
    .outputText;
writeFileSync(join(runDir, "prelude.js"), transpile(readFileSync(join(here, "prelude.ts"), "utf8")));
for (const block of blocks) writeFileSync(join(runDir, `${block.key}.js`), transpile(block.run.code + tail(block)));
const toRun = blocks.filter((block) => block.run.expectations.length);
const expectations = toRun.flatMap((block) => block.run.expectations.map((e) => ({ ...e, block })));
let ran = 0;
if (toRun.length) {
  const planFile = join(work, "run-plan.json");
  const resultsFile = join(work, "results.json");
  writeFileSync(
    planFile,
    JSON.stringify({
      modules: toRun.map((block) => ({ key: block.key, path: join(runDir, `${block.key}.js`) })),
      expectations: expectations.map(({ id, expected, printed }) => ({ id, expected, printed })),
    }),
  );
  const child = spawnSync(process.execPath, [join(here, "runner.mjs"), planFile, resultsFile], {
    cwd: runDir,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (child.status !== 0 || !existsSync(resultsFile)) {
    fail(
      "(runner)",
      `the blocks' run stopped (${child.error?.message ?? `exit ${child.status}`}):\n${child.stdout}\n${child.stderr}`,
    );
  } else {
    const results = JSON.parse(readFileSync(resultsFile, "utf8"));
    const broken = new Set();
    for (const { key, message } of results.errors) {
      const block = toRun.find((b) => b.key === key);
      broken.add(block);
      fail(`${block.file}:${block.line}`, `the block threw: ${message}`);
    }
    for (const { id, seen, failure } of results.expectations) {
      const { block, line, expected } = expectations.find((e) => e.id === id);
      ran++;
      if (failure) fail(where(block, line), `//=> ${expected}\n    ${failure}`);
      else if (!seen && !broken.has(block)) fail(where(block, line), `//=> ${expected}\n    this line never ran`);
    }
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `docs-check: ${code.length} code blocks in ${new Set(code.map((b) => b.file)).size} of ${files.length} files; ` +
    `${blocks.length} type-checked (${(checkedIn / 1000).toFixed(1)}s), ${toRun.length} run with ${ran} results checked, ` +
    `${skipped.length} skipped; ${seconds}s`,
);
for (const block of skipped) console.log(`  skipped ${block.file}:${block.line}: ${block.skip}`);
if (failures.length) {
  console.log(
    `\n${failures.length} failure${failures.length === 1 ? "" : "s"}${typeErrors ? ` (${typeErrors} from TypeScript)` : ""}:`,
  );
  for (const { where: at, message } of failures) console.log(`\n${at}: ${message}`);
  console.log(`\nThe generated modules are in ${relative(root, work)}/ (check/ as type-checked, run/ as run).`);
  process.exit(1);
}
