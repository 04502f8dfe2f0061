import { describe, expect, test } from "vitest";
import { LOCALES } from "../document/types.js";
import { TEMPLATE_SOURCES } from "../languages/en/templates/index.js";
import { listTemplates } from "./list-templates.js";
import { TONES } from "./tones.js";
import { TEMPLATE_IDS } from "./types.js";

describe("listTemplates", () => {
  test("its TSDoc example", () => {
    expect(listTemplates({ family: "thank-you" }).map((template) => [template.id, template.channel])).toEqual([
      ["thank-you/letter", "postal"],
      ["thank-you/email", "email"],
      ["thank-you/note", "handwritten"],
    ]);
    expect(listTemplates({ channel: "voicemail" })[0]?.words).toEqual({ min: 20, max: 80 });
  });

  test("every template id of the design, in every tone and locale, with a file for each tone", () => {
    const all = listTemplates();
    expect(all.map((template) => template.id)).toEqual([...TEMPLATE_IDS]);
    for (const template of all) {
      expect(template.tones).toEqual([...TONES]);
      expect(template.locales).toEqual([...LOCALES]);
      expect(template.words.min).toBeLessThan(template.words.max);
      for (const tone of TONES) expect(TEMPLATE_SOURCES[template.id][tone]).toContain("--- body");
    }
  });

  test.each([
    [{ kind: "script" as const }, 6],
    [{ channel: "self" as const }, 2],
    [{ family: "offer" }, 4],
    [{ tone: "brief" as const, locale: "en-GB" as const }, 15],
    [{ family: "nope" }, 0],
  ])("filter %o", (filter, count) => {
    expect(listTemplates(filter)).toHaveLength(count);
  });

  test("returns copies", () => {
    const [first] = listTemplates();
    first!.words.max = 1;
    (first!.tones as string[]).push("loud");
    expect(listTemplates()[0]!.words.max).toBe(400);
    expect(listTemplates()[0]!.tones).toHaveLength(3);
  });

  test("templates hold no logic beyond sections over view values: no partials, no set delimiters, no HTML-escaped-only triple braces", () => {
    for (const id of TEMPLATE_IDS) {
      for (const tone of TONES) {
        const source = TEMPLATE_SOURCES[id][tone];
        expect(source, `${id} ${tone}`).not.toMatch(/\{\{[>=&{]/u);
      }
    }
  });
});

describe("listTemplates refuses a filter that is not one, naming the field", () => {
  test.each([
    [null, "filter"],
    ["offer", "filter"],
    [{ family: Object.create(null) }, "filter.family"],
    [{ tone: 1 }, "filter.tone"],
  ])("listTemplates(%j) is refused on %s", (filter, path) => {
    expect(() => listTemplates(filter as never)).toThrow(
      expect.objectContaining({ name: "AfterviewValidationError", issues: [expect.objectContaining({ path })] }),
    );
  });
});
