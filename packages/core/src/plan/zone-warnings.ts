import { Temporal } from "temporal-polyfill";
import { zonesOfPlace } from "../calendar/country-zones.js";
import { zoneKind } from "../calendar/zone-kind.js";
import type { InterviewInput } from "../schema/interview-input.js";
import type { PlanWarning } from "../schema/plan.js";
import { lookupTimeZone } from "../time/zone.js";

/** One side of the interview as the warnings read it. */
interface Where {
  timeZone: string;
  country: string;
  region?: string | undefined;
  address?: { country: string; region?: string | undefined } | undefined;
}

/**
 * A warning for each person (candidate, company) whose zone is a fixed offset or an abbreviation:
 * such a zone is accepted (the plan's times follow it) but it names no place, so its clock may not
 * be theirs. Each message names the zone to use instead: by region where the table knows it, else
 * the country's zones whose standard time matches, else the country's principal zones.
 * `at` (the interview's end) is when the clocks are compared.
 */
export function zoneWarnings(input: InterviewInput, at: Temporal.Instant): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const sides = [
    ["candidate", input.candidate, "the candidate"],
    ["company", input.company, "the employer's office"],
  ] as const;
  for (const [path, where, who] of sides) {
    const warning = zoneWarning(where, at, who);
    if (warning) warnings.push({ ...warning, path: `${path}.timeZone` });
  }
  return warnings;
}

function zoneWarning(where: Where, at: Temporal.Instant, who: string): Omit<PlanWarning, "path"> | undefined {
  const kind = zoneKind(where.timeZone);
  if (kind === "place") return undefined;
  const given = at.toZonedDateTimeISO(where.timeZone);
  const zone = JSON.stringify(given.timeZoneId);
  const what =
    kind === "fixed-offset"
      ? `${zone} is a fixed offset${given.offset === "+00:00" ? "" : ` (UTC${given.offset})`}: it has no summer time and names no place.`
      : `${zone} is an abbreviation: it names no place, so its summer-time rules may not be those where ${who} is.`;
  const zones = suggestions(where, given);
  return {
    code: kind === "fixed-offset" ? "fixed-offset-zone" : "zone-abbreviation",
    message: `${what} ${advice(zones, given, who)}`,
  };
}

/** The zones to suggest: the region's, else the country's whose standard time is the given zone's, else all its principal ones. */
function suggestions(where: Where, given: Temporal.ZonedDateTime): string[] {
  const region = where.region ?? (where.address?.country === where.country ? where.address.region : undefined);
  // A runtime with older zone data may lack a newer name (America/Nuuk, Europe/Kyiv): leave it out.
  const zones = zonesOfPlace(where.country, region).filter((zone) => lookupTimeZone(zone) !== null);
  if (zones.length <= 1) return zones;
  const standard = standardOffset(given.timeZoneId, given.year);
  const matching = zones.filter((zone) => standardOffset(zone, given.year) === standard);
  return matching.length > 0 ? matching : zones;
}

/** The zone's offset outside summer time in `year`, in nanoseconds: the lower of mid-January's and mid-July's. */
function standardOffset(zone: string, year: number): number {
  const at = (month: number) =>
    Temporal.ZonedDateTime.from({ year, month, day: 15, hour: 12, timeZone: zone }).offsetNanoseconds;
  return Math.min(at(1), at(7));
}

/** What to use instead, with how far off the given zone is from a single suggestion. */
function advice(zones: readonly string[], given: Temporal.ZonedDateTime, who: string): string {
  const [only] = zones;
  if (only === undefined) return `Use the IANA zone of where ${who} is, such as "America/New_York".`;
  if (zones.length > 1) {
    const listed = zones.slice(0, 4).map((zone) => JSON.stringify(zone));
    const last = listed.pop();
    return `Use the IANA zone of where ${who} is, such as ${listed.length > 0 ? `${listed.join(", ")} or ${last}` : last}.`;
  }
  const place = JSON.stringify(only);
  const theirs = given.withTimeZone(only);
  const now = theirs.offsetNanoseconds - given.offsetNanoseconds;
  const day = theirs.toPlainDate().toString();
  if (now !== 0) {
    return `On ${day} the clocks in ${place} are ${span(now)} ${now > 0 ? "ahead of" : "behind"} it, so the times in this plan are ${span(now)} off: use ${place}.`;
  }
  const later = firstDifference(given, only);
  if (later) {
    const diff = later.offsetNanoseconds - later.withTimeZone(given.timeZoneId).offsetNanoseconds;
    return `The clocks in ${place} agree with it on ${day}, but from ${later.toPlainDate().toString()} they are ${span(diff)} ${diff > 0 ? "ahead" : "behind"}, and times after that would be off: use ${place}.`;
  }
  return `It keeps the same time as ${place} all year, but use ${place}, so the plan follows any change to the clocks there.`;
}

/**
 * The first clock change within a year after `given` at which `zone` and `given`'s zone differ,
 * in `zone`; `undefined` when they agree all year.
 */
function firstDifference(given: Temporal.ZonedDateTime, zone: string): Temporal.ZonedDateTime | undefined {
  const end = given.add({ years: 1 }).epochNanoseconds;
  const changes: Temporal.ZonedDateTime[] = [];
  for (const start of [given, given.withTimeZone(zone)]) {
    let next = start.getTimeZoneTransition("next");
    // A zone changes its clocks at most a few times a year; the bound guards odd data.
    for (let i = 0; next && next.epochNanoseconds < end && i < 8; i++) {
      changes.push(next);
      next = next.getTimeZoneTransition("next");
    }
  }
  changes.sort((a, b) => Temporal.ZonedDateTime.compare(a, b));
  for (const change of changes) {
    const theirs = change.withTimeZone(zone);
    if (theirs.offsetNanoseconds !== change.withTimeZone(given.timeZoneId).offsetNanoseconds) return theirs;
  }
  return undefined;
}

/** A difference of offsets in words: `1 hour`, `5 hours 30 minutes`, `45 minutes`. */
function span(nanoseconds: number): string {
  const minutes = Math.round(Math.abs(nanoseconds) / 60e9);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours > 0) parts.push(`${hours} hour${hours === 1 ? "" : "s"}`);
  if (rest > 0) parts.push(`${rest} minute${rest === 1 ? "" : "s"}`);
  return parts.join(" ");
}
