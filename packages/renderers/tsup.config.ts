import { fileURLToPath } from "node:url";
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
  // mimetext's CommonJS builds cannot be required in Node (.js files under "type": "module"), so the
  // .eml renderer's copy of mimetext (and js-base64, which it imports) is bundled into both outputs.
  // Its two Babel runtime helpers (class fields, String#trim) are replaced by native code: see src/eml/babel-shims.ts.
  noExternal: ["mimetext", "js-base64"],
  esbuildPlugins: [
    {
      name: "mimetext-babel-shims",
      setup(build) {
        const shims: Record<string, string> = {
          "@babel/runtime-corejs3/helpers/esm/defineProperty": "./src/eml/babel-define-property-shim.ts",
          "@babel/runtime-corejs3/core-js/instance/trim": "./src/eml/babel-trim-shim.ts",
        };
        build.onResolve({ filter: /^@babel\/runtime-corejs3\// }, (args) => {
          const shim = shims[args.path];
          if (!shim) return { errors: [{ text: `no shim for ${args.path}` }] };
          return { path: fileURLToPath(new URL(shim, import.meta.url)) };
        });
      },
    },
  ],
});
