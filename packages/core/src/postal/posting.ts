import type { Temporal } from "temporal-polyfill";
import type { BusinessCalendar } from "../calendar/types.js";
import { AfterviewError } from "../errors/afterview-error.js";
import type { PostalService } from "../policy/defaults.js";
import { zonedAt } from "../time/wall-clock.js";

/** The collection times of the post where the letter is posted. */
export type Collection = Pick<PostalService, "cutoff" | "saturdayCutoff">;

/** When a letter ready at some moment is actually collected. */
export interface PostingDay {
  /** The collection day: day 0 of the transit. */
  date: Temporal.PlainDate;
  /** That day's cut-off in the sender's zone: post by then. */
  postBy: Temporal.ZonedDateTime;
}

/** Past a year of searching something is wrong with the calendar; stop rather than loop. */
const MAX_SEARCH_DAYS = 366;

/**
 * The first collection at or after `ready` (a `ZonedDateTime` in the sender's zone), evidence
 * `E-POST-US`/`E-POST-GB`/`E-POST-CA`: a collection day is a working day of the sender's calendar's
 * week (Monday to Friday where the weekend is Saturday–Sunday) with the weekday cut-off, or a
 * Saturday when the service collects on Saturdays (`saturdayCutoff`); never a public or bank holiday of
 * the sender's country. A letter ready after a day's cut-off goes with the next collection day.
 */
export function postingDay(
  ready: Temporal.ZonedDateTime,
  collection: Collection,
  origin: Pick<BusinessCalendar, "holidaysOn" | "weekend">,
): PostingDay {
  let date = ready.toPlainDate();
  for (let i = 0; i <= MAX_SEARCH_DAYS; i++) {
    const cutoff = cutoffOn(date, collection, origin);
    if (cutoff !== undefined) {
      const postBy = zonedAt(date, cutoff, ready.timeZoneId);
      if (ready.epochNanoseconds <= postBy.epochNanoseconds) return { date, postBy };
    }
    date = date.add({ days: 1 });
  }
  throw new AfterviewError(
    "out-of-range",
    `no postal collection day within ${MAX_SEARCH_DAYS} days of ${ready.toString()}`,
  );
}

function cutoffOn(
  date: Temporal.PlainDate,
  collection: Collection,
  origin: Pick<BusinessCalendar, "holidaysOn" | "weekend">,
): string | undefined {
  if (origin.holidaysOn(date).length > 0) return undefined;
  if (date.dayOfWeek === 6 && collection.saturdayCutoff !== undefined) return collection.saturdayCutoff;
  return origin.weekend.includes(date.dayOfWeek) ? undefined : collection.cutoff;
}
