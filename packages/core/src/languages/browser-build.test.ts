import { browserBundle } from "@afterview/testing/browser-bundle";
import { describe, expect, it } from "vitest";
import { browserBuildPlugin } from "../../scripts/browser-build.js";

/** A browser bundle of `entry`, as esbuild bundles core's browser build: the files it read and its code. */
async function bundle(entry: string): Promise<{ inputs: string[]; code: string }> {
  const entryPath = new URL(`../${entry}`, import.meta.url).pathname;
  const { read, code } = await browserBundle({ entry: entryPath, plugins: [browserBuildPlugin] });
  return { inputs: read, code };
}

/** The rule files of German, French and Spanish: timelines, chrono's locales, review word lists, and the language objects. */
const OTHER_LANGUAGES =
  /timeline\/languages\/(?:de|fr|es)\/|chrono-node\/dist\/esm\/locales\/(?:de|fr|es)\/|review\/languages\/(?:de|fr|es)\.ts$|src\/languages\/(?:de|fr|es)\.ts$/;

describe("the browser build's languages", () => {
  it("leaves German, French and Spanish timeline and review rules out of the main entry", async () => {
    const { inputs } = await bundle("index.ts");
    expect(inputs.some((p) => p.endsWith("src/languages/built-in.browser.ts"))).toBe(true);
    expect(inputs.some((p) => p.endsWith("src/languages/built-in.ts"))).toBe(false);
    expect(inputs.some((p) => p.endsWith("review/languages/en.ts"))).toBe(true);
    expect(inputs.filter((p) => OTHER_LANGUAGES.test(p))).toEqual([]);
  }, 60_000);

  it("leaves chrono-node and the English timeline rules out of the main entry, keeping English mentions", async () => {
    const { inputs } = await bundle("index.ts");
    expect(
      inputs.filter((p) =>
        /chrono-node|timeline\/languages\/en\/index\.ts$|timeline\/(?:dates|anchors|spans|periods)\.ts$/.test(p),
      ),
    ).toEqual([]);
    expect(inputs.some((p) => p.endsWith("timeline/languages/en/mention.ts"))).toBe(true);
  }, 60_000);

  it("leaves their function words out too, keeping English's for detecting a draft's language", async () => {
    const { code } = await bundle("index.ts");
    expect(code).toContain("the and you your");
    for (const words of ["und ich sie ihnen", "je vous votre vos", "y el los las del"])
      expect(code).not.toContain(words);
  }, 60_000);

  it("carries them in @afterview/core/languages", async () => {
    const { inputs } = await bundle("languages.ts");
    expect(inputs.some((p) => p.endsWith("timeline/languages/en/index.ts"))).toBe(true);
    expect(inputs.some((p) => p.includes("chrono-node/dist/esm/locales/en/"))).toBe(true);
    for (const language of ["de", "fr", "es"]) {
      expect(inputs.some((p) => p.endsWith(`timeline/languages/${language}/index.ts`))).toBe(true);
      expect(inputs.some((p) => p.endsWith(`review/languages/${language}.ts`))).toBe(true);
    }
  }, 60_000);
});
