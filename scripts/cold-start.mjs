#!/usr/bin/env node
/**
 * Cold start: how long `import("<package>")` takes in a fresh Node process, for every published
 * entry (built packages: run `pnpm build` first). Each entry is imported in its own new process,
 * RUNS times over; the time is measured inside the child from just before the dynamic import to just
 * after it resolves, so Node's own start-up is not counted (it is reported separately, as an empty
 * script's import of nothing). Printed: the median and the spread, and the peak RSS of the child.
 *
 *   node scripts/cold-start.mjs            # table
 *   node scripts/cold-start.mjs --json     # machine-readable
 *   RUNS=21 node scripts/cold-start.mjs    # more runs (default 11)
 */
import { execFileSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.RUNS ?? 11);

/** Specifiers, resolved from packages/cli (which depends on every other package), plus the baselines. */
const entries = [
  ["(nothing: Node start-up only)", null],
  ["@afterview/core", "@afterview/core"],
  ["@afterview/core/holidays", "@afterview/core/holidays"],
  ["@afterview/templates", "@afterview/templates"],
  ["@afterview/renderers", "@afterview/renderers"],
  ["@afterview/renderers/pdf", "@afterview/renderers/pdf"],
  ["@afterview/renderers/docx", "@afterview/renderers/docx"],
  ["@afterview/cli", "@afterview/cli"],
  ["bare: temporal-polyfill", "temporal-polyfill"],
  ["bare: zod/mini", "zod/mini"],
  ["bare: chrono-node", "chrono-node"],
  ["bare: date-holidays", "date-holidays"],
  ["bare: mustache", "mustache"],
  ["bare: pdf-lib", "pdf-lib"],
];

const child = (specifier) => `
const t0 = performance.now();
${specifier ? `await import(${JSON.stringify(specifier)});` : ""}
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS }));
`;

/** Where to resolve a specifier from: the package that lists it as a dependency. */
function cwdFor(specifier) {
  if (!specifier) return root;
  if (specifier === "pdf-lib") return resolve(root, "packages/renderers");
  if (specifier === "mustache") return resolve(root, "packages/templates");
  if (
    specifier === "temporal-polyfill" ||
    specifier === "zod/mini" ||
    specifier === "chrono-node" ||
    specifier === "date-holidays"
  )
    return resolve(root, "packages/core");
  return resolve(root, "packages/cli");
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const results = [];
for (const [name, specifier] of entries) {
  const times = [];
  const rss = [];
  for (let i = 0; i < RUNS; i++) {
    const wallStart = performance.now();
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", child(specifier)], {
      cwd: cwdFor(specifier),
      encoding: "utf8",
    });
    const wall = performance.now() - wallStart;
    const { ms, rss: kb } = JSON.parse(out);
    times.push({ ms, wall });
    rss.push(kb);
  }
  const ms = times.map((t) => t.ms);
  results.push({
    name,
    medianMs: median(ms),
    minMs: Math.min(...ms),
    maxMs: Math.max(...ms),
    medianProcessMs: median(times.map((t) => t.wall)),
    medianRssMB: median(rss) / 1024,
  });
}

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ node: process.version, runs: RUNS, results }, null, 2));
} else {
  console.log(`cold import, ${RUNS} fresh processes each, Node ${process.version} (medians)`);
  console.table(
    Object.fromEntries(
      results.map((r) => [
        r.name,
        {
          "import ms (median)": Number(r.medianMs.toFixed(1)),
          "min ms": Number(r.minMs.toFixed(1)),
          "max ms": Number(r.maxMs.toFixed(1)),
          "whole process ms": Number(r.medianProcessMs.toFixed(0)),
          "peak RSS MB": Number(r.medianRssMB.toFixed(1)),
        },
      ]),
    ),
  );
}
