import { zonesOfPlace } from "../calendar/country-zones.js";
import { addMonths, civilDate, dayNumber } from "../calendar/day-number.js";
import { zoneKind } from "../calendar/zone-kind.js";
import type { InterviewInput } from "../schema/interview-input.js";
import type { PlanWarning } from "../schema/plan.js";
import { lookupTimeZone } from "../time/zone.js";
import { dateString, offsetString, ZoneClock } from "../time/zone-clock.js";

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
 * `at` (the interview's end, nanoseconds since the epoch) is when the clocks are compared.
 */
export function zoneWarnings(input: InterviewInput, at: bigint): PlanWarning[] {
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

function zoneWarning(where: Where, at: bigint, who: string): Omit<PlanWarning, "path"> | undefined {
  const kind = zoneKind(where.timeZone);
  if (kind === "place") return undefined;
  const given = new ZoneClock(where.timeZone);
  const zone = JSON.stringify(given.id);
  const offset = offsetString(Number(given.offset(at)));
  const what =
    kind === "fixed-offset"
      ? `${zone} is a fixed offset${offset === "+00:00" ? "" : ` (UTC${offset})`}: it has no summer time and names no place.`
      : `${zone} is an abbreviation: it names no place, so its summer-time rules may not be those where ${who} is.`;
  const zones = suggestions(where, given, at);
  return {
    code: kind === "fixed-offset" ? "fixed-offset-zone" : "zone-abbreviation",
    message: `${what} ${advice(zones, given, at, who)}`,
  };
}

/** The zones to suggest: the region's, else the country's whose standard time is the given zone's, else all its principal ones. */
function suggestions(where: Where, given: ZoneClock, at: bigint): string[] {
  const region = where.region ?? (where.address?.country === where.country ? where.address.region : undefined);
  // A runtime with older zone data may lack a newer name (America/Nuuk, Europe/Kyiv): leave it out.
  const zones = zonesOfPlace(where.country, region).filter((zone) => lookupTimeZone(zone) !== null);
  if (zones.length <= 1) return zones;
  const { year } = civilDate(given.day(at));
  const standard = standardOffset(given, year);
  const matching = zones.filter((zone) => standardOffset(new ZoneClock(zone), year) === standard);
  return matching.length > 0 ? matching : zones;
}

/** The zone's offset outside summer time in `year`, in nanoseconds: the lower of mid-January's and mid-July's. */
function standardOffset(clock: ZoneClock, year: number): number {
  const at = (month: number) => Number(clock.offset(clock.at(dayNumber(year, month, 15), NOON)));
  return Math.min(at(1), at(7));
}

const NOON = 12 * 3_600_000_000_000;

/** What to use instead, with how far off the given zone is from a single suggestion. */
function advice(zones: readonly string[], given: ZoneClock, at: bigint, who: string): string {
  const [only] = zones;
  if (only === undefined) return `Use the IANA zone of where ${who} is, such as "America/New_York".`;
  if (zones.length > 1) {
    const listed = zones.slice(0, 4).map((zone) => JSON.stringify(zone));
    const last = listed.pop();
    return `Use the IANA zone of where ${who} is, such as ${listed.length > 0 ? `${listed.join(", ")} or ${last}` : last}.`;
  }
  const place = JSON.stringify(only);
  const theirs = new ZoneClock(only);
  const now = Number(theirs.offset(at) - given.offset(at));
  const day = dateString(theirs.day(at));
  if (now !== 0) {
    return `On ${day} the clocks in ${place} are ${span(now)} ${now > 0 ? "ahead of" : "behind"} it, so the times in this plan are ${span(now)} off: use ${place}.`;
  }
  const later = firstDifference(given, theirs, at);
  if (later !== undefined) {
    const diff = Number(theirs.offset(later) - given.offset(later));
    return `The clocks in ${place} agree with it on ${day}, but from ${dateString(theirs.day(later))} they are ${span(diff)} ${diff > 0 ? "ahead" : "behind"}, and times after that would be off: use ${place}.`;
  }
  return `It keeps the same time as ${place} all year, but use ${place}, so the plan follows any change to the clocks there.`;
}

/**
 * The first clock change within a year after `at` (on `given`'s wall clock, as `add({ years: 1 })`
 * counts it) at which `theirs` and `given` differ; `undefined` when they agree all year.
 */
function firstDifference(given: ZoneClock, theirs: ZoneClock, at: bigint): bigint | undefined {
  const wall = given.wall(at);
  const end = given.at(addMonths(wall.day, 12), wall.time);
  const changes: bigint[] = [];
  for (const clock of [given, theirs]) {
    let next = clock.transitionAfter(at);
    // A zone changes its clocks at most a few times a year; the bound guards odd data.
    for (let i = 0; next !== undefined && next < end && i < 8; i++) {
      changes.push(next);
      next = clock.transitionAfter(next);
    }
  }
  changes.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return changes.find((change) => theirs.offset(change) !== given.offset(change));
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
