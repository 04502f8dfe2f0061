/**
 * Which modules of the BUILT browser entry land in an app's bundle, largest first: esbuild's metafile
 * for an entry you give (default: the whole core entry), minified bytes per input module. Use it to
 * see what a `createPlan`-only app pays for and to find modules that should have shaken out.
 *
 *   pnpm build
 *   pnpm exec tsx packages/core/scripts/bundle-contributors.ts                                          # whole entry
 *   pnpm exec tsx packages/core/scripts/bundle-contributors.ts 'export { createPlan } from "@afterview/core";' 30
 */
import { resolve } from "node:path";
import { build } from "esbuild";

const entry = process.argv[2] ?? 'export * from "@afterview/core";';
const top = Number(process.argv[3] ?? 25);
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
});
const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
const rows = Object.entries(inputs)
  .map(([path, info]) => [path.replace(/.*node_modules\//, ""), info.bytesInOutput] as const)
  .sort((a, b) => b[1] - a[1]);
for (const [path, bytes] of rows.slice(0, top)) console.log(String(bytes).padStart(8), path);
console.log(String(rows.reduce((n, [, b]) => n + b, 0)).padStart(8), "total (minified)");
