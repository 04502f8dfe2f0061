import { builtinModules } from "node:module";
import { defineConfig } from "vite";

const nodeBuiltins = new Set(builtinModules);

/**
 * Fails the build when any module, ours or a dependency's, imports a Node built-in: the point of
 * this page is that afterview's browser builds need none. (Vite would otherwise swap in an empty
 * stub with a warning.)
 */
const noNodeBuiltins = {
  name: "afterview:no-node-builtins",
  enforce: "pre",
  resolveId(source, importer) {
    if (source.startsWith("node:") || nodeBuiltins.has(source) || nodeBuiltins.has(source.split("/")[0])) {
      this.error(`"${source}" is a Node built-in, imported by ${importer ?? "the page"}`);
    }
    return null;
  },
};

export default defineConfig({
  // Relative asset URLs: the built page works from any folder or static host.
  base: "./",
  plugins: [noNodeBuiltins],
  resolve: {
    // The packages' "browser" export condition, never "@afterview/source": the page must run the
    // built bundles (dist/), as an app that installs afterview would.
    conditions: ["browser", "module", "import", "default"],
  },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
});
