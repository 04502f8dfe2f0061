import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import { candidateHoursOn, nextCandidateHours, withinCandidateHours } from "./candidate-hours.js";
import { DEFAULT_POLICY } from "./defaults.js";

const hours = DEFAULT_POLICY.candidateHours;
const newYork = { zone: "America/New_York", calendar: { weekend: [6, 7] } };
const london = { zone: "Europe/London", calendar: { weekend: [6, 7] } };
const at = (iso: string) => Temporal.ZonedDateTime.from(iso);
const span = (start: string, end: string) => ({ start: at(start), end: at(end) });
const strings = (spans: { start: Temporal.ZonedDateTime; end: Temporal.ZonedDateTime }[]) =>
  spans.map((s) => [s.start.toString(), s.end.toString()]);

describe("candidateHoursOn", () => {
  test("08:00–20:00 on the candidate's wall clock", () => {
    const day = candidateHoursOn(Temporal.PlainDate.from("2026-04-08"), "America/New_York", hours);
    expect(day && strings([day])).toEqual([
      ["2026-04-08T08:00:00-04:00[America/New_York]", "2026-04-08T20:00:00-04:00[America/New_York]"],
    ]);
  });

  test("America/New_York, 2026-03-08 spring-forward: still 08:00–20:00, eleven real hours", () => {
    const day = candidateHoursOn(Temporal.PlainDate.from("2026-03-08"), "America/New_York", hours);
    expect(day?.start.toString()).toBe("2026-03-08T08:00:00-04:00[America/New_York]");
    expect(day?.start.until(day.end).total("hours")).toBe(12);
  });
});

describe("withinCandidateHours", () => {
  test.each([
    {
      name: "Berlin's 13:30–15:30 is 07:30–09:30 in New York: a call keeps 08:00–09:30",
      span: span("2026-04-08T13:30:00+02:00[Europe/Berlin]", "2026-04-08T15:30:00+02:00[Europe/Berlin]"),
      parts: [["2026-04-08T14:00:00+02:00[Europe/Berlin]", "2026-04-08T15:30:00+02:00[Europe/Berlin]"]],
    },
    {
      name: "Berlin's 09:30–11:30 is 03:30–05:30 in New York: nothing",
      span: span("2026-04-08T09:30:00+02:00[Europe/Berlin]", "2026-04-08T11:30:00+02:00[Europe/Berlin]"),
      parts: [],
    },
    {
      name: "a half-hour cut is kept (New York 09:30–11:30 is 06:30–08:30 in Los Angeles → 08:00–08:30)",
      span: span("2026-12-30T09:30:00-05:00[America/New_York]", "2026-12-30T11:30:00-05:00[America/New_York]"),
      side: { zone: "America/Los_Angeles", calendar: { weekend: [6, 7] } },
      parts: [["2026-12-30T11:00:00-05:00[America/New_York]", "2026-12-30T11:30:00-05:00[America/New_York]"]],
    },
    {
      name: "a cut shorter than half an hour is not (19:45–21:00 leaves 15 minutes)",
      span: span("2026-04-08T19:45:00-04:00[America/New_York]", "2026-04-08T21:00:00-04:00[America/New_York]"),
      parts: [],
    },
    {
      name: "a short window wholly inside is kept as it is (15 minutes)",
      span: span("2026-04-08T16:45:00-04:00[America/New_York]", "2026-04-08T17:00:00-04:00[America/New_York]"),
      parts: [["2026-04-08T16:45:00-04:00[America/New_York]", "2026-04-08T17:00:00-04:00[America/New_York]"]],
    },
    {
      name: "a span over two of the candidate's days gives a part on each",
      span: span("2026-04-08T18:00:00-04:00[America/New_York]", "2026-04-09T10:00:00-04:00[America/New_York]"),
      parts: [
        ["2026-04-08T18:00:00-04:00[America/New_York]", "2026-04-08T20:00:00-04:00[America/New_York]"],
        ["2026-04-09T08:00:00-04:00[America/New_York]", "2026-04-09T10:00:00-04:00[America/New_York]"],
      ],
    },
  ])("$name", ({ span, side, parts }) => {
    expect(strings(withinCandidateHours(span, side ?? newYork, hours, "call"))).toEqual(parts);
  });

  test("calls keep to the candidate's weekdays unless the policy allows weekends; writing does not", () => {
    // Sydney's Monday 13:30 is Sunday evening in Los Angeles.
    const sunday = span("2026-02-16T13:30:00+11:00[Australia/Sydney]", "2026-02-16T15:30:00+11:00[Australia/Sydney]");
    const la = { zone: "America/Los_Angeles", calendar: { weekend: [6, 7] } };
    expect(withinCandidateHours(sunday, la, hours, "call")).toEqual([]);
    expect(strings(withinCandidateHours(sunday, la, { ...hours, weekendCalls: true }, "call"))).toEqual([
      ["2026-02-16T13:30:00+11:00[Australia/Sydney]", "2026-02-16T15:00:00+11:00[Australia/Sydney]"],
    ]);
    expect(withinCandidateHours(sunday, la, hours, "write")).toHaveLength(1);
  });
});

describe("nextCandidateHours", () => {
  test.each([
    [
      "02:00 → 08:00 the same day",
      "2026-01-13T02:00:00+00:00[Europe/London]",
      "write",
      "2026-01-13T08:00:00+00:00[Europe/London]",
    ],
    [
      "10:15 → from 10:15",
      "2026-01-13T10:15:00+00:00[Europe/London]",
      "write",
      "2026-01-13T10:15:00+00:00[Europe/London]",
    ],
    [
      "20:00 → 08:00 the next day",
      "2026-01-13T20:00:00+00:00[Europe/London]",
      "write",
      "2026-01-14T08:00:00+00:00[Europe/London]",
    ],
    [
      "Friday 21:00, writing → Saturday 08:00",
      "2026-01-16T21:00:00+00:00[Europe/London]",
      "write",
      "2026-01-17T08:00:00+00:00[Europe/London]",
    ],
    [
      "Friday 21:00, a call → Monday 08:00",
      "2026-01-16T21:00:00+00:00[Europe/London]",
      "call",
      "2026-01-19T08:00:00+00:00[Europe/London]",
    ],
    [
      "an instant in another zone is read on the candidate's clock",
      "2026-01-13T10:00:00+09:00[Asia/Tokyo]",
      "write",
      "2026-01-13T08:00:00+00:00[Europe/London]",
    ],
  ] as const)("%s", (_, from, task, start) => {
    const day = nextCandidateHours(at(from), london, hours, task);
    expect(day.start.toString()).toBe(start);
    expect(day.end.toPlainTime().toString({ smallestUnit: "minute" })).toBe("20:00");
  });
});
