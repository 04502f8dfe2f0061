import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

// The two builds below run in parallel, so neither may clean: clear dist once here.
rmSync(new URL("./dist", import.meta.url), { recursive: true, force: true });

const common: Options = { sourcemap: true, target: "es2022", platform: "node", treeshake: true, clean: false };

export default defineConfig([
  // ESM: the programmatic entry `run(argv, io)` and the `afterview` bin (src/cli.ts starts with a
  // `#!/usr/bin/env node` line, which esbuild keeps). One build, so both share the chunk that the
  // `kit` command loads on demand (templates and the PDF and Word renderers).
  {
    ...common,
    entry: { index: "src/index.ts", cli: "src/cli.ts" },
    format: ["esm"],
    dts: { entry: { index: "src/index.ts" }, compilerOptions: { ignoreDeprecations: "6.0" } },
  },
  // CJS: the programmatic entry only. Dependencies stay external; cac is ESM-only and
  // Node >= 20.19 (our `engines`) `require`s it natively.
  {
    ...common,
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: { entry: { index: "src/index.ts" }, compilerOptions: { ignoreDeprecations: "6.0" } },
  },
]);
