import * as z from "zod/mini";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { side } from "../plan/context.js";
import type { PolicyOverrides } from "../policy/overrides.js";
import { resolvePolicy } from "../policy/resolve-policy.js";
import { CountryCode, TimeZoneName, text } from "../schema/fields.js";
import { findForbiddenKeys } from "../schema/forbidden-keys.js";
import { toValidationIssues } from "../schema/messages.js";
import { type PostalAddress, PostalAddressSchema } from "../schema/person.js";
import { type InstantInput, toZonedDateTime } from "../time/instant.js";
import { dateString, Moment } from "../time/zone-clock.js";
import { estimatePostalOn } from "./estimate.js";

/** A place a letter goes from or to, then `extra`. A function, not a module-level spread: see `event` in `schema/plan-event.ts`. */
function place<S extends z.core.$ZodLooseShape>(extra: S) {
  return z.strictObject({
    country: CountryCode,
    region: z.optional(text("code")),
    address: z.optional(PostalAddressSchema),
    ...extra,
  });
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  from: /* @__PURE__ */ place({ timeZone: TimeZoneName }),
  to: /* @__PURE__ */ place({}),
  readyAt: /* @__PURE__ */ z.unknown(),
  policy: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});

/** Where a letter goes from and to, and when it is ready. See {@link postalArrival}. */
export interface PostalArrivalOptions {
  /** The sender: country (and region, for its holidays), IANA zone (for the collection cut-off), address. */
  from: { country: string; region?: string; timeZone: string; address?: PostalAddress };
  /** The recipient: country (and region, for its holidays), address (for the local standard). */
  to: { country: string; region?: string; address?: PostalAddress };
  /** When the letter is ready to post: an instant with an offset or `[zone]`. */
  readyAt: InstantInput;
  /** Changes to the postal standards (`policy.postal`). */
  policy?: PolicyOverrides;
}

/** When a letter is posted and when it arrives. Dates are `YYYY-MM-DD`, `postBy` an instant in the sender's zone. */
export interface PostalArrival {
  /** The `policy.postal` key of the standard used: a country code, `EU`, `INTL` or `DEFAULT` (unknown, assumed). */
  service: string;
  /** The evidence id of that standard, e.g. `E-POST-US`. */
  source: string;
  /** Delivery days allowed, slow-posting days included. */
  days: number;
  /** True when the local standard applied (same locality). */
  local: boolean;
  /** Day 0: the first collection day at or after `readyAt`. */
  postingDay: string;
  /** That day's collection cut-off. */
  postBy: string;
  /** The first and the last day it may be delivered. */
  arrival: { earliest: string; latest: string };
  /** Why slow-posting days were added, if they were. */
  slow?: "saturday" | "before-holiday";
}

/**
 * When a letter ready at `readyAt` is posted and delivered, by the service standards of the
 * evidence ids `E-POST-US`, `E-POST-GB`, `E-POST-CA`, `E-POST-DE` and `E-POST-INTL` (an unknown country
 * is assumed to take 10 days). The posting day is day 0: the first collection at or after `readyAt`
 * (weekdays until the cut-off, 17:00; Saturdays where the post collects then, 13:00 for USPS; never a
 * holiday). The letter arrives by the `days`-th delivery day after it, skipping the destination's
 * public holidays; USPS adds a day for a letter posted on a Saturday or the day before a holiday.
 * Accepts untyped JSON.
 *
 * @throws {AfterviewValidationError} naming the field (`from.timeZone`, `to.address.country`, `readyAt`, `policy.postal.US.days`…).
 *
 * @example
 * ```ts
 * postalArrival({
 *   from: { country: "US", timeZone: "America/Chicago" },
 *   to: { country: "US", region: "NY" },
 *   readyAt: "2026-11-24T21:00:00-06:00[America/Chicago]",
 * });
 * //=> { service: "US", source: "E-POST-US", days: 6, local: false, postingDay: "2026-11-25",
 * //     postBy: "2026-11-25T17:00:00-06:00[America/Chicago]",
 * //     arrival: { earliest: "2026-11-27", latest: "2026-12-03" }, slow: "before-holiday" }
 * ```
 */
export function postalArrival(options: PostalArrivalOptions): PostalArrival {
  const forbidden = findForbiddenKeys(options);
  if (forbidden.length > 0) throw new AfterviewValidationError(forbidden, { subject: "options" });
  const parsed = z.safeParse(OptionsSchema, options);
  if (!parsed.success) {
    throw new AfterviewValidationError(toValidationIssues(parsed.error.issues), { subject: "options" });
  }
  const { from, to, readyAt, policy } = parsed.data;
  if (readyAt === undefined) {
    throw new AfterviewValidationError([{ path: "readyAt", code: "invalid_type", message: "is required" }]);
  }
  const ready = toZonedDateTime(readyAt, "readyAt", from.timeZone);
  const resolved = resolvePolicy(policy);
  const estimate = estimatePostalOn(
    resolved,
    Moment.from(ready),
    { country: from.country, address: from.address, days: side(from, "from").days },
    { country: to.country, address: to.address, days: side({ ...to, timeZone: "UTC" }, "to").days },
  );
  const { route, posting, transit } = estimate;
  const result: PostalArrival = {
    service: route.key,
    source: route.service.source,
    days: transit.days,
    local: route.local,
    postingDay: dateString(posting.day),
    postBy: posting.postBy.toString(),
    arrival: { earliest: dateString(transit.earliest), latest: dateString(transit.latest) },
  };
  if (transit.slow) result.slow = transit.slow;
  return result;
}
