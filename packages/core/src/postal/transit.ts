import type { Temporal } from "temporal-polyfill";
import type { DayCalendar } from "../calendar/day-calendar.js";
import { isoWeekday } from "../calendar/day-number.js";
import type { BusinessCalendar } from "../calendar/types.js";
import { AfterviewError } from "../errors/afterview-error.js";
import type { PostalService } from "../policy/defaults.js";
import { dateString, dayOf, plainDate } from "../time/zone-clock.js";

/** {@link Transit} in day numbers, as the rules read it. */
export interface DayTransit {
  earliest: number;
  latest: number;
  days: number;
  slow?: "saturday" | "before-holiday";
}

/** When a posted letter arrives. */
export interface Transit {
  /** The first delivery day after posting: the soonest it can arrive. */
  earliest: Temporal.PlainDate;
  /** The last day the service standard allows. */
  latest: Temporal.PlainDate;
  /** Delivery days counted: the route's days plus any slow-posting days. */
  days: number;
  /** Why extra days were added: posted on a Saturday, or the day before a destination holiday. */
  slow?: "saturday" | "before-holiday";
}

/** Two years of delivery days is far past any standard; stop rather than loop. */
const MAX_SEARCH_DAYS = 730;

/**
 * The arrival window of a letter posted on `posted` (day 0): `latest` is the `days`-th delivery day after
 * it, `earliest` the first. A delivery day is a weekday in `service.deliveryWeekdays` that is not a
 * public or bank holiday at the destination. When the service has `slowPostingExtraDays` (USPS since
 * 2025, `E-POST-US`) and the letter is posted on a Saturday or on the day before a destination holiday,
 * those days are added once.
 */
export function transit(
  posted: Temporal.PlainDate,
  days: number,
  service: Pick<PostalService, "deliveryWeekdays" | "slowPostingExtraDays">,
  destination: Pick<BusinessCalendar, "holidaysOn">,
): Transit {
  const found = transitOn(dayOf(posted), days, service, {
    holidaysOn: (day) => destination.holidaysOn(plainDate(day)),
  });
  const result: Transit = { earliest: plainDate(found.earliest), latest: plainDate(found.latest), days: found.days };
  if (found.slow) result.slow = found.slow;
  return result;
}

/** {@link transit} from day number `posted`, the destination's calendar read by day number. */
export function transitOn(
  posted: number,
  days: number,
  service: Pick<PostalService, "deliveryWeekdays" | "slowPostingExtraDays">,
  destination: Pick<DayCalendar, "holidaysOn">,
): DayTransit {
  let slow: Transit["slow"];
  if (service.slowPostingExtraDays) {
    if (isoWeekday(posted) === 6) slow = "saturday";
    else if (destination.holidaysOn(posted + 1).length > 0) slow = "before-holiday";
  }
  const total = days + (slow ? (service.slowPostingExtraDays as number) : 0);
  const isDelivery = (day: number) =>
    service.deliveryWeekdays.includes(isoWeekday(day)) && destination.holidaysOn(day).length === 0;
  let earliest: number | undefined;
  let latest = posted;
  let counted = 0;
  let day = posted;
  for (let i = 0; counted < total || earliest === undefined; i++) {
    if (i > MAX_SEARCH_DAYS) {
      throw new AfterviewError(
        "out-of-range",
        `no ${total} delivery days within ${MAX_SEARCH_DAYS} days of ${dateString(posted)}`,
      );
    }
    day++;
    if (!isDelivery(day)) continue;
    earliest ??= day;
    if (counted < total) {
      counted++;
      latest = day;
    }
  }
  // A zero-day standard delivers on the posting day itself.
  if (total === 0) earliest = posted;
  const result: DayTransit = { earliest, latest, days: total };
  if (slow) result.slow = slow;
  return result;
}
