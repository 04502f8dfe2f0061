import { browserBundle } from "@afterview/testing/browser-bundle";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { browserLanguagesPlugin } from "../../scripts/browser-build.js";

/** The source files a browser bundle of `entry` holds, as tsup bundles the browser build. */
async function inputsOf(entry: string): Promise<string[]> {
  const entryPath = new URL(`../${entry}`, import.meta.url).pathname;
  return (await browserBundle({ entry: entryPath, plugins: [browserLanguagesPlugin] })).read;
}

const OTHER_LANGUAGES = /src\/languages\/(?:de|fr|es)\//;

describe("the browser build's languages", () => {
  it("leaves the German, French and Spanish packs out of the main entry", async () => {
    const inputs = await inputsOf("index.ts");
    expect(inputs.some((path) => path.endsWith("src/languages/built-in.browser.ts"))).toBe(true);
    expect(inputs.some((path) => path.endsWith("src/languages/built-in.ts"))).toBe(false);
    expect(inputs.some((path) => path.endsWith("src/languages/en/templates/thank-you/letter.formal.mustache"))).toBe(
      true,
    );
    expect(inputs.filter((path) => OTHER_LANGUAGES.test(path))).toEqual([]);
  }, 60_000);

  it("carries them in @afterview/templates/languages", async () => {
    const inputs = await inputsOf("languages.ts");
    for (const language of ["de", "fr", "es"]) {
      expect(
        inputs.some((path) => path.endsWith(`src/languages/${language}/templates/thank-you/letter.formal.mustache`)),
      ).toBe(true);
    }
  }, 60_000);
});

describe("a browser app registers the languages it uses", () => {
  it("composes in English at once, refuses German with the lines to add, then writes German once registered", async () => {
    const src = new URL("..", import.meta.url).pathname;
    const result = await build({
      stdin: {
        contents: `export * from "./index.ts"; export { de } from "./languages.ts";
          export { createPlan } from "@afterview/core"; export { richInput } from "./internal/test-fixtures.ts";
          export { en as englishReading, registerLanguage as registerReading } from "@afterview/core/languages";`,
        resolveDir: src,
        loader: "ts",
      },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      conditions: ["@afterview/source"],
      loader: { ".mustache": "text" },
      logLevel: "silent",
      plugins: [browserLanguagesPlugin],
    });
    const code = Buffer.from(result.outputFiles[0]!.contents).toString("base64");
    const app = await import(`data:text/javascript;base64,${code}`);
    // The fixture states a timeline, which core's browser build reads once English is registered.
    app.registerReading(app.englishReading);
    const plan = app.createPlan(app.richInput, { now: app.richInput.end });
    const context = { input: app.richInput, plan };
    expect(app.compose("thank-you/email", context).locale).toBe("en-US");
    let refused: { issues?: { path: string; code: string; message: string }[] } | undefined;
    try {
      app.compose("thank-you/email", { ...context, locale: "de-DE" });
    } catch (error) {
      refused = error as typeof refused;
    }
    expect(refused?.issues).toEqual([
      {
        path: "locale",
        code: "language-not-registered",
        message:
          'de-DE needs the de language pack: import { de } from "@afterview/templates/languages" and call registerLanguage(de)',
      },
    ]);
    app.registerLanguage(app.de);
    expect(app.compose("thank-you/email", { ...context, locale: "de-DE" }).closing).toBe("Viele Grüße");
  }, 60_000);
});
