import { describe, expect, it } from "vitest";
import type { InterviewInput } from "../schema/interview-input.js";
import { applyEvent } from "./apply-event.js";
import { createPlan } from "./create-plan.js";
import { PLACES, sampleInterview } from "./test-fixtures.js";

// The sample: the candidate lives in Chicago (US, IL), the company is in New York (US, NY);
// the interview ends Tue 2026-11-24, in standard time; summer time starts Sun 2027-03-14.
const END = "2026-11-24T15:30:00-05:00[America/New_York]";

type Side = Partial<InterviewInput["candidate"]>;

/** `base` with `patch` applied; a key set to `undefined` is removed. */
function patched<T extends object>(base: T, patch: Partial<T>): T {
  const out: Record<string, unknown> = { ...base, ...patch };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out as T;
}

/** The sample planned as it ends, with changes to the candidate and the company. */
function planWith(candidate: Side = {}, company: Partial<InterviewInput["company"]> = {}) {
  const input = sampleInterview();
  return createPlan(
    { ...input, candidate: patched(input.candidate, candidate), company: patched(input.company, company) },
    { now: END },
  );
}

describe("createPlan: a zone that names no place is accepted with a warning", () => {
  it.each([
    ["EST", "fixed-offset-zone"],
    ["CET", "zone-abbreviation"],
    ["Etc/GMT+5", "fixed-offset-zone"],
    ["UTC", "fixed-offset-zone"],
    ["est", "fixed-offset-zone"],
  ])("%s for the candidate: %s on candidate.timeZone", (timeZone, code) => {
    const plan = planWith({ timeZone });
    expect(plan.warnings).toEqual([{ code, path: "candidate.timeZone", message: expect.any(String) }]);
    // Accepted: the plan keeps the zone as given and plans in it.
    expect(plan.context.candidate.timeZone).toBe(timeZone);
    expect(plan.warnings[0]?.message).toContain('"America/Chicago"');
  });

  it.each([
    ["EST", "fixed-offset-zone"],
    ["CET", "zone-abbreviation"],
    ["Etc/GMT+5", "fixed-offset-zone"],
  ])("%s for the company: %s on company.timeZone", (timeZone, code) => {
    const plan = planWith({}, { timeZone });
    expect(plan.warnings).toEqual([{ code, path: "company.timeZone", message: expect.any(String) }]);
    expect(plan.warnings[0]?.message).toContain('"America/New_York"');
  });

  it("warns for each side, candidate first", () => {
    const plan = planWith({ timeZone: "EST" }, { timeZone: "EST" });
    expect(plan.warnings.map((w) => w.path)).toEqual(["candidate.timeZone", "company.timeZone"]);
  });

  it("America/New_York, EST in November: the same clock now, an hour apart from 2027-03-14", () => {
    const [warning] = planWith({}, { timeZone: "EST" }).warnings;
    expect(warning?.message).toBe(
      '"EST" is a fixed offset (UTC-05:00): it has no summer time and names no place. ' +
        'The clocks in "America/New_York" agree with it on 2026-11-24, but from 2027-03-14 they are 1 hour ahead, ' +
        'and times after that would be off: use "America/New_York".',
    );
  });

  it("America/Chicago, EST: an hour off already, so every time is", () => {
    const [warning] = planWith({ timeZone: "EST" }).warnings;
    expect(warning?.message).toContain(
      'On 2026-11-24 the clocks in "America/Chicago" are 1 hour behind it, so the times in this plan are 1 hour off',
    );
  });

  it("Europe/London, CET: an hour off all year", () => {
    const [warning] = planWith({ timeZone: "CET", country: "GB", region: "ENG", address: undefined }).warnings;
    expect(warning).toMatchObject({ code: "zone-abbreviation", path: "candidate.timeZone" });
    expect(warning?.message).toContain(
      '"CET" is an abbreviation: it names no place, so its summer-time rules may not be those where the candidate is.',
    );
    expect(warning?.message).toContain('the clocks in "Europe/London" are 1 hour behind it');
  });

  it("Europe/Berlin, CET: the same clock all year, still a warning that names the place", () => {
    const [warning] = planWith({ timeZone: "CET", country: "DE", region: "BE", address: undefined }).warnings;
    expect(warning?.message).toContain('It keeps the same time as "Europe/Berlin" all year, but use "Europe/Berlin"');
  });

  it("Asia/Kolkata, UTC: 5 hours 30 minutes off", () => {
    const [warning] = planWith({ timeZone: "UTC", country: "IN", region: undefined, address: undefined }).warnings;
    expect(warning?.message).toContain('so the times in this plan are 5 hours 30 minutes off: use "Asia/Kolkata"');
  });

  it("suggests by region first: EST for a Californian points to Los Angeles, not New York", () => {
    const [warning] = planWith({ timeZone: "EST", region: "CA", address: undefined }).warnings;
    expect(warning?.message).toContain('use "America/Los_Angeles"');
    expect(warning?.message).not.toContain("New_York");
  });

  it("reads the region from the address when the person gives none", () => {
    const input = sampleInterview();
    const address = { ...input.candidate.address!, locality: "Seattle", region: "WA" };
    const [warning] = planWith({ timeZone: "Etc/GMT+8", region: undefined, address }).warnings;
    expect(warning?.message).toContain('"America/Los_Angeles"');
  });

  it("without a region, picks the country's zones whose standard time matches (MST: Denver or Phoenix)", () => {
    const [warning] = planWith({ timeZone: "MST", region: undefined, address: undefined }).warnings;
    expect(warning?.message).toContain(
      'Use the IANA zone of where the candidate is, such as "America/Denver" or "America/Phoenix".',
    );
  });

  it("the company's warning speaks of the employer's office", () => {
    const [warning] = planWith({}, { timeZone: "MST", region: undefined, address: undefined }).warnings;
    expect(warning?.message).toContain("of where the employer's office is");
  });

  it.each(PLACES.map((p) => [p.timeZone, p] as const))("no warning for %s", (_, place) => {
    const side = {
      timeZone: place.timeZone,
      country: place.country,
      region: "region" in place ? place.region : undefined,
    };
    expect(planWith({ ...side, address: undefined }, { ...side, address: undefined }).warnings).toEqual([]);
  });

  it("no warning for the sample, nor for an old link that follows a place's clock (US/Eastern)", () => {
    expect(planWith().warnings).toEqual([]);
    expect(planWith({}, { timeZone: "US/Eastern" }).warnings).toEqual([]);
  });

  it("keeps the warnings through applyEvent", () => {
    const plan = planWith({ timeZone: "EST" });
    const next = applyEvent(
      plan,
      { type: "thank-you-sent", id: "e1", at: "2026-11-24T20:00:00-06:00", channel: "email" },
      { now: "2026-11-24T20:00:00-06:00" },
    );
    expect(next.warnings).toEqual(plan.warnings);
    expect(next.warnings).toHaveLength(1);
  });
});
