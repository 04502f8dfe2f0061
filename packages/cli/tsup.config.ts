import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

// The two builds below run in parallel, so neither may clean: clear dist once here.
rmSync(new URL("./dist", import.meta.url), { recursive: true, force: true });

const common: Options = { sourcemap: true, target: "es2022", platform: "node", treeshake: true, clean: false };

export default defineConfig([
  // The programmatic entry, `run(argv, io)`: ESM and CJS with types. Dependencies stay external;
  // cac is ESM-only and Node >= 20.19 (our `engines`) `require`s it natively.
  {
    ...common,
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  },
  // The `afterview` bin: ESM with a shebang, no types.
  {
    ...common,
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
