import { fc, test } from "@fast-check/vitest";
import { Temporal } from "temporal-polyfill";
import { describe, expect } from "vitest";
import { businessCalendarOf } from "../calendar/business-calendar.js";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { planContext } from "../plan/context.js";
import { candidateHoursOn, SHARED_HOURS_SEARCH_DAYS } from "../policy/candidate-hours.js";
import type { PolicyOverrides } from "../policy/overrides.js";
import { zonedAt } from "../time/wall-clock.js";
import { zonedOf } from "../time/zone-clock.js";
import { decisionWindow } from "../timeline/window.js";
import { followUpActions } from "./actions.js";
import { callInCandidateHours, callingSlotsOn } from "./calling-windows.js";
import { followUpSchedule } from "./schedule.js";
import { SIDES, type TestSide, testInterview } from "./test-interview.js";

const sides: TestSide[] = [...Object.values(SIDES), { zone: "Asia/Jerusalem", country: "IL" }];
const phrases = [
  "We'll make a decision within two or three days",
  "in 2-3 business days",
  "within a week",
  "in a couple of weeks",
  "by Friday",
  "next Monday",
  "by the end of next week",
  "early next week",
  "mid-December",
  "by the end of the month",
  "We'll be in touch",
];
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
// Daytime windows (07:00–20:00), 15 minutes to 3 hours long.
const window = fc
  .tuple(fc.integer({ min: 7 * 4, max: 17 * 4 }), fc.integer({ min: 1, max: 12 }))
  .map(([start, length]) => ({ start: hhmm(start * 15), end: hhmm((start + length) * 15) }));
// The candidate's day: starting 05:00–12:00, 4 to 16 hours long (never past 23:45).
const candidateHours = fc
  .tuple(fc.integer({ min: 5 * 4, max: 12 * 4 }), fc.integer({ min: 4 * 4, max: 16 * 4 }), fc.boolean())
  .map(([start, length, weekendCalls]) => ({
    start: hhmm(start * 15),
    end: hhmm(Math.min(start + length, 23 * 4 + 3) * 15),
    weekendCalls,
  }));
