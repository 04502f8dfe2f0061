import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

// The two builds below run in parallel, so neither may clean: clear dist once here.
rmSync(new URL("./dist", import.meta.url), { recursive: true, force: true });

const common: Options = { sourcemap: false, target: "es2022", platform: "node", treeshake: true, clean: false };

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
  // CJS: the programmatic entry only. cac and any-ascii are ESM-only, so they are bundled in: the
  // build loads where `require(esm)` does not (Jest, `node --no-experimental-require-module`).
  {
    ...common,
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    noExternal: ["cac", "any-ascii"],
    // `import()` becomes `require`: Jest's CommonJS runtime refuses `import()` without --experimental-vm-modules.
    esbuildOptions: (options) => {
      options.supported = { ...options.supported, "dynamic-import": false };
    },
    dts: { entry: { index: "src/index.ts" }, compilerOptions: { ignoreDeprecations: "6.0" } },
  },
]);
