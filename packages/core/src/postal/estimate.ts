import type { Temporal } from "temporal-polyfill";
import type { DayCalendar } from "../calendar/day-calendar.js";
import type { BusinessCalendar } from "../calendar/types.js";
import type { Policy } from "../policy/defaults.js";
import type { Moment } from "../time/zone-clock.js";
import { type PostingDay, postingDay, postingOn } from "./posting.js";
import { type PostalEndpoint, type PostalRoute, postalRoute } from "./route.js";
import { type DayTransit, type Transit, transit, transitOn } from "./transit.js";

/** A place a letter leaves from or goes to, with the business calendar of that place. */
export interface PostalPlace extends PostalEndpoint {
  calendar: Pick<BusinessCalendar, "holidaysOn" | "weekend">;
}

/** The whole trip of one letter: the standard it travels under, when it is collected, when it arrives. */
export interface PostalEstimate {
  route: PostalRoute;
  posting: PostingDay;
  transit: Transit;
}

/**
 * Estimates a letter's trip from the moment it is ready (`ready`, in the sender's zone):
 * the route ({@link postalRoute}), the first collection at or after `ready` ({@link postingDay}) and
 * the delivery window ({@link transit}). Collection times are the sender's country's own
 * (`policy.postal[origin]`, e.g. USPS collects on Saturdays even for a letter abroad); a country
 * without its own entry uses the route's service.
 */
export function estimatePostal(
  policy: Pick<Policy, "postal">,
  ready: Temporal.ZonedDateTime,
  from: PostalPlace,
  to: PostalPlace,
): PostalEstimate {
  const route = postalRoute(policy, from, to);
  const collection = policy.postal[route.from] ?? route.service;
  const posting = postingDay(ready, collection, from.calendar);
  return { route, posting, transit: transit(posting.date, route.days, route.service, to.calendar) };
}

/** {@link PostalEstimate} on the sender's clock and in day numbers. */
export interface PostalMomentEstimate {
  route: PostalRoute;
  /** The collection day and its cut-off. */
  posting: { day: number; postBy: Moment };
  transit: DayTransit;
}

/** {@link estimatePostal} on the sender's clock, both places' calendars read by day number. */
export function estimatePostalOn(
  policy: Pick<Policy, "postal">,
  ready: Moment,
  from: PostalEndpoint & { days: Pick<DayCalendar, "holidaysOn" | "weekend"> },
  to: PostalEndpoint & { days: Pick<DayCalendar, "holidaysOn"> },
): PostalMomentEstimate {
  const route = postalRoute(policy, from, to);
  const collection = policy.postal[route.from] ?? route.service;
  const posting = postingOn(ready, collection, from.days);
  return { route, posting, transit: transitOn(posting.day, route.days, route.service, to.days) };
}
