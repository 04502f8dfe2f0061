/*
 * A browser bundle of some of the packages' sources, as an app's bundler makes one (esbuild, the
 * `browser` platform, every dependency in, tree-shaken), for the tests that check what reaches it.
 */
import { build, type Plugin } from "esbuild";

/** What {@link browserBundle} bundles: a file, or source text importing from `resolveDir`. */
export interface BundleOptions {
  /** An entry file's absolute path. */
  entry?: string;
  /** Source text to bundle instead, with the folder its imports resolve from. */
  source?: { contents: string; resolveDir: string };
  /** The package's own browser-build plugins (core's swaps, templates' languages). */
  plugins?: Plugin[];
  minify?: boolean;
}

/** The bundle's code, every file esbuild read for it, and the bytes each puts in the output (0 when shaken out). */
export interface Bundle {
  code: string;
  read: string[];
  inputs: [path: string, bytes: number][];
}

/** temporal-polyfill's class API (its main entry and the chunks that build `Temporal.*`), which comes whole once anything uses a class. */
export const TEMPORAL_CLASS_API = /temporal-polyfill\/(?:index\.js|chunks\/classApi[^/]*\.js)$/;

/** Bundles `options.entry` (or `options.source`) for the browser from the packages' sources. */
export async function browserBundle(options: BundleOptions): Promise<Bundle> {
  const { entry, source, plugins = [], minify = false } = options;
  const result = await build({
    ...(source ? { stdin: { ...source, loader: "ts" as const } } : { entryPoints: [entry!] }),
    bundle: true,
    write: false,
    metafile: true,
    minify,
    format: "esm",
    platform: "browser",
    conditions: ["@afterview/source"],
    loader: { ".mustache": "text" },
    logLevel: "silent",
    plugins,
  });
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output!.inputs).map(([path, input]): [string, number] => [path, input.bytesInOutput]);
  return { code: result.outputFiles[0]!.text, read: Object.keys(result.metafile.inputs), inputs };
}
