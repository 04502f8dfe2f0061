// Installs the packed tarballs as an app would (npm, a fresh project each time) and checks, on one
// Node version (`--node <path>`, default this one):
// - npm prints no warning while installing them (engines, install scripts, peers);
// - node_modules stays within install-budgets.json (apparent bytes, 1 MB = 10^6 bytes);
// - every entry point loads as ESM and as CommonJS without require(esm)
//   (`node --no-experimental-require-module`), and Temporal objects cross between the two builds;
// - an optional engine that is not installed fails with `missing-dependency` and its install line;
// - Jest 30, with no ESM flags, runs a CommonJS test over the whole flow (plan, letters, .eml, .ics,
//   PDF, .docx);
// - the CLI, installed from its tarball, writes a kit.
// Usage: pnpm build && node scripts/check-installs.mjs [--node /path/to/node] [--report out.json]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const node = option("--node") ?? process.execPath;
const reportFile = option("--report");
const budgets = JSON.parse(readFileSync(join(root, "install-budgets.json"), "utf8")).budgets;
// npm's own script, run by the Node under test so that npm checks engines against that version.
const npmCli = execFileSync("sh", ["-c", 'readlink -f "$(command -v npm)"'], { encoding: "utf8" }).trim();
const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}`, npm_config_update_notifier: "false" };
const version = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();
const failures = [];
const report = { node: version, installs: {} };

function fail(message) {
  failures.push(message);
  console.error(`  FAIL ${message}`);
}

function npm(cwd, ...npmArgs) {
  const result = spawn(node, [npmCli, ...npmArgs], cwd);
  if (result.status !== 0)
    throw new Error(`npm ${npmArgs.join(" ")} failed in ${cwd}:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Installs `specs` into a fresh project and returns its folder; an npm warning or a size over budget fails. */
function installChecked(name, specs) {
  const dir = mkdtempSync(join(tmpdir(), `afterview-install-${name}-`));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true, version: "1.0.0" }));
  const result = spawn(node, [npmCli, "install", "--no-audit", "--no-fund", ...specs], dir);
  if (result.status !== 0) fail(`${name}: npm install failed\n${result.stderr}`);
  const warnings = result.stderr.split("\n").filter((line) => /\bwarn\b/i.test(line));
  if (warnings.length) fail(`${name}: npm warned on install:\n    ${warnings.join("\n    ")}`);
  const bytes = folderBytes(join(dir, "node_modules"));
  const mb = Math.round(bytes / 1e5) / 10;
  report.installs[name] = { megabytes: mb, warnings: warnings.length };
  const budget = budgets[name];
  const verdict = budget === undefined ? "(no budget: reported)" : `budget ${budget} MB`;
  console.log(`  ${name}: ${mb} MB of node_modules, ${warnings.length} warnings; ${verdict}`);
  if (budget !== undefined && mb > budget) fail(`${name}: ${mb} MB of node_modules is over its budget of ${budget} MB`);
  return dir;
}

function spawn(command, commandArgs, cwd) {
  const result = spawnSync(command, commandArgs, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? String(result.error) };
}

function folderBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

/** Runs a script file in `dir` with the Node under test; a non-zero exit is a failure. */
function probe(name, dir, file, source, flags = []) {
  writeFileSync(join(dir, file), source);
  const result = spawn(node, [...flags, file], dir);
  if (result.status !== 0) fail(`${name}: ${file} exited ${result.status}\n${result.stdout}${result.stderr}`);
  else console.log(`  ok ${name}: ${result.stdout.trim().split("\n").join("; ")}`);
}

// ── pack ─────────────────────────────────────────────────────────────────────────────────────────
console.log(`\n== installs on Node ${version}`);
const scratch = mkdtempSync(join(tmpdir(), "afterview-tarballs-"));
const tarball = {};
for (const name of ["core", "templates", "renderers", "cli"]) {
  const out = execFileSync("pnpm", ["pack", "--pack-destination", scratch], {
    cwd: join(root, "packages", name),
    encoding: "utf8",
  });
  tarball[name] = out.trim().split("\n").pop();
}
const engines = ["pdf-lib@~1.17.1", "fontkit@~2.0.4", "dejavu-fonts-ttf@~2.37.3", "docx@9.7.0"];
const sample = readFileSync(join(root, "examples/data/sample-interview.json"), "utf8");
const NOW = "2026-11-24T15:45:00-05:00[America/New_York]";

