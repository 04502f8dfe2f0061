import { defineConfig } from "tsup";

export default defineConfig({
  // The browser-safe renderers on the main entry; PDF and Word, heavy and Node-first, on subpaths.
  entry: { index: "src/index.ts", pdf: "src/pdf/index.ts", docx: "src/docx/index.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
});
