#!/usr/bin/env node
/**
 * Browser bundle budgets: bundles each scenario of bundle-budgets.json from the BUILT packages (run
 * `pnpm build` first) the way an app's bundler would (esbuild, platform browser, so core resolves to
 * its "browser" build; every dependency bundled; minified, ES2022), gzips it at level 9 and compares
 * the bytes with the scenario's budget. Fails (exit 1) when a scenario is over its budget or when a
 * Node built-in reaches a browser bundle.
 *
 *   node scripts/check-bundle-budgets.mjs            # table + check budgets
 *   node scripts/check-bundle-budgets.mjs --json     # machine-readable
 *   node scripts/check-bundle-budgets.mjs --strict   # also fail where a scenario misses its ceiling
 *   node scripts/check-bundle-budgets.mjs --detail   # also what each dependency adds, gzip (slower)
 *
 * A budget is the regression guard: at most 10% over the size measured when it was set. A ceiling is
 * the goal issue #8 states; a scenario over its ceiling is reported on every run (see
 * docs/performance.md for the breakdown of why).
 */
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { scenarios } = JSON.parse(readFileSync(join(root, "bundle-budgets.json"), "utf8"));
const args = new Set(process.argv.slice(2));

for (const pkg of ["core", "templates", "renderers"]) {
  if (!existsSync(join(root, "packages", pkg, "dist", "index.js"))) {
    console.error(`packages/${pkg}/dist is missing: run \`pnpm build\` first`);
    process.exit(2);
  }
}

const nodeBuiltins = new RegExp(`^(node:.*|${builtinModules.map((m) => m.replace(/[/]/g, "\\/")).join("|")})(\\/.*)?$`);

/** esbuild plugin: any Node built-in in a browser bundle is an error naming the importer. */
const noNodeBuiltins = {
  name: "no-node-builtins",
  setup(b) {
    b.onResolve({ filter: nodeBuiltins }, (a) => ({
      errors: [{ text: `Node built-in "${a.path}" imported by ${a.importer} reaches the browser bundle` }],
    }));
  },
};

async function bundle(scenario, external = []) {
  return build({
    stdin: { contents: scenario.entry, resolveDir: join(root, "packages", "renderers"), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    external,
    plugins: [noNodeBuiltins],
  });
}

async function measure(scenario) {
  const result = await bundle(scenario);
  const code = result.outputFiles[0].contents;
  // What each package (or workspace package) adds, minified, for the report.
  const parts = {};
  for (const [path, info] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
    const name = m
      ? m[1]
      : /packages\/([^/]+)\//.exec(path)?.[1]
        ? `@afterview/${/packages\/([^/]+)\//.exec(path)[1]}`
        : path;
    parts[name] = (parts[name] ?? 0) + info.bytesInOutput;
  }
  const gzip = gzipSync(code, { level: 9 }).length;
  // What leaving each dependency out saves, gzip: the scenario's bundle with it, less the bundle with it external.
  const added = {};
  if (args.has("--detail")) {
    for (const name of Object.keys(parts)) {
      if (name.startsWith("@afterview/") || name === "<stdin>") continue;
      const without = await bundle(scenario, [name, `${name}/*`]);
      added[name] = gzip - gzipSync(without.outputFiles[0].contents, { level: 9 }).length;
    }
  }
  return { name: scenario.name, minified: code.length, gzip, parts, added };
}

const results = [];
let failed = false;
for (const scenario of scenarios) {
  try {
    results.push({ ...(await measure(scenario)), budget: scenario.budget, ceiling: scenario.ceiling });
  } catch (error) {
    failed = true;
    console.error(`${scenario.name}: build failed\n${error.errors?.map((e) => `  ${e.text}`).join("\n") ?? error}`);
  }
}

const kb = (n) => (n === undefined ? "-" : `${(n / 1000).toFixed(1)} kB`);
if (args.has("--json")) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log("scenario                                        minified    gzip -9     budget    ceiling");
  for (const r of results) {
    console.log(
      `${r.name.padEnd(46)} ${kb(r.minified).padStart(9)} ${kb(r.gzip).padStart(10)} ${kb(r.budget).padStart(10)} ${kb(r.ceiling).padStart(10)}`,
    );
  }
  console.log("\nlargest parts (minified bytes in the bundle):");
  for (const r of results) {
    const top = Object.entries(r.parts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, bytes]) => `${name} ${kb(bytes)}`);
    console.log(`  ${r.name}: ${top.join(", ")}`);
  }
  if (args.has("--detail")) {
    console.log("\nwhat each dependency adds, gzip (the bundle with it, less the bundle with it left external):");
    for (const r of results) {
      const list = Object.entries(r.added)
        .sort((a, b) => b[1] - a[1])
        .map(([name, bytes]) => `${name} ${kb(bytes)}`);
      console.log(`  ${r.name}: ${list.join(", ")}`);
    }
  }
}

for (const r of results) {
  if (r.gzip > r.budget) {
    failed = true;
    console.error(`over budget: ${r.name}: ${r.gzip} B gzipped, budget ${r.budget} B`);
  }
  if (r.ceiling !== undefined && r.gzip > r.ceiling) {
    const line = `over ceiling: ${r.name}: ${r.gzip} B gzipped, ceiling ${r.ceiling} B (see docs/performance.md)`;
    if (args.has("--strict")) {
      failed = true;
      console.error(line);
    } else console.warn(line);
  }
}
if (failed) process.exit(1);
