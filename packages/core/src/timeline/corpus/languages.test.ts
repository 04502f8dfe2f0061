import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import { businessCalendar } from "../../calendar/business-calendar.js";
import { judge, loadLanguageCorpus } from "./agreement.js";

/** The share of phrasings on which afterview must read the window a careful human reads, per language. */
const REQUIRED_AGREEMENT = 0.95;

describe.each(["de", "fr", "es"])("the %s corpus of real phrasing", (language) => {
  const entries = loadLanguageCorpus(language);

  test("holds at least 60 distinct sourced phrasings with unique ids, all in its language", () => {
    const distinct = new Set(entries.map((e) => e.text.trim().toLowerCase().replace(/\s+/g, " ")));
    expect(distinct.size).toBeGreaterThanOrEqual(60);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.source, entry.id).toMatch(/^https?:\/\/\S+$/);
      expect(entry.language, entry.id).toBe(language);
    }
  });

  test("every human window is a window of business days after the reference", () => {
    for (const { id, human, reference, calendar } of entries) {
      if (typeof human === "string") {
        expect(["none", "unread"], id).toContain(human);
        continue;
      }
      const cal = businessCalendar(calendar);
      const day0 = Temporal.ZonedDateTime.from(reference).toPlainDate();
      expect(cal.isBusinessDay(human.earliest) && cal.isBusinessDay(human.latest), id).toBe(true);
      expect(Temporal.PlainDate.compare(human.earliest, day0), id).toBe(1);
      expect(Temporal.PlainDate.compare(human.earliest, human.latest), id).toBeLessThanOrEqual(0);
    }
  });

  test(`afterview agrees with the human reading on at least ${REQUIRED_AGREEMENT * 100}%`, () => {
    const verdicts = judge(entries);
    const misses = verdicts.filter((v) => !v.agrees);
    const share = (verdicts.length - misses.length) / verdicts.length;
    const report = misses.map(
      (v) =>
        `${v.entry.id} ${JSON.stringify(v.entry.text)}: human ${JSON.stringify(v.entry.human)}, afterview ${JSON.stringify(v.afterview)}`,
    );
    expect(share, `agreement ${(share * 100).toFixed(1)}%; misses:\n${report.join("\n")}`).toBeGreaterThanOrEqual(
      REQUIRED_AGREEMENT,
    );
  });
});
