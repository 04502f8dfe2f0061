/**
 * What makes the browser build of `@afterview/core` different from the Node build, shared by
 * `tsup.config.ts` and `scripts/measure-bundle.ts` so that what is measured is what ships.
 *
 * The browser build swaps `calendar/holidays/default-source.ts` (live `date-holidays`, every
 * country, ~236 KB gzip) for `default-source.browser.ts` (the tables the app registers), and
 * `languages/built-in.ts` (German, French and Spanish: their timeline and review rules) for
 * `built-in.browser.ts` (none: the languages the app registers with `@afterview/core/languages`), and
 * refuses to build when anything else still pulls `date-holidays` or the live source in.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "esbuild";

/** Modules the browser build replaces with their `.browser.ts` sibling. */
export const BROWSER_SWAPS = /(^|\/)(?:default-source|built-in)\.js$/;

/** esbuild plugin: browser default holiday source and built-in languages in, `date-holidays` out. */
export const browserBuildPlugin: Plugin = {
  name: "afterview-browser-build",
  setup(build) {
    build.onResolve({ filter: BROWSER_SWAPS }, (args) => {
      const swapped = resolve(args.resolveDir, args.path.replace(/\.js$/, ".browser.ts"));
      if (!existsSync(swapped)) return undefined;
      return { path: swapped };
    });
    build.onResolve({ filter: /^date-holidays(\/|$)|(^|\/)live-source\.js$/ }, (args) => ({
      errors: [
        {
          text: `${args.path} must not reach the browser build (imported by ${args.importer}); import the default source instead`,
        },
      ],
    }));
  },
};
