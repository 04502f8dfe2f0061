import { readFileSync } from "node:fs";
import { Temporal } from "temporal-polyfill";
import type { InterviewInput } from "../schema/interview-input.js";

/*
 * Shared by the plan tests only (never imported by the library): the sample interview and a
 * deep-freeze that makes any mutation of an input throw.
 */

/** The sample interview of examples/data, freshly parsed on each call. */
export function sampleInterview(): InterviewInput {
  const text = readFileSync(new URL("../../../../examples/data/sample-interview.json", import.meta.url), "utf8");
  return JSON.parse(text) as InterviewInput;
}

/** `value` frozen all the way down, so that writing to any part of it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Places an interview can be: a zone with its country and region, several with DST, one in the south. */
export const PLACES = [
  { timeZone: "America/New_York", country: "US", region: "NY", locality: "New York" },
  { timeZone: "America/Chicago", country: "US", region: "IL", locality: "Chicago" },
  { timeZone: "America/Los_Angeles", country: "US", region: "CA", locality: "Los Angeles" },
  { timeZone: "Europe/London", country: "GB", locality: "London" },
  { timeZone: "America/Toronto", country: "CA", region: "ON", locality: "Toronto" },
  { timeZone: "Europe/Berlin", country: "DE", region: "BY", locality: "Munich" },
  { timeZone: "Australia/Sydney", country: "AU", region: "NSW", locality: "Sydney" },
  { timeZone: "Asia/Tokyo", country: "JP", locality: "Tokyo" },
] as const;

/** What the employer might have said about the decision (or nothing, at index -1). */
export const PHRASES = [
  "We'll make a decision within two or three days",
  "in 2-3 business days",
  "within a week",
  "in a couple of weeks",
  "a few days",
  "by Friday",
  "next Monday",
  "by the end of the week",
  "by the end of next week",
  "early next week",
  "mid-December",
  "by the end of the month",
  "We'll be in touch soon",
] as const;

/** Policies to plan under (`undefined`: the defaults). */
export const POLICIES = [
  undefined,
  { thankYou: { channel: "postal" } },
  { thankYou: { channel: "email-then-postal" } },
  { thankYou: { channel: "email" } },
  { followUp: { touches: 2, gapBusinessDays: 3 } },
  { followUp: { touches: 5, firstAfterBusinessDays: 2 } },
  { thankYou: { writeBy: "20:00", lateAfter: "18:00", lateWriteBy: "10:00", travelMinutes: 120 } },
  { decision: { defaultBusinessDays: 10 }, outcome: { rejectionReplyBusinessDays: 1, offerResponseBusinessDays: 4 } },
] as const;

const FORMATS = ["onsite", "video", "phone"] as const;
const INTERESTS = ["want", "unsure", "not-interested"] as const;
const HANDWRITING = ["excellent", "average", "poor"] as const;

/** The choices that make one test interview; every number is an index or a small count. */
export interface Variation {
  /** Days after 2025-01-01 (0 … 1460: into 2028). */
  day: number;
  /** Minutes after midnight the interview starts, on the employer's clock. */
  startMinute: number;
  /** Length in minutes. */
  minutes: number;
  employer: number;
  candidate: number;
  format: number;
  interest: number;
  /** Index into {@link PHRASES}, or -1 for nothing said. */
  phrase: number;
  /** 1 … 3 interviewers; each bit of `people` decides a name, an email, a confirmed spelling. */
  interviewers: number;
  people: number;
  /** 0: no scheduler; 1: phone only; 2: email only; 3: both. */
  scheduler: number;
  handwriting: number;
  /** Whether both sides give a postal address. */
  addresses: boolean;
  /** Minutes after the interview's end that `now` is. */
  nowMinutes: number;
  /** Index into {@link POLICIES}. */
  policy: number;
}

/** An interview and the options to plan it with, built from `v`. Untyped JSON, as an app would send it. */
export function variedInterview(v: Variation): { input: InterviewInput; options: { now: string; policy?: object } } {
  const employer = PLACES[v.employer % PLACES.length]!;
  const candidate = PLACES[v.candidate % PLACES.length]!;
  const start = addMinutes(dayString(v.day), v.startMinute, employer.timeZone);
  const end = addMinutes(dayString(v.day), v.startMinute + v.minutes, employer.timeZone);
  const names = ["Dana Whitfield", "Marek Szczepański", "Ngozi Okafor"];
  const interviewers = names.slice(0, 1 + (v.interviewers % 3)).map((name, i) => {
    const bits = v.people >> (i * 3);
    return {
      ...(bits & 1 ? { name } : {}),
      ...(bits & 2 ? { email: `person${i + 1}@acme.example` } : {}),
      ...(bits & 4 ? { spellingConfirmed: true } : {}),
    };
  });
  const address = (p: (typeof PLACES)[number], street: string) => ({
    lines: [street],
    locality: p.locality,
    ...("region" in p ? { region: p.region } : {}),
    postalCode: "10001",
    country: p.country,
  });
  const side = (p: (typeof PLACES)[number]) => ({
    timeZone: p.timeZone,
    country: p.country,
    ...("region" in p ? { region: p.region } : {}),
  });
  const s = v.scheduler % 4;
  const input: InterviewInput = {
    id: `interview-${v.day}-${v.startMinute}`,
    role: "Data Engineer",
    company: { name: "Acme", ...side(employer), ...(v.addresses ? { address: address(employer, "1 Main St") } : {}) },
    start: start.toString(),
    end: end.toString(),
    format: FORMATS[v.format % 3]!,
    interviewers,
    ...(s === 0
      ? {}
      : {
          scheduler: {
            name: "Priya Raman",
            ...(s & 1 ? { phone: "+1 212 555 0100" } : {}),
            ...(s & 2 ? { email: "priya@acme.example" } : {}),
          },
        }),
    ...(v.phrase >= 0 ? { statedTimeline: PHRASES[v.phrase % PHRASES.length]! } : {}),
    interest: INTERESTS[v.interest % 3]!,
    candidate: {
      name: "Alex Morgan",
      ...side(candidate),
      email: "alex@example.com",
      handwriting: HANDWRITING[v.handwriting % 3]!,
      ...(v.addresses ? { address: address(candidate, "2 High St") } : {}),
    },
  };
  const policy = POLICIES[v.policy % POLICIES.length];
  const now = end.add({ minutes: v.nowMinutes }).toString();
  return { input, options: policy === undefined ? { now } : { now, policy } };
}

function dayString(day: number): Temporal.PlainDate {
  return Temporal.PlainDate.from("2025-01-01").add({ days: day });
}

function addMinutes(date: Temporal.PlainDate, minutes: number, timeZone: string): Temporal.ZonedDateTime {
  return date.toZonedDateTime({ timeZone, plainTime: "00:00" }).add({ minutes });
}
