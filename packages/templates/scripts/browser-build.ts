/**
 * What makes the browser build of `@afterview/templates` different from the Node build, shared by
 * `tsup.config.ts` and the test that checks it: `languages/built-in.js` (German, French and
 * Spanish built in) becomes `built-in.browser.ts` (none), so an English-only bundle carries no
 * other language's templates; apps register the packs they use.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "esbuild";

/** esbuild plugin: the browser's built-in language list (English alone) in place of the Node one. */
export const browserLanguagesPlugin: Plugin = {
  name: "afterview-browser-languages",
  setup(build) {
    build.onResolve({ filter: /(^|\/)built-in\.js$/ }, (args) => {
      const swapped = resolve(args.resolveDir, args.path.replace(/\.js$/, ".browser.ts"));
      return existsSync(swapped) ? { path: swapped } : undefined;
    });
  },
};
