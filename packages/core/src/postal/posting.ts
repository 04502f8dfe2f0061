import type { Temporal } from "temporal-polyfill";
import type { DayCalendar } from "../calendar/day-calendar.js";
import { isoWeekday } from "../calendar/day-number.js";
import type { BusinessCalendar } from "../calendar/types.js";
import { AfterviewError } from "../errors/afterview-error.js";
import type { PostalService } from "../policy/defaults.js";
import { timeOfDay } from "../time/wall-clock.js";
import { Moment, plainDate, zonedOf } from "../time/zone-clock.js";

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
  const days = {
    weekend: origin.weekend,
    holidaysOn: (day: number) => origin.holidaysOn(plainDate(day)),
  };
  const found = postingOn(Moment.from(ready), collection, days);
  return { date: plainDate(found.day), postBy: zonedOf(found.postBy) };
}

/** {@link postingDay} on the sender's clock: the collection day as a day number and its cut-off. */
export function postingOn(
  ready: Moment,
  collection: Collection,
  origin: Pick<DayCalendar, "holidaysOn" | "weekend">,
): { day: number; postBy: Moment } {
  let day = ready.day;
  for (let i = 0; i <= MAX_SEARCH_DAYS; i++) {
    const cutoff = cutoffOn(day, collection, origin);
    if (cutoff !== undefined) {
      const postBy = ready.clock.moment(day, timeOfDay(cutoff));
      if (ready.ns <= postBy.ns) return { day, postBy };
    }
    day++;
  }
  throw new AfterviewError("out-of-range", `no postal collection day within ${MAX_SEARCH_DAYS} days of ${ready}`);
}

function cutoffOn(
  day: number,
  collection: Collection,
  origin: Pick<DayCalendar, "holidaysOn" | "weekend">,
): string | undefined {
  if (origin.holidaysOn(day).length > 0) return undefined;
  const weekday = isoWeekday(day);
  if (weekday === 6 && collection.saturdayCutoff !== undefined) return collection.saturdayCutoff;
  return origin.weekend.includes(weekday) ? undefined : collection.cutoff;
}
