import type { Temporal } from "temporal-polyfill";
import type { BusinessCalendar } from "../calendar/types.js";
import { AfterviewError } from "../errors/afterview-error.js";
import type { PostalService } from "../policy/defaults.js";

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
  let slow: Transit["slow"];
  if (service.slowPostingExtraDays) {
    if (posted.dayOfWeek === 6) slow = "saturday";
    else if (destination.holidaysOn(posted.add({ days: 1 })).length > 0) slow = "before-holiday";
  }
  const total = days + (slow ? (service.slowPostingExtraDays as number) : 0);
  const isDelivery = (date: Temporal.PlainDate) =>
    service.deliveryWeekdays.includes(date.dayOfWeek) && destination.holidaysOn(date).length === 0;
  let earliest: Temporal.PlainDate | undefined;
  let latest = posted;
  let counted = 0;
  let date = posted;
  for (let i = 0; counted < total || earliest === undefined; i++) {
    if (i > MAX_SEARCH_DAYS) {
      throw new AfterviewError("out-of-range", `no ${total} delivery days within ${MAX_SEARCH_DAYS} days of ${posted}`);
    }
    date = date.add({ days: 1 });
    if (!isDelivery(date)) continue;
    earliest ??= date;
    if (counted < total) {
      counted++;
      latest = date;
    }
  }
  // A zero-day standard delivers on the posting day itself.
  if (total === 0) earliest = posted;
  const result: Transit = { earliest, latest, days: total };
  if (slow) result.slow = slow;
  return result;
}
