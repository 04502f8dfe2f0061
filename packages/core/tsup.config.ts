import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
  // temporal-polyfill is ESM-only: bundle it into the CJS build so `require` works on every Node >= 20.
  noExternal: [],
});
