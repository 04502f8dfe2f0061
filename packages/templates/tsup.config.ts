import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: false,
  clean: true,
  target: "es2022",
  treeshake: true,
  // Templates are .mustache files bundled as strings: no file-system reads at run time,
  // so the package works in browsers and edge runtimes.
  loader: { ".mustache": "text" },
});
