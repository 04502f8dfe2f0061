import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import { browserBuildPlugin } from "./scripts/browser-build.js";

// The three builds below run in parallel, so none of them may clean: clear dist once here.
rmSync(new URL("./dist", import.meta.url), { recursive: true, force: true });

const entry = { index: "src/index.ts", schema: "src/schema.ts", holidays: "src/holidays.ts" };
const common: Options = { sourcemap: true, target: "es2022", treeshake: true, clean: false };
const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };

export default defineConfig([
  // Node, ESM: `import "@afterview/core"` and `"@afterview/core/holidays"`.
  { ...common, entry, format: ["esm"], platform: "node", dts },
  // Node, CJS. temporal-polyfill is ESM-only and is NOT bundled in: Node >= 20.19 (our `engines`)
  // `require`s it natively, and a bundled private copy would refuse the caller's own Temporal objects
  // (`instanceof` fails across copies: `cal.isBusinessDay(Temporal.PlainDate.from(…))` threw).
  { ...common, entry, format: ["cjs"], platform: "node", dts },
  // Browser (the "browser" export condition): holidays from registered tables, no date-holidays.
  {
    ...common,
    entry: { browser: "src/index.ts", "schema.browser": "src/schema.ts" },
    format: ["esm"],
    platform: "browser",
    dts: false,
    esbuildPlugins: [browserBuildPlugin],
  },
]);
