import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import { browserBuildPlugin } from "./scripts/browser-build.js";

// The three builds below run in parallel, so none of them may clean: clear dist once here.
rmSync(new URL("./dist", import.meta.url), { recursive: true, force: true });

const entry = {
  index: "src/index.ts",
  schema: "src/schema.ts",
  holidays: "src/holidays.ts",
  "live-holidays": "src/live-holidays.ts",
  languages: "src/languages.ts",
};
const common: Options = { sourcemap: false, target: "es2022", treeshake: true, clean: false };
const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };
// CJS builds turn `import()` into `require`: Jest's CommonJS runtime refuses `import()` without
// --experimental-vm-modules ("A dynamic import callback was invoked without ...").
const requireForDynamicImport: Options["esbuildOptions"] = (options) => {
  options.supported = { ...options.supported, "dynamic-import": false };
};

export default defineConfig([
  // Node, ESM: `import "@afterview/core"` and `"@afterview/core/holidays"`.
  { ...common, entry, format: ["esm"], platform: "node", dts },
  // Node, CJS. temporal-polyfill is ESM-only, so it is bundled in: the build loads where `require(esm)`
  // does not (Jest, `node --no-experimental-require-module`). Its private copy of Temporal accepts
  // the caller's Temporal objects because core reads foreign ones through their ISO string (`adopt`).
  // Split like the ESM build, so the entries share one copy of the error classes and of the holiday
  // registry (`registerHolidays(await loadLiveHolidays())` across two entry points).
  {
    ...common,
    entry,
    format: ["cjs"],
    platform: "node",
    dts,
    noExternal: ["temporal-polyfill"],
    splitting: true,
    esbuildOptions: requireForDynamicImport,
  },
  // Browser (the "browser" export condition): holidays from registered tables, no date-holidays, and
  // languages other than English (timeline and review rules) only when the app registers them.
  {
    ...common,
    entry: {
      browser: "src/index.ts",
      "schema.browser": "src/schema.ts",
      "holidays.browser": "src/holidays.ts",
      "languages.browser": "src/languages.ts",
      // Each language its own chunk, so that an app's bundler drops the ones it does not register
      // (a file whose exports go unused, under "sideEffects": false); in one file their rule tables
      // could not be shaken apart.
      "languages/en.browser": "src/languages/en.ts",
      "languages/de.browser": "src/languages/de.ts",
      "languages/fr.browser": "src/languages/fr.ts",
      "languages/es.browser": "src/languages/es.ts",
    },
    format: ["esm"],
    platform: "browser",
    dts: false,
    esbuildPlugins: [browserBuildPlugin],
  },
]);
