// The one loader for `*.mustache` files run from the sources: each becomes `export default "<text>"`,
// as tsup's `text` loader bundles them into dist/. One function makes the module; the Node `load`
// hook (tsx and node scripts), the vite plugin (vitest) and the esbuild plugin (the browser-safety
// check) all use it.
//   node --import ./packages/templates/scripts/register-mustache.mjs …   (registers the Node hook)
import { readFile } from "node:fs/promises";

/** The module a template file's text becomes. */
export function mustacheModule(text) {
  return `export default ${JSON.stringify(text)};`;
}

const isTemplate = (path) => path.endsWith(".mustache");

/** Node module hook (`module.register`): loads `*.mustache` URLs as modules. */
export async function load(url, context, nextLoad) {
  if (!isTemplate(url)) return nextLoad(url, context);
  const text = await readFile(new URL(url), "utf8");
  return { format: "module", source: mustacheModule(text), shortCircuit: true };
}

/** vite (and vitest) plugin. */
export const mustacheVitePlugin = {
  name: "afterview-mustache",
  transform(text, id) {
    return isTemplate(id) ? { code: mustacheModule(text), map: null } : null;
  },
};

/** esbuild plugin. */
export const mustacheEsbuildPlugin = {
  name: "afterview-mustache",
  setup(build) {
    build.onLoad({ filter: /\.mustache$/ }, async (args) => ({
      contents: mustacheModule(await readFile(args.path, "utf8")),
      loader: "js",
    }));
  },
};
