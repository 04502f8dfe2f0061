/**
 * Measures what `@afterview/core` costs in a browser bundle: esbuild, minified, browser platform,
 * every dependency bundled (zod/mini, temporal-polyfill), gzip level 9. Builds from the sources with
 * the same plugin as the browser build (`scripts/browser-build.ts`), so no `pnpm build` is needed.
 *
 *   pnpm exec tsx --conditions=@afterview/source packages/core/scripts/measure-bundle.ts           # print the table
 *   pnpm exec tsx --conditions=@afterview/source packages/core/scripts/measure-bundle.ts --check   # also fail over budget
 *   … --json                                                                                       # machine-readable
 *
 * Each scenario is the core browser entry (everything `src/index.ts` exports, plus the calendar and
 * `registerHolidays` until the index exports them), or the calendar alone, with some holiday
 * tables registered. The build
 * fails if `date-holidays` or the live source reaches the browser graph.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { browserBuildPlugin } from "./browser-build.js";

const packageDir = resolve(import.meta.dirname, "..");
const src = (path: string) => JSON.stringify(join(packageDir, "src", path));

/**
 * Budgets in gzipped bytes; `--check` fails above them. `gzip` caps a scenario's whole size, `tables`
 * caps what its holiday tables add to the same entry without tables. Set at about 10–20% over the
 * sizes measured when the tables landed (calendar alone 25.2 kB; tables add 2.1 kB for US, 3.0 kB
 * for US + GB + DE, 43.4 kB for all). The whole index and the other packages are capped from their
 * built output by `scripts/check-bundle-budgets.mjs` (budgets in `bundle-budgets.json` at the root).
 * Raise a budget on purpose, never by accident.
 */
const BUDGETS: Record<string, { gzip?: number; tables?: number }> = {
  "calendar only, no tables": { gzip: 28_000 },
  "calendar only + US": { gzip: 31_000, tables: 2_600 },
  "core + US": { tables: 2_600 },
  "core + US, GB, DE": { tables: 3_600 },
  "core + all 207 countries": { tables: 50_000 },
};

const core = [
  `export * from ${src("index.ts")};`,
  `export { businessCalendar } from ${src("calendar/business-calendar.ts")};`,
  `export { registerHolidays } from ${src("calendar/holidays/register.ts")};`,
  `import { registerHolidays } from ${src("calendar/holidays/register.ts")};`,
].join("\n");

/** The calendar alone (errors, time, business days, holidays): what an app that only counts business days pays. */
const calendar = [
  `export { AfterviewError, AfterviewValidationError } from ${src("errors/afterview-error.ts")};`,
  `export { toZonedDateTime } from ${src("time/instant.ts")};`,
  `export { businessCalendar } from ${src("calendar/business-calendar.ts")};`,
  `export { registerHolidays } from ${src("calendar/holidays/register.ts")};`,
  `import { registerHolidays } from ${src("calendar/holidays/register.ts")};`,
].join("\n");

const scenarios: Record<string, string> = {
  "calendar only, no tables": calendar,
  "calendar only + US": `${calendar}\nimport { US } from ${src("holidays.ts")};\nregisterHolidays(US);`,
  "core, no holiday tables": core,
  "core + US": `${core}\nimport { US } from ${src("holidays.ts")};\nregisterHolidays(US);`,
  "core + US, GB, DE": `${core}\nimport { US, GB, DE } from ${src("holidays.ts")};\nregisterHolidays(US, GB, DE);`,
  "core + all 207 countries": [
    core,
    `import * as all from ${src("holidays.ts")};`,
    `registerHolidays(...Object.values(all).filter((t) => typeof t === "object" && "series" in t));`,
  ].join("\n"),
};

interface Measure {
  scenario: string;
  minified: number;
  gzip: number;
  /** Gzipped bytes over the same entry with no tables (0 for the entries without tables). */
  tables: number;
}

async function measure(scenario: string, contents: string): Promise<Measure> {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: "ts", sourcefile: "measure-entry.ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["@afterview/source"],
    plugins: [browserBuildPlugin],
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { scenario, minified: code.length, gzip: gzipSync(code, { level: 9 }).length, tables: 0 };
}

/** Bytes of the generated country tables in the repo (`tables/xx.ts`), raw and gzipped one by one. */
function tableSources(): { files: number; bytes: number; gzip: number } {
  const dir = join(packageDir, "src/calendar/holidays/generated");
  const files = readdirSync(dir).filter((file) => /^[a-z]{2}\.ts$/.test(file));
  let bytes = 0;
  let gzip = 0;
  for (const file of files) {
    const text = readFileSync(join(dir, file));
    bytes += text.length;
    gzip += gzipSync(text, { level: 9 }).length;
  }
  return { files: files.length, bytes, gzip };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: "boolean" }, json: { type: "boolean" } } });
  const results: Measure[] = [];
  for (const [scenario, contents] of Object.entries(scenarios)) results.push(await measure(scenario, contents));
  const entryOf = (scenario: string) => scenario.split(/[,+]/)[0]?.trim();
  for (const r of results) {
    const base = results.find((b) => b.scenario.includes("no ") && entryOf(b.scenario) === entryOf(r.scenario));
    r.tables = base ? r.gzip - base.gzip : 0;
  }
  const tables = tableSources();
  if (values.json) {
    console.log(JSON.stringify({ results, tables }, null, 2));
  } else {
    const kb = (n: number | undefined) => (n === undefined ? "-" : `${(n / 1000).toFixed(1)} kB`);
    console.log("scenario                    minified     gzip -9   tables add   budget (whole / tables)");
    for (const r of results) {
      const budget = BUDGETS[r.scenario];
      console.log(
        `${r.scenario.padEnd(27)} ${kb(r.minified).padStart(9)} ${kb(r.gzip).padStart(10)} ${(r.tables ? `+${kb(r.tables)}` : "").padStart(12)}   ${kb(budget?.gzip)} / ${kb(budget?.tables)}`,
      );
    }
    console.log(
      `generated tables in the repo: ${tables.files} files, ${tables.bytes} bytes (${tables.gzip} gzipped one by one)`,
    );
  }
  const over = results.flatMap((r) => {
    const budget = BUDGETS[r.scenario];
    const problems: string[] = [];
    if (budget?.gzip !== undefined && r.gzip > budget.gzip)
      problems.push(`${r.scenario}: ${r.gzip} B gzipped, budget ${budget.gzip}`);
    if (budget?.tables !== undefined && r.tables > budget.tables)
      problems.push(`${r.scenario}: tables add ${r.tables} B gzipped, budget ${budget.tables}`);
    return problems;
  });
  if (values.check && over.length > 0) {
    for (const problem of over) console.error(`over budget: ${problem}`);
    process.exitCode = 1;
  }
}

await main();
