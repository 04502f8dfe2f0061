/**
 * Which modules land in an app's browser bundle of `@afterview/core`, largest first: esbuild's
 * metafile, minified bytes per input module. Use it to see what a `createPlan`-only app pays for and
 * to find modules that should have shaken out.
 *
 * By default it bundles the BUILT browser entry (`pnpm build` first; core's own code is then one
 * input, dist/browser.js). `--source` bundles from the sources instead (the `@afterview/source`
 * condition, with the browser build's plugin), which splits core's own code by module.
 *
 *   pnpm exec tsx packages/core/scripts/bundle-contributors.ts                       # whole entry
 *   pnpm exec tsx packages/core/scripts/bundle-contributors.ts --source 'export { createPlan } from "@afterview/core";' 40
 */
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { browserBuildPlugin } from "./browser-build.js";

const args = process.argv.slice(2);
const source = args.includes("--source");
const [entry = 'export * from "@afterview/core";', top = "25"] = args.filter((a) => a !== "--source");
const result = await build({
  stdin: { contents: entry, resolveDir: resolve(import.meta.dirname, "../../renderers"), loader: "js" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  metafile: true,
  logLevel: "silent",
  ...(source ? { conditions: ["@afterview/source"], plugins: [browserBuildPlugin] } : {}),
});
const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
const rows = Object.entries(inputs)
  .map(([path, info]) => [path.replace(/.*node_modules\//, ""), info.bytesInOutput] as const)
  .sort((a, b) => b[1] - a[1]);
for (const [path, bytes] of rows.slice(0, Number(top))) console.log(String(bytes).padStart(8), path);
console.log(String(rows.reduce((n, [, b]) => n + b, 0)).padStart(8), "total (minified)");
console.log(
  String(gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length).padStart(8),
  "gzip -9 of the bundle",
);
