import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { browserBuildPlugin } from "../../scripts/browser-build.js";

/**
 * The modules with code in a browser bundle of `source` (an entry importing from `src/`), bundled
 * as an app's bundler would bundle core's browser build: tree-shaken, from the sources.
 */
async function bundledModules(source: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: source, resolveDir: new URL("..", import.meta.url).pathname, loader: "ts" },
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    conditions: ["@afterview/source"],
    logLevel: "silent",
    plugins: [browserBuildPlugin],
  });
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  return Object.entries(inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => path);
}

/** temporal-polyfill's `Temporal` classes, which come whole (about 13 kB gzip) once anything uses one. */
const CLASSES = /temporal-polyfill\/chunks\/classApi/;

describe("the Temporal classes in the browser", () => {
  it("stay out of an app that reads interviews, plans and applies events", async () => {
    const modules = await bundledModules(
      'export { parseInterviewInput, createPlan, applyEvent, parsePlan, parsePlanEvent } from "./index.ts";',
    );
    expect(modules.some((p) => p.includes("temporal-polyfill/chunks/funcApi"))).toBe(true);
    expect(modules.filter((p) => CLASSES.test(p))).toEqual([]);
  }, 60_000);

  it("come in with a function that hands Temporal objects to the app (the check above can fail)", async () => {
    const modules = await bundledModules('export { applyEvent, zonedAt } from "./index.ts";');
    expect(modules.some((p) => CLASSES.test(p))).toBe(true);
  }, 60_000);
});
