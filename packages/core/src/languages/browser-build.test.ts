import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { browserBuildPlugin } from "../../../scripts/browser-build.js";

/** The source files a browser bundle of `entry` holds, as esbuild bundles core's browser build. */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [new URL(`../../${entry}`, import.meta.url).pathname],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    conditions: ["@afterview/source"],
    logLevel: "silent",
    plugins: [browserBuildPlugin],
  });
  return Object.keys(result.metafile.inputs);
}

const OTHER_LANGUAGES = /timeline\/languages\/(?:de|fr|es)\/|chrono-node\/dist\/esm\/locales\/(?:de|fr|es)\//;

describe("the browser build's timeline languages", () => {
  it("leaves German, French and Spanish out of the main entry", async () => {
    const inputs = await inputsOf("index.ts");
    expect(inputs.some((p) => p.endsWith("timeline/languages/built-in.browser.ts"))).toBe(true);
    expect(inputs.filter((p) => OTHER_LANGUAGES.test(p))).toEqual([]);
  }, 60_000);

  it("carries them in @afterview/core/timeline-languages", async () => {
    const inputs = await inputsOf("timeline-languages.ts");
    for (const language of ["de", "fr", "es"]) {
      expect(inputs.some((p) => p.includes(`timeline/languages/${language}/index.ts`))).toBe(true);
    }
  }, 60_000);
});
