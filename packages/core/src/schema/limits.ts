/**
 * Size limits for every string and array in the input model, so an oversized value is a typed
 * validation issue (`too_big`) instead of a slow parse or a huge document. Chosen generously
 * above any real use: a person's name is under 200 characters, a note under 5,000.
 */
export const LIMITS = {
  /** Ids chosen by the caller (`interviewId`, action and event ids). */
  id: 200,
  /** Names of people, companies, roles; titles; address lines. */
  name: 200,
  /** RFC 5321 caps an address at 254 characters. */
  email: 254,
  /** E.164 has at most 15 digits; room for spaces, a "+" and an extension. */
  phone: 40,
  /** Short codes: regions, postal codes. */
  code: 20,
  /** IANA zone names; the longest in use is 32 characters. */
  timeZone: 64,
  /** An ISO 8601 instant with an offset and a `[zone]`. */
  instant: 100,
  /** A sentence the employer said, e.g. "We'll decide within two or three days". */
  sentence: 500,
  /** Free text such as notes. */
  text: 5_000,
  /** Interviewers, recipients, topics, strengths, address lines and reasons. */
  smallList: 20,
  /** Actions and follow-up windows in a plan. */
  actions: 200,
  /** Events in a plan's history. */
  history: 1_000,
} as const;
