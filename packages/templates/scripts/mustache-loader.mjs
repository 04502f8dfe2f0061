// The one loader for `*.mustache` files: each becomes `export default "<text>"`. One function makes
// the module; the Node `load` hook (tsx and node scripts), the vite plugin (vitest) and the esbuild
// plugin (tsup's builds into dist/ and the browser-safety check) all use it.
//   node --import ./packages/templates/scripts/register-mustache.mjs …   (registers the Node hook)
import { readFile } from "node:fs/promises";

/**
 * A template file's standalone comment lines (`{{! what this template is for }}`), which mustache
 * removes whole, newline included, when it renders: they are notes for whoever edits the file, and
 * leaving them out keeps them from every bundle (about 0.6 kB gzip of the English texts).
 */
const COMMENT_LINE = /^\{\{![^\n]*\}\}(?:\r?\n|$)/gm;

/** The module a template file's text becomes. */
export function mustacheModule(text) {
  return `export default ${JSON.stringify(text.replace(COMMENT_LINE, ""))};`;
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
