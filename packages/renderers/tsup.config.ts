import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

// The two builds below run in parallel, so neither may clean: clear dist once here.
rmSync(new URL("./dist", import.meta.url), { recursive: true, force: true });

const common: Options = {
  // The browser-safe renderers on the main entry; PDF and Word, heavy and Node-first, on subpaths.
  entry: { index: "src/index.ts", pdf: "src/pdf/index.ts", docx: "src/docx/index.ts" },
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: false,
  clean: false,
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
};

export default defineConfig([
  { ...common, format: ["esm"] },
  // CJS bundles temporal-polyfill (ESM-only; here only its functions, for VTIMEZONE) so that it loads
  // without `require(esm)` (Jest, older Node flags). Plan instants are read through core's formatWhen
  // and a caller's Temporal objects through their public fields, never with `instanceof`, so objects
  // from any copy of Temporal read alike.
  // `import()` becomes `require` (the PDF and Word engines load on first use): Jest's CommonJS
  // runtime refuses `import()` without --experimental-vm-modules.
  {
    ...common,
    format: ["cjs"],
    noExternal: [...(common.noExternal ?? []), "temporal-polyfill"],
    esbuildOptions: (options) => {
      options.supported = { ...options.supported, "dynamic-import": false };
    },
  },
]);
