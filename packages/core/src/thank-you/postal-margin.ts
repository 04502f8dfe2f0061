import type { DayCalendar } from "../calendar/day-calendar.js";
import { dayOfDateString } from "../time/zone-clock.js";

/**
 * The last day a posted letter may arrive and still count (evidence `E-TY-CHANNEL`: "postal only when
 * its latest arrival is at least 1 business day before the earliest expected decision", inferred):
 * the employer business day `margin` business days before `earliest`, counted on the employer's
 * calendar. With `margin` 0, the day of the earliest decision itself.
 *
 * A letter delivered on a day the employer is closed (a Saturday, a holiday) is read on their next
 * business day, so it only counts when it lands on or before this day: for a Monday decision,
 * Friday is in time and Saturday is not.
 *
 * @example
 * ```ts
 * const ny = businessCalendar({ country: "US", region: "NY" });
 * mustArriveBy("2026-10-13", 1, ny).toString(); //=> "2026-10-09" (Mon 10-12 is Columbus Day)
 * mustArriveBy("2026-10-13", 0, ny).toString(); //=> "2026-10-13"
 * ```
 */
export function mustArriveBy(earliest: string, margin: number, employer: Pick<DayCalendar, "addBusinessDays">): number {
  const day = dayOfDateString(earliest);
  // addBusinessDays(d, 0) moves a day off forward; a zero margin means the decision day as stated.
  return margin === 0 ? day : employer.addBusinessDays(day, -margin);
}

/** True when a letter whose latest arrival is `latest` arrives by `deadline` ({@link mustArriveBy}). */
export function arrivesBy(latest: number, deadline: number): boolean {
  return latest <= deadline;
}
