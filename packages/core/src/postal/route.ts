import { DEFAULT_POLICY, EU_COUNTRIES, type Policy, type PostalService } from "../policy/defaults.js";
import type { PostalAddress } from "../schema/person.js";

/** One end of a letter's trip: a country and, when known, the street address. */
export interface PostalEndpoint {
  /** ISO 3166-1 alpha-2; the address's own country wins when the address is given. */
  country: string;
  address?: PostalAddress | undefined;
}

/** Which postal standard a letter travels under, and how many delivery days it may take. */
export interface PostalRoute {
  /** The `policy.postal` key used: a country code (domestic), `EU`, `INTL` or `DEFAULT`. */
  key: string;
  /** How the route was chosen: within one country, between two EU countries, abroad, or a country without a standard. */
  kind: "domestic" | "eu" | "international" | "unknown";
  service: PostalService;
  /** True when both addresses are in the same locality and the service has a local standard (`localDays`). */
  local: boolean;
  /** The transit in delivery days: `localDays` when local, else `days`. */
  days: number;
  /** Origin and destination countries, upper-case. */
  from: string;
  to: string;
}

/**
 * Picks the postal standard between two places (evidence `E-POST-US`, `E-POST-GB`, `E-POST-CA`,
 * `E-POST-DE`, `E-POST-INTL`):
 *
 * - same country → `policy.postal[country]`, or `DEFAULT` (10 days, inferred) when the policy has none;
 * - two different EU member states → `EU` (5 days);
 * - anything else → `INTL` (10 days).
 *
 * The local standard (`localDays`) applies only when both addresses are known, in the same country,
 * name the same locality (case-insensitive) and agree on a second key: the same region or the same
 * postal code. A town name alone is not proof (Portland, Oregon and Portland, Maine), so without an
 * agreeing second key the longer standard is used.
 */
export function postalRoute(policy: Pick<Policy, "postal">, from: PostalEndpoint, to: PostalEndpoint): PostalRoute {
  const origin = (from.address?.country ?? from.country).toUpperCase();
  const destination = (to.address?.country ?? to.country).toUpperCase();
  const fallback = policy.postal.DEFAULT ?? (DEFAULT_POLICY.postal.DEFAULT as PostalService);
  let key: string;
  let kind: PostalRoute["kind"];
  if (origin === destination) {
    const own = policy.postal[origin];
    key = own ? origin : "DEFAULT";
    kind = own ? "domestic" : "unknown";
  } else if (EU_COUNTRIES.has(origin) && EU_COUNTRIES.has(destination)) {
    key = "EU";
    kind = "eu";
  } else {
    key = "INTL";
    kind = "international";
  }
  const service = policy.postal[key] ?? fallback;
  const local = origin === destination && service.localDays !== undefined && sameLocality(from.address, to.address);
  return {
    key,
    kind,
    service,
    local,
    days: local ? (service.localDays as number) : service.days,
    from: origin,
    to: destination,
  };
}

function sameLocality(a: PostalAddress | undefined, b: PostalAddress | undefined): boolean {
  if (!a || !b) return false;
  if (norm(a.locality) !== norm(b.locality)) return false;
  const region = a.region && b.region ? norm(a.region) === norm(b.region) : undefined;
  const code = a.postalCode && b.postalCode ? norm(a.postalCode) === norm(b.postalCode) : undefined;
  // One agreeing key is enough: postal codes differ across one city, regions are coarse.
  return region === true || code === true;
}

function norm(value: string): string {
  return value.trim().replace(/\s+/g, " ").toLowerCase();
}