const week = fc.dictionary(fc.constantFrom("1", "2", "3", "4", "5", "6", "7"), fc.array(window, { maxLength: 3 }));
const policy: fc.Arbitrary<PolicyOverrides | undefined> = fc.option(
  fc.record(
    {
      decision: fc.record({ defaultBusinessDays: fc.integer({ min: 0, max: 20 }) }),
      candidateHours,
      followUp: fc.record(
        {
          touches: fc.integer({ min: 1, max: 6 }),
          gapBusinessDays: fc.integer({ min: 1, max: 10 }),
          firstAfterBusinessDays: fc.integer({ min: 1, max: 5 }),
          callingWindows: week,
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);
const scenario = fc.record({
  employer: fc.constantFrom(...sides),
  candidate: fc.constantFrom(...sides),
  // 2025-01-01 … 2028-06-30, any minute of the employer's day.
  day: fc.integer({ min: 0, max: 1276 }),
  minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  stated: fc.option(fc.constantFrom(...phrases), { nil: undefined }),
  // now: from two hours before the interview's end to sixty days after it.
  nowMinutes: fc.integer({ min: -120, max: 60 * 24 * 60 }),
  policy,
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const end = Temporal.PlainDate.from("2025-01-01")
    .add({ days: s.day })
    .toZonedDateTime({
      timeZone: s.employer.zone,
      plainTime: Temporal.PlainTime.from("00:00").add({ minutes: s.minute }),
    });
  const input = testInterview({
    employer: s.employer,
    candidate: s.candidate,
    end: end.toString(),
    statedTimeline: s.stated,
  });
  const options = { now: end.add({ minutes: s.nowMinutes }).toString(), policy: s.policy };
  return { input, options };
}

describe("followUpSchedule: properties over generated interviews", () => {
  test.prop([scenario], { numRuns: 150 })("every touch obeys the rules", (s) => {
    const { input, options } = build(s);
    const ctx = planContext(input, options);
    const { zone } = ctx.employer;
    const calendar = businessCalendarOf(ctx.employer.days);
    const now = zonedOf(ctx.now);
    const rules = ctx.policy.followUp;
    const hours = ctx.policy.candidateHours;
    let windows: ReturnType<typeof followUpSchedule>;
    try {
      windows = followUpSchedule(input, options);
    } catch (error) {
      // Only a policy whose windows never meet a business day may fail.
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues[0]?.path).toBe("policy.followUp.callingWindows");
      const open = Object.entries(rules.callingWindows).filter(
        ([d, list]) => list.length > 0 && !calendar.weekend.includes(Number(d)),
      );
      expect(open).toEqual([]);
      return;
    }
    const decision = decisionWindow(ctx);
    const latest = Temporal.PlainDate.from(decision.latest);
    const base = calendar.addBusinessDays(latest, rules.firstAfterBusinessDays);

    expect(windows.length).toBe(rules.touches);
    expect(windows.map((w) => w.attempt)).toEqual(windows.map((_, i) => i + 1));
    let previous: Temporal.PlainDate | undefined;
    for (const w of windows) {
      const opens = Temporal.ZonedDateTime.from(w.opens);
      const closes = Temporal.ZonedDateTime.from(w.closes);
      const day = opens.toPlainDate();
      // Employer's zone, after the decision window, not over by now.
      expect(opens.timeZoneId).toBe(zone);
      expect(Temporal.PlainDate.compare(day, latest)).toBeGreaterThan(0);
      expect(Temporal.PlainDate.compare(day, base)).toBeGreaterThanOrEqual(0);
      expect(Temporal.ZonedDateTime.compare(closes, now)).toBeGreaterThan(0);
      // The candidate sees the same instants in their own zone, inside one day of their hours.
      const mine = [
        Temporal.ZonedDateTime.from(w.forCandidate.opens),
        Temporal.ZonedDateTime.from(w.forCandidate.closes),
      ] as const;
      expect(mine.map((m) => m.timeZoneId)).toEqual([ctx.candidate.zone, ctx.candidate.zone]);
      expect(mine[0].epochNanoseconds).toBe(opens.epochNanoseconds);
      expect(mine[1].epochNanoseconds).toBe(closes.epochNanoseconds);
      const myDay = candidateHoursOn(mine[0].toPlainDate(), ctx.candidate.zone, hours);
      expect(myDay).toBeDefined();
      if (myDay) {
        expect(Temporal.ZonedDateTime.compare(mine[0], myDay.start)).toBeGreaterThanOrEqual(0);
        expect(Temporal.ZonedDateTime.compare(mine[1], myDay.end)).toBeLessThanOrEqual(0);
      }
      if (w.channel === "phone") {
        // On an employer business day, inside one of that weekday's calling windows, on the employer's wall clock.
        expect(calendar.isBusinessDay(day)).toBe(true);
        const match = (rules.callingWindows[String(day.dayOfWeek)] ?? []).some(
          (cw) =>
            Temporal.ZonedDateTime.compare(zonedAt(day, cw.start, zone), opens) <= 0 &&
            Temporal.ZonedDateTime.compare(closes, zonedAt(day, cw.end, zone)) <= 0,
        );
        expect(match).toBe(true);
        // A call keeps to the candidate's weekdays unless the policy allows weekends.
        if (!hours.weekendCalls) expect(ctx.candidate.days.weekend).not.toContain(mine[0].dayOfWeek);
        expect(w.alternatives.map((a) => a.channel)).toEqual(["voicemail", "email"]);
      } else {
        expect(w.channel).toBe("email");
        expect(w.why.some((y) => y.rule === "follow-up.candidate-hours" && y.source === "E-FU-HOURS")).toBe(true);
      }
      // Strictly later days, at least the gap apart in business days.
      if (previous) {
        expect(Temporal.PlainDate.compare(day, previous)).toBeGreaterThan(0);
        expect(calendar.businessDaysBetween(previous, day)).toBeGreaterThanOrEqual(rules.gapBusinessDays);
      }
      previous = day;
    }
  });

  test.prop([scenario], { numRuns: 100 })(
    "the first touch is the first calling window still open that meets the candidate's hours",
    (s) => {
      const { input, options } = build(s);
      let windows: ReturnType<typeof followUpSchedule>;
      try {
        windows = followUpSchedule(input, options);
      } catch {
        return; // covered above
      }
      const ctx = planContext(input, options);
      const { zone } = ctx.employer;
      const calendar = businessCalendarOf(ctx.employer.days);
      const now = zonedOf(ctx.now);
      const candidate = { zone: ctx.candidate.zone, calendar: ctx.candidate.days };
      const rules = ctx.policy.followUp;
      const first = Temporal.ZonedDateTime.from(windows[0]?.opens ?? "");
      const phone = windows[0]?.channel === "phone";
      const base = calendar.addBusinessDays(decisionWindow(ctx).latest, rules.firstAfterBusinessDays);
      // A call: no earlier day had a usable window. An email: no day searched had one.
      const last = phone ? first.toPlainDate().subtract({ days: 1 }) : first.toPlainDate().add({ days: 60 });
      let callingDays = 0;
      for (let day = base; Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 1 })) {
        if (!calendar.isBusinessDay(day)) continue;
        let open = false;
        for (const slot of callingSlotsOn(day, zone, rules.callingWindows)) {
          if (Temporal.ZonedDateTime.compare(slot.closes, now) <= 0) continue;
          open = true;
          const part = callInCandidateHours(slot, candidate, ctx.policy.candidateHours);
          expect(part !== undefined && Temporal.ZonedDateTime.compare(part.closes, now) > 0).toBe(false);
        }
        if (open && ++callingDays >= SHARED_HOURS_SEARCH_DAYS && !phone) break;
      }
    },
  );

  test.prop([scenario], { numRuns: 60 })(
    "actions mirror the windows in the candidate's zone, each with reasons",
    (s) => {
      const { input, options } = build(s);
      let windows: ReturnType<typeof followUpSchedule>;
      try {
        windows = followUpSchedule(input, options);
      } catch {
        return;
      }
      const actions = followUpActions(input, windows);
      expect(actions.map((a) => a.due)).toEqual(
        windows.map((w) => ({ start: w.forCandidate.opens, end: w.forCandidate.closes })),
      );
      for (const a of actions) expect(a.why.length).toBeGreaterThan(0);
      expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
    },
  );

  test.prop([scenario], { numRuns: 40 })("same input, same output (no clock, no randomness)", (s) => {
    const { input, options } = build(s);
    const run = () => {
      try {
        return followUpSchedule(input, options);
      } catch (error) {
        return String(error);
      }
    };
    expect(JSON.stringify(run())).toBe(JSON.stringify(run()));
  });
});
