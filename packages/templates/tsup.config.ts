import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import { browserLanguagesPlugin } from "./scripts/browser-build.js";
import { mustacheEsbuildPlugin } from "./scripts/mustache-loader.mjs";

// The three builds below run in parallel, so none of them may clean: clear dist once here.
rmSync(new URL("./dist", import.meta.url), { recursive: true, force: true });

const entry = { index: "src/index.ts", languages: "src/languages.ts" };
const common: Options = {
  sourcemap: false,
  target: "es2022",
  treeshake: true,
  clean: false,
  // Templates are .mustache files bundled as strings (by the one loader the tests use too): no
  // file-system reads at run time, so the package works in browsers and edge runtimes.
  esbuildPlugins: [mustacheEsbuildPlugin],
};
const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };

export default defineConfig([
  // Node, ESM and CJS, split so both entries share one registry of language packs.
  { ...common, entry, format: ["esm"], platform: "node", dts },
  { ...common, entry, format: ["cjs"], platform: "node", dts, splitting: true },
  // Browser (the "browser" export condition): English built in, other languages registered.
  {
    ...common,
    entry: { browser: "src/index.ts", "languages.browser": "src/languages.ts" },
    format: ["esm"],
    platform: "browser",
    dts: false,
    esbuildPlugins: [browserLanguagesPlugin, mustacheEsbuildPlugin],
  },
]);
