// Checks that the browser entries import no Node built-in: core's browser build (src/index.ts with
// the browser build plugin: registered holiday tables, no date-holidays), templates' src/index.ts and
// the browser-safe renderers' src/index.ts (text, Markdown, HTML, .ics, .eml) are each bundled by
// esbuild for platform "browser", with every dependency bundled in, and any import of `node:*` or of
// a Node built-in module name (fs, path, crypto, …) is a build error naming the importer.
//
// Run: node --import tsx scripts/check-browser-safe.mjs [more entries]   (tsx loads core's browser plugin, a .ts file)
import { builtinModules } from "node:module";
import { relative, resolve } from "node:path";
import { build } from "esbuild";
import { browserBuildPlugin } from "../packages/core/scripts/browser-build.ts";
import { mustacheEsbuildPlugin } from "../packages/templates/scripts/mustache-loader.mjs";

const root = resolve(import.meta.dirname, "..");
const ENTRIES = [
  ["@afterview/core (browser build)", "packages/core/src/index.ts"],
  ["@afterview/templates", "packages/templates/src/index.ts"],
  ["@afterview/renderers (text, Markdown, HTML, .ics, .eml)", "packages/renderers/src/index.ts"],
  // Extra entries from the command line, to check another file (or to see the check fail).
  ...process.argv.slice(2).map((file) => [file, file]),
];

const builtins = new Set(builtinModules.flatMap((name) => [name, name.split("/")[0]]));
const isBuiltin = (path) => path.startsWith("node:") || builtins.has(path) || builtins.has(path.split("/")[0]);

/** esbuild plugin: an import of a Node built-in is an error. */
const noNodeBuiltins = {
  name: "no-node-builtins",
  setup(b) {
    b.onResolve({ filter: /^[a-z_:][\w:./-]*$/ }, (args) => {
      if (!isBuiltin(args.path)) return undefined;
      return {
        errors: [
          { text: `Node built-in "${args.path}" imported by ${relative(root, args.importer)} (kind: ${args.kind})` },
        ],
      };
    });
  },
};

let failed = false;
for (const [name, entry] of ENTRIES) {
  try {
    const result = await build({
      entryPoints: [resolve(root, entry)],
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      target: "es2022",
      conditions: ["@afterview/source", "browser"],
      logLevel: "silent",
      metafile: true,
      plugins: [noNodeBuiltins, browserBuildPlugin, mustacheEsbuildPlugin],
    });
    const inputs = Object.keys(result.metafile.inputs).length;
    console.log(`ok ${name}: ${inputs} modules bundled for the browser, no Node built-in`);
  } catch (error) {
    failed = true;
    console.error(`FAIL ${name}:`);
    for (const e of error.errors ?? [error]) {
      const at = e.location ? ` (${e.location.file}:${e.location.line})` : "";
      console.error(`  ${e.text ?? e.message}${at}`);
    }
  }
}
if (failed) process.exit(1);
