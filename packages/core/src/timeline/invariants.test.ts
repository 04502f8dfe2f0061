import { fc, test } from "@fast-check/vitest";
import { Temporal } from "temporal-polyfill";
import { describe, expect } from "vitest";
import { businessCalendar, weekdayCalendar } from "../calendar/business-calendar.js";
import { NUMBER_WORDS } from "./numbers.js";
import { parseDecisionTimeline } from "./parse.js";
import { testCalendar } from "./test-calendar.js";

const words = Object.keys(NUMBER_WORDS).filter((w) => w !== "a" && w !== "an");
const number = fc.oneof(fc.constantFrom(...words), fc.integer({ min: 1, max: 40 }).map(String));
const quantity = fc.oneof(
  number,
  fc.constantFrom("a", "an", "a couple of", "a few", "couple of", "several"),
  fc.tuple(number, fc.constantFrom("-", "–", " to ", " or ", " - "), number).map(([a, sep, b]) => `${a}${sep}${b}`),
);
const unit = fc.constantFrom(
  "days",
  "day",
  "business days",
  "working days",
  "calendar days",
  "weeks",
  "week",
  "months",
  "hours",
);
const prefix = fc.constantFrom("", "in ", "within ", "by ", "in the next ", "in about ", "over the next ", "after ");
const counted = fc.tuple(prefix, quantity, unit).map(([p, q, u]) => `${p}${q} ${u}`);
const named = fc.constantFrom(
  "by Friday",
  "next Monday",
  "on Wednesday",
  "by the end of the week",
  "by the end of next week",
  "early next week",
  "mid next week",
  "late next week",
  "later this week",
  "next week",
  "the week after next",
  "by the end of the month",
  "end of next month",
  "early next month",
  "mid-December",
  "early January",
  "late March",
  "by December 4",
  "on July 3",
  "tomorrow",
  "today",
  "by the end of the year",
  "in October",
  "a fortnight",
  "before Christmas",
  "before the holidays",
  "after the Christmas break",
  "between Christmas and New Year",
  "early in the new year",
  "in the new year",
  "the first week or two of January",
  "after Thanksgiving",
  "after Easter",
  "after the summer",
  "before the end of the quarter",
  "by year end",
  "by Feb. 11",
  "by the 24th",
  "by 4/1",
  "EOD",
  "EOW",
  "COB Friday",
  "by close of business on Friday",
  "by close of play",
  "this coming week",
  "in the next day or two",
  "in the next week or two",
  "a week or so",
  "in a week and a half",
  "by the middle of the month",
  "not until Monday",
  "can't decide until the 10th",
  "June or July",
  "two to three weeks, maybe four",
  "the week of the 9th",
  "by the weekend",
);
const sentence = fc
  .tuple(
    fc.constantFrom("", "We'll decide ", "You should hear from us ", "Expect an answer "),
    fc.oneof(counted, named),
  )
  .map(([lead, phrase]) => `${lead}${phrase}.`);

const zones = ["America/New_York", "America/Los_Angeles", "Europe/London", "Asia/Tokyo", "Australia/Sydney", "UTC"];
const reference = fc
  .record({
    day: fc.integer({ min: 0, max: 365 * 12 }),
    minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    zone: fc.constantFrom(...zones),
  })
  .map(({ day, minute, zone }) =>
    Temporal.PlainDate.from("2022-01-01")
      .add({ days: day })
      .toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from("00:00").add({ minutes: minute }) }),
  );

const calendars = [
  weekdayCalendar(),
  businessCalendar({ country: "US" }),
  businessCalendar({ country: "GB" }),
  testCalendar(["2026-11-26", "2026-12-25"]),
];
const calendar = fc.constantFrom(...calendars);

describe("invariants over generated phrases, references and calendars", () => {
  test.prop([sentence, reference, calendar], { numRuns: 400 })(
    "found, after the reference date, earliest ≤ latest, both business days",
    (text, ref, cal) => {
      const result = parseDecisionTimeline(text, ref, { calendar: cal });
      expect(result, text).not.toBeNull();
      if (!result) return;
      const day = ref.toPlainDate();
      const earliest = Temporal.PlainDate.from(result.earliest);
      const latest = Temporal.PlainDate.from(result.latest);
      expect(Temporal.PlainDate.compare(earliest, day)).toBe(1);
      expect(Temporal.PlainDate.compare(earliest, latest)).toBeLessThanOrEqual(0);
      expect(cal.isBusinessDay(earliest)).toBe(true);
      expect(cal.isBusinessDay(latest)).toBe(true);
      expect(text.toLowerCase()).toContain(result.text.toLowerCase());
      if (result.min !== undefined && result.max !== undefined) expect(result.min).toBeLessThanOrEqual(result.max);
    },
  );

  test.prop([number, unit, reference, calendar])(
    '"within N unit" opens on the next business day and closes no later than "in N unit"',
    (n, u, ref, cal) => {
      const within = parseDecisionTimeline(`within ${n} ${u}`, ref, { calendar: cal });
      const inside = parseDecisionTimeline(`in ${n} ${u}`, ref, { calendar: cal });
      expect(within?.earliest).toBe(cal.nextBusinessDay(ref.toPlainDate()).toString());
      expect(inside?.earliest).toBe(inside?.latest);
      // Counted in business days both end on the same day; a calendar day or month that lands on a
      // closed day moves back for a deadline ("within") and forward for an expected day ("in").
      if (/calendar|month/.test(u)) expect((within?.latest ?? "") <= (inside?.latest ?? "")).toBe(true);
      else expect(within?.latest).toBe(inside?.latest);
    },
  );

  test.prop([fc.integer({ min: 1, max: 60 }), reference, calendar])(
    '"in N business days" is N business days; "in N weeks" is 5N',
    (n, ref, cal) => {
      const day = ref.toPlainDate();
      expect(parseDecisionTimeline(`in ${n} business days`, ref, { calendar: cal })?.latest).toBe(
        cal.addBusinessDays(day, n).toString(),
      );
      expect(parseDecisionTimeline(`in ${Math.min(n, 12)} weeks`, ref, { calendar: cal })?.latest).toBe(
        cal.addBusinessDays(day, 5 * Math.min(n, 12)).toString(),
      );
    },
  );

  // Words that name no time, before or after the statement, in their own sentence.
  const pleasantry = fc.constantFrom(
    "Thanks again!",
    "It was lovely to meet you.",
    "We really enjoyed our conversation",
    "Best regards, Priya",
    "Have a great afternoon :)",
    "The team was impressed",
  );
  test.prop([sentence, pleasantry, fc.boolean(), reference, calendar], { numRuns: 300 })(
    "words that name no time never change the reading",
    (text, extra, before, ref, cal) => {
      const alone = parseDecisionTimeline(text, ref, { calendar: cal });
      const padded = before ? `${extra} ${text}` : `${text} ${extra}`;
      const withExtra = parseDecisionTimeline(padded, ref, { calendar: cal });
      expect(withExtra && { ...withExtra, text: "" }, padded).toEqual(alone && { ...alone, text: "" });
    },
  );

  test.prop([fc.string({ maxLength: 500 }), reference])(
    "any string: null or a valid window, never a throw",
    (text, ref) => {
      const result = parseDecisionTimeline(text, ref);
      if (result) expect(result.earliest <= result.latest).toBe(true);
    },
  );

  test.prop([fc.string({ minLength: 501, maxLength: 600 }), reference])("too long: a validation error", (text, ref) => {
    expect(() => parseDecisionTimeline(text, ref)).toThrow(/text/);
  });
});
