import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import { weekdayCalendar } from "../calendar/business-calendar.js";
import { dayCalendar } from "../calendar/day-calendar.js";
import { planContext } from "../plan/context.js";
import { DEFAULT_POLICY, type Policy } from "../policy/defaults.js";
import { dayOfDateString, Moment } from "../time/zone-clock.js";
import { decisionWindow } from "../timeline/window.js";
import { SIDES, testInterview } from "./test-interview.js";
import { type FollowUpContext, followUpWindows } from "./windows.js";

const NY = "[America/New_York]";
const end = `2026-11-24T15:30:00-05:00${NY}`;
const ctx = planContext(
  testInterview({ employer: SIDES.newYork, candidate: SIDES.london, end, statedTimeline: "within two or three days" }),
  { now: end },
);
const decision = decisionWindow(ctx); // 2026-11-25 … 2026-11-30

describe("followUpWindows: re-planning with `after`", () => {
  test("starts on `from` when later than the first business day after the window, numbering from startAttempt", () => {
    const windows = followUpWindows(ctx, decision, { from: dayOfDateString("2026-12-10"), startAttempt: 4 });
    expect(windows.map((w) => [w.attempt, w.opens])).toEqual([
      [4, `2026-12-10T09:30:00-05:00${NY}`],
      // 11, 14, 15, 16, 17
      [5, `2026-12-17T09:30:00-05:00${NY}`],
      // 18, 21, 22, 23, 24 (Christmas Eve is a business day in New York)
      [6, `2026-12-24T09:30:00-05:00${NY}`],
    ]);
    expect(windows[0]?.why[0]?.text).toContain("and not before 2026-12-10 for this re-plan");
  });

  test("a `from` before the first business day after the window changes nothing but the numbers", () => {
    const plain = followUpWindows(ctx, decision);
    const after = followUpWindows(ctx, decision, { from: dayOfDateString("2026-11-20"), startAttempt: 2 });
    expect(after.map((w) => w.opens)).toEqual(plain.map((w) => w.opens));
    expect(after.map((w) => w.attempt)).toEqual([2, 3, 4]);
  });

  test("a `from` on a weekend moves to the next business day's first window", () => {
    // Saturday 2026-12-12 → Monday 12-14, afternoon only.
    const [first] = followUpWindows(ctx, decision, { from: dayOfDateString("2026-12-12"), startAttempt: 1 });
    expect(first?.opens).toBe(`2026-12-14T13:30:00-05:00${NY}`);
  });
});

describe("followUpWindows: a calling window split by a daylight-saving change", () => {
  // An employer that works Sundays (weekend Friday–Saturday) and calls from 01:30 to 03:30 on Sundays,
  // in New York on the spring-forward night: the wall-clock window is 01:30 EST to 03:30 EDT, one real hour.
  // The candidate's hours are opened to the whole week: this case is about the employer's wall clock.
  const policy: Policy = {
    ...DEFAULT_POLICY,
    candidateHours: { start: "00:00", end: "23:59", weekendCalls: true },
    followUp: { ...DEFAULT_POLICY.followUp, touches: 1, callingWindows: { "7": [{ start: "01:30", end: "03:30" }] } },
  };
  const sundays: FollowUpContext = {
    employer: { zone: "America/New_York", days: dayCalendar(weekdayCalendar([5, 6])) },
    candidate: { zone: "Europe/London", days: dayCalendar(weekdayCalendar()) },
    policy,
    now: Moment.from(Temporal.ZonedDateTime.from("2026-03-01T12:00:00+00:00[Europe/London]")),
  };
  test("opens and closes on the wall clock, forCandidate the same instants", () => {
    const [touch] = followUpWindows(sundays, { earliest: "2026-03-04", latest: "2026-03-05", source: "default" });
    expect(touch).toMatchObject({
      opens: `2026-03-08T01:30:00-05:00${NY}`,
      closes: `2026-03-08T03:30:00-04:00${NY}`,
      forCandidate: {
        opens: "2026-03-08T06:30:00+00:00[Europe/London]",
        closes: "2026-03-08T07:30:00+00:00[Europe/London]",
      },
    });
  });
});

describe("followUpWindows: `now` is compared as an instant, whatever its zone", () => {
  test("now given in London at 16:45 GMT is 11:45 in New York: the Tuesday morning window has closed", () => {
    const late = { ...ctx, now: Moment.from(Temporal.ZonedDateTime.from("2026-12-01T16:45:00+00:00[Europe/London]")) };
    const [first] = followUpWindows(late, decision);
    expect(first?.opens).toBe(`2026-12-01T13:30:00-05:00${NY}`);
  });

  test("now at the very moment a window closes skips it (a call cannot start then)", () => {
    const atClose = { ...ctx, now: Moment.from(Temporal.ZonedDateTime.from(`2026-12-01T11:30:00-05:00${NY}`)) };
    const [first] = followUpWindows(atClose, decision);
    expect(first?.opens).toBe(`2026-12-01T13:30:00-05:00${NY}`);
  });
});