// ── core alone ───────────────────────────────────────────────────────────────────────────────────
const coreDir = installChecked("core", [tarball.core]);
writeFileSync(join(coreDir, "interview.json"), sample);
const corePlan = (load) => `
const input = JSON.parse(require("node:fs").readFileSync("interview.json", "utf8"));
const plan = core.createPlan(input, { now: ${JSON.stringify(NOW)} });
if (!plan.actions.length) throw new Error("no actions");
console.log(${JSON.stringify(load)} + ": " + plan.actions.length + " actions");`;
probe(
  "core",
  coreDir,
  "core.cjs",
  `const core = require("@afterview/core"); require("@afterview/core/schema"); require("@afterview/core/holidays");${corePlan("CJS without require(esm)")}`,
  ["--no-experimental-require-module"],
);
probe(
  "core",
  coreDir,
  "core.mjs",
  `import { createRequire } from "node:module"; const require = createRequire(import.meta.url);
import * as core from "@afterview/core"; import "@afterview/core/schema"; import "@afterview/core/holidays";
${corePlan("ESM")}
const { loadLiveHolidays } = await import("@afterview/core/live-holidays");
const error = await loadLiveHolidays().then(() => undefined, (e) => e);
if (error?.code !== "missing-dependency" || !error.message.includes("npm install date-holidays")) throw error ?? new Error("loaded without date-holidays");
console.log("loadLiveHolidays without date-holidays: missing-dependency, names the install line");`,
);

// ── core + templates + renderers (text, HTML, .eml, .ics) ───────────────────────────────────────
const appDir = installChecked("core+templates+renderers", [tarball.core, tarball.templates, tarball.renderers]);
writeFileSync(join(appDir, "interview.json"), sample);
const flow = `
const input = JSON.parse(require("node:fs").readFileSync("interview.json", "utf8"));
const plan = core.createPlan(input, { now: ${JSON.stringify(NOW)} });
const [letter] = templates.composePlan(plan, core.parseInterviewInput(input));
const eml = renderers.renderEml(letter, { date: core.toZoned(plan.actions[0].due.start) });
if (!renderers.renderText(letter).includes(letter.subject ?? "Dear")) throw new Error("text");
if (!renderers.renderHtml(letter).includes("<p")) throw new Error("html");
if (!eml.includes("Date: ")) throw new Error("eml");
if (!renderers.renderIcs(plan).startsWith("BEGIN:VCALENDAR")) throw new Error("ics");
// German, built into the Node build: the timeline read in it, every draft written in it.
const berlin = { ...input, language: "de-DE", statedTimeline: "Wir melden uns in zwei bis drei Werktagen." };
const berlinPlan = core.createPlan(berlin, { now: ${JSON.stringify(NOW)} });
if (berlinPlan.decision.source !== "stated") throw new Error("German timeline not read");
const drafts = templates.composePlan(berlinPlan, core.parseInterviewInput(berlin));
if (drafts.length === 0 || drafts.some((d) => d.locale !== "de-DE")) throw new Error("German drafts");
if (!renderers.renderEml(drafts.find((d) => d.kind === "email") ?? drafts[0], {}).includes("Content-Language: de-DE")) throw new Error("Content-Language");
// The language subpaths load, and registering a built-in language again is harmless.
templates.registerLanguage(require("@afterview/templates/languages").fr);
const reading = require("@afterview/core/languages");
reading.registerLanguage(reading.fr);`;
probe(
  "app",
  appDir,
  "app.cjs",
  `const core = require("@afterview/core"), templates = require("@afterview/templates"), renderers = require("@afterview/renderers");
${flow}
console.log("CJS without require(esm): plan, letters, text, HTML, .eml, .ics; German drafts and timeline");`,
  ["--no-experimental-require-module"],
);
probe(
  "app",
  appDir,
  "app.mjs",
  `import { createRequire } from "node:module"; const require = createRequire(import.meta.url);
import * as core from "@afterview/core"; import * as templates from "@afterview/templates"; import * as renderers from "@afterview/renderers";
${flow}
console.log("ESM: plan, letters, text, HTML, .eml, .ics; German drafts and timeline");
// Temporal objects cross between the ESM and CJS builds (each CJS build bundles its own Temporal).
const cjsCore = require("@afterview/core"), cjsRenderers = require("@afterview/renderers");
const esmTime = core.toZoned("2026-12-25T10:00:00-05:00[America/New_York]");
const cjsTime = cjsCore.toZoned("2026-12-25T10:00:00-05:00[America/New_York]");
if (cjsCore.businessCalendar({ country: "US" }).isBusinessDay(esmTime)) throw new Error("ESM time into CJS calendar");
if (core.businessCalendar({ country: "US" }).isBusinessDay(cjsTime)) throw new Error("CJS time into ESM calendar");
if (!cjsRenderers.renderEml(letter, { date: esmTime }).includes("Date: Fri, 25 Dec 2026 10:00:00 -0500")) throw new Error("ESM time into CJS .eml");
if (!renderers.renderEml(letter, { date: cjsTime }).includes("Date: Fri, 25 Dec 2026 10:00:00 -0500")) throw new Error("CJS time into ESM .eml");
console.log("Temporal objects cross between the ESM and CJS builds");
for (const [entry, name, needs] of [["@afterview/renderers/pdf", "renderPdf", "pdf-lib"], ["@afterview/renderers/docx", "renderDocx", "docx"]]) {
  const error = await (await import(entry))[name](letter).then(() => undefined, (e) => e);
  if (error?.code !== "missing-dependency" || !error.message.includes(needs) || !error.message.includes("npm install ")) throw error ?? new Error(name + " ran without its engines");
  console.log(name + " without its engines: missing-dependency, names the install line");
}`,
);

