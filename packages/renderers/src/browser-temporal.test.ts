import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/*
 * Issue #16: temporal-polyfill's classes come whole (about 58 kB minified) into any bundle that
 * touches one of them. The renderers read a plan's instants through core's formatWhen
 * (internal/wall-time.ts) and write VTIMEZONE from temporal-polyfill's functions, so a browser
 * bundle of the main entry keeps none of the classes.
 */

/** temporal-polyfill's class API: its main entry and the chunks that build `Temporal.*`. */
const CLASS_API = /temporal-polyfill\/(?:index\.js|chunks\/classApi[^/]*\.js)$/;

/** The minified browser bundle of `entry` and the bytes each source file puts in it. */
async function bundle(entry: string): Promise<{ code: string; bytes: [path: string, bytes: number][] }> {
  const result = await build({
    entryPoints: [new URL(`./${entry}`, import.meta.url).pathname],
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format: "esm",
    platform: "browser",
    conditions: ["@afterview/source"],
    loader: { ".mustache": "text" },
    logLevel: "silent",
  });
  const [output] = Object.values(result.metafile.outputs);
  const bytes = Object.entries(output!.inputs).map(([path, input]): [string, number] => [path, input.bytesInOutput]);
  return { code: result.outputFiles[0]!.text, bytes };
}

describe("the browser bundle of @afterview/renderers", () => {
  it("carries none of temporal-polyfill's classes, only the functions it and core's formatWhen call", async () => {
    const { code, bytes } = await bundle("index.ts");
    expect(bytes.some(([path, n]) => path.includes("temporal-polyfill/fns/") && n > 0)).toBe(true);
    expect(bytes.filter(([path, n]) => CLASS_API.test(path) && n > 0)).toEqual([]);
    // The class API's registration of `Temporal.Now`, whatever file it lives in.
    expect(code).not.toContain('"Temporal.Now"');
  }, 60_000);
});
