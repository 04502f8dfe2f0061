import type { DayCalendar } from "../calendar/day-calendar.js";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { type PlanContext, side } from "../plan/context.js";
import type { PostalEndpoint } from "../postal/route.js";
import type { Person } from "../schema/person.js";

/** A letter's destination, with the business calendar of the place. */
export interface RecipientPlace extends PostalEndpoint {
  days: DayCalendar;
}

/**
 * Where an interviewer's letter goes, for the transit estimate (`E-POST-*`): the interviewer's own
 * address when they have one, else the company's, else just the company's country. The destination's
 * holidays are those of the address's country and, when the address names a region the holiday data
 * knows (`NY`, `SCT`, `BY`…), of that region; in the company's own country an address without a known
 * region takes the company's calendar. A letter to a Tokyo address is international mail that waits
 * out Japanese holidays, whatever the company's country.
 */
export function recipientPlace(
  ctx: Pick<PlanContext, "input" | "employer">,
  person: Person,
  index: number,
): RecipientPlace {
  const { company } = ctx.input;
  const address = person.address ?? company.address;
  const path = person.address ? `interviewers[${index}].address` : "company.address";
  const country = (address?.country ?? company.country).toUpperCase();
  const days =
    (address?.region !== undefined ? regionCalendar(ctx, country, address.region, path) : undefined) ??
    (country === company.country.toUpperCase()
      ? ctx.employer.days
      : side({ timeZone: ctx.employer.zone, country }, `${path}.country`).days);
  return { country, address, days };
}

/** The calendar of `country`'s `region`, or `undefined` when the region is free text the holiday data does not know. */
function regionCalendar(
  ctx: Pick<PlanContext, "employer">,
  country: string,
  region: string,
  path: string,
): DayCalendar | undefined {
  try {
    return side({ timeZone: ctx.employer.zone, country, region }, path).days;
  } catch (error) {
    // An address's region is free text ("Tokyo", "Scotland"): not knowing it is no error, the country still holds.
    if (error instanceof AfterviewValidationError && error.issues.some((i) => i.code === "unknown-region")) {
      return undefined;
    }
    throw error;
  }
}