// TypeScript, strict, "module": "nodenext", against the installed types of every entry point, with
// no PDF or Word engine installed (their types must not be needed). Installed after the checks above.
npm(appDir, "install", "--no-audit", "--no-fund", "--loglevel=error", "typescript@6.0.3", "@types/node@20");
writeFileSync(
  join(appDir, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      module: "nodenext",
      target: "es2022",
      noEmit: true,
      skipLibCheck: false,
      types: ["node"],
    },
    files: ["typed.mts", "typed.cts"],
  }),
);
const typedApp = `
const input: InterviewInput = parseInterviewInput(JSON.parse(readFileSync("interview.json", "utf8")));
const plan: Plan = createPlan(input, { now: ${JSON.stringify(NOW)} });
const letters: Document[] = composePlan(plan, input);
const first = letters[0];
if (first) {
  const eml: string = renderEml(first, { date: plan.actions[0]?.due?.start });
  const pdf: Promise<Uint8Array> = renderPdf(first, { paper: "a4" });
  const docx: Promise<Uint8Array> = renderDocx(first);
  const link = mailtoLink(first);
  void [eml, pdf, docx, link.href, renderIcs(plan, { feed: { name: "Interviews" } })];
}
const source: HolidaySource = defaultHolidaySource;
void [source, US, InterviewInputSchema, loadLiveHolidays, formatWhen(plan.createdAt)];`;
const typedImports = (from) => `
import { readFileSync } from "node:fs";
${from("{ createPlan, defaultHolidaySource, formatWhen, parseInterviewInput, type HolidaySource, type InterviewInput, type Plan }", "@afterview/core")}
${from("{ InterviewInputSchema }", "@afterview/core/schema")}
${from("{ US }", "@afterview/core/holidays")}
${from("{ loadLiveHolidays }", "@afterview/core/live-holidays")}
${from("{ composePlan, type Document }", "@afterview/templates")}
${from("{ mailtoLink, renderEml, renderIcs }", "@afterview/renderers")}
${from("{ renderPdf }", "@afterview/renderers/pdf")}
${from("{ renderDocx }", "@afterview/renderers/docx")}`;
writeFileSync(join(appDir, "typed.mts"), typedImports((names, spec) => `import ${names} from "${spec}";`) + typedApp);
writeFileSync(join(appDir, "typed.cts"), typedImports((names, spec) => `import ${names} from "${spec}";`) + typedApp);
const tsc = spawn(node, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"], appDir);
if (tsc.status !== 0) fail(`TypeScript (strict, nodenext) refused the installed types:\n${tsc.stdout}${tsc.stderr}`);
else
  console.log(
    "  ok app: TypeScript strict + nodenext type-checks every entry point (ESM and CJS) with no engines installed",
  );

// ── with the PDF and Word engines and the live holidays ─────────────────────────────────────────
const fullDir = installChecked("core+templates+renderers+pdf+docx+live-holidays", [
  tarball.core,
  tarball.templates,
  tarball.renderers,
  ...engines,
  "date-holidays@^3.37.0",
]);
writeFileSync(join(fullDir, "interview.json"), sample);
writeFileSync(
  join(fullDir, "afterview.test.js"),
  `const { readFileSync } = require("node:fs");
const core = require("@afterview/core");
const { loadLiveHolidays } = require("@afterview/core/live-holidays");
const { composePlan } = require("@afterview/templates");
const { renderEml, renderIcs } = require("@afterview/renderers");
const { renderPdf } = require("@afterview/renderers/pdf");
const { renderDocx } = require("@afterview/renderers/docx");

const input = JSON.parse(readFileSync("interview.json", "utf8"));
const plan = core.createPlan(input, { now: ${JSON.stringify(NOW)} });
const letters = composePlan(plan, core.parseInterviewInput(input));

test("a plan with its letters, mail and calendar", () => {
  expect(plan.actions.length).toBeGreaterThan(0);
  expect(renderEml(letters[0])).toContain("MIME-Version: 1.0");
  expect(renderIcs(plan)).toContain("BEGIN:VEVENT");
});

test("a PDF letter and a Word file", async () => {
  const postal = letters.find((doc) => doc.kind === "letter") ?? letters[0];
  expect(Buffer.from((await renderPdf(postal)).subarray(0, 5)).toString()).toBe("%PDF-");
  expect(Buffer.from((await renderDocx(postal)).subarray(0, 2)).toString()).toBe("PK");
});

test("holidays past the built-in tables once the live source is registered", async () => {
  expect(() => core.businessCalendar({ country: "US" }).isBusinessDay("2051-07-04")).toThrow(/npm install date-holidays/);
  core.registerHolidays(await loadLiveHolidays());
  expect(core.businessCalendar({ country: "US" }).isBusinessDay("2051-07-04")).toBe(false);
});

test("errors are the classes the package exports", () => {
  expect(() => core.parsePlan({})).toThrow(core.AfterviewValidationError);
});
`,
);
// Jest's own install may warn (its dependencies, not ours): it is installed after the check above.
npm(fullDir, "install", "--no-audit", "--no-fund", "--loglevel=error", "jest@30");
const jest = spawn(node, ["node_modules/jest/bin/jest.js", "--ci", "afterview.test.js"], fullDir);
if (jest.status !== 0) fail(`Jest 30 (CommonJS, no ESM flags) failed:\n${jest.stdout}${jest.stderr}`);
else console.log(`  ok Jest 30 over the CommonJS builds: ${/Tests:.*$/m.exec(jest.stderr)?.[0] ?? "passed"}`);

// ── the CLI from its tarball ─────────────────────────────────────────────────────────────────────
const cliDir = installChecked("cli", [tarball.core, tarball.templates, tarball.renderers, tarball.cli]);
// Three weeks leave time for the post, so the thank-you letters go by post: PDF, envelope and .docx.
writeFileSync(
  join(cliDir, "interview.json"),
  JSON.stringify({ ...JSON.parse(sample), statedTimeline: "We will decide in three weeks" }),
);
const kit = spawn(node, ["node_modules/.bin/afterview", "kit", "interview.json", "--out", "kit", "--now", NOW], cliDir);
if (kit.status !== 0) fail(`afterview kit failed:\n${kit.stdout}${kit.stderr}`);
else {
  const files = readdirSync(join(cliDir, "kit"), { recursive: true }).map(String);
  const wanted = [".pdf", ".docx", ".ics"].filter((ext) => !files.some((file) => file.endsWith(ext)));
  if (wanted.length) fail(`afterview kit wrote no ${wanted.join(", ")} file`);
  else
    console.log(
      `  ok cli: afterview kit wrote ${files.length} files (PDF letters and envelopes, .docx, .ics among them)`,
    );
}

if (reportFile) writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
if (failures.length) {
  console.error(`\n${failures.length} install check(s) failed on Node ${version}.`);
  process.exit(1);
}
console.log(`\nInstalls pass on Node ${version}.`);
