import { browserBundle, TEMPORAL_CLASS_API } from "@afterview/testing/browser-bundle";
import { describe, expect, it } from "vitest";
import { browserBuildPlugin } from "../../scripts/browser-build.js";

/**
 * The modules with code in a browser bundle of `source` (an entry importing from `src/`), bundled
 * as an app's bundler would bundle core's browser build: tree-shaken, from the sources.
 */
async function bundledModules(source: string): Promise<string[]> {
  const { inputs } = await browserBundle({
    source: { contents: source, resolveDir: new URL("..", import.meta.url).pathname },
    plugins: [browserBuildPlugin],
  });
  return inputs.filter(([, bytes]) => bytes > 0).map(([path]) => path);
}

describe("the Temporal classes in the browser", () => {
  it("stay out of an app that reads interviews, plans and applies events", async () => {
    const modules = await bundledModules(
      'export { parseInterviewInput, createPlan, applyEvent, parsePlan, parsePlanEvent } from "./index.ts";',
    );
    expect(modules.some((p) => p.includes("temporal-polyfill/chunks/funcApi"))).toBe(true);
    expect(modules.filter((p) => TEMPORAL_CLASS_API.test(p))).toEqual([]);
  }, 60_000);

  it("come in with a function that hands Temporal objects to the app (the check above can fail)", async () => {
    const modules = await bundledModules('export { applyEvent, zonedAt } from "./index.ts";');
    expect(modules.some((p) => TEMPORAL_CLASS_API.test(p))).toBe(true);
  }, 60_000);
});
