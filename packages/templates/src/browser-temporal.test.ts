import { browserBundle, TEMPORAL_CLASS_API } from "@afterview/testing/browser-bundle";
import { describe, expect, it } from "vitest";
import { browserLanguagesPlugin } from "../scripts/browser-build.js";

/*
 * Issue #16: temporal-polyfill's classes come whole (about 58 kB minified) into any bundle that
 * touches one of them. Templates read a plan's instants through core's formatWhen, which computes
 * on temporal-polyfill's functions, so a browser bundle of templates keeps none of the classes.
 */
describe("the browser bundle of @afterview/templates", () => {
  it("carries none of temporal-polyfill's classes, only the functions core's formatWhen calls", async () => {
    const { code, inputs } = await browserBundle({
      entry: new URL("./index.ts", import.meta.url).pathname,
      plugins: [browserLanguagesPlugin],
      minify: true,
    });
    expect(inputs.some(([path, n]) => path.includes("temporal-polyfill/fns/") && n > 0)).toBe(true);
    expect(inputs.filter(([path, n]) => TEMPORAL_CLASS_API.test(path) && n > 0)).toEqual([]);
    // The class API's registration of `Temporal.Now`, whatever file it lives in.
    expect(code).not.toContain('"Temporal.Now"');
  }, 60_000);
});
