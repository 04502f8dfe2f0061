/**
 * Every default afterview's rules use, each with the evidence id it rests on
 * (see `reference/evidence.md`; ids marked "inferred" are our own choice built on the cited facts).
 * A caller changes any of them with {@link PolicyOverrides}; theirs wins.
 */

/** A wall-clock time of day, `"HH:MM"` (24-hour). */
export type TimeOfDay = string;

/** A span of wall-clock time on one day, e.g. `{ start: "09:30", end: "11:30" }`. */
export interface TimeWindow {
  /** Opens at, `"HH:MM"`. */
  start: TimeOfDay;
  /** Closes at, `"HH:MM"`, later than `start`. */
  end: TimeOfDay;
}

/** How letters travel by post within one country, or between countries. */
export interface PostalService {
  /** Evidence id of the service standard. */
  source: string;
  /** Latest transit in delivery days, the posting day being day 0. */
  days: number;
  /** Latest transit when sender and recipient share a locality (when known). */
  localDays?: number;
  /** ISO weekdays (1 = Monday … 7 = Sunday) on which mail moves and is delivered. */
  deliveryWeekdays: number[];
  /** Collection cut-off on weekdays: a letter posted later counts as posted the next collection day. */
  cutoff: TimeOfDay;
  /** Collection cut-off on Saturday; absent when there is no Saturday collection. */
  saturdayCutoff?: TimeOfDay;
  /** Extra days when a letter is posted on a Saturday or the day before a holiday (USPS since 2025). */
  slowPostingExtraDays?: number;
}

/** The full set of defaults. */
export interface Policy {
  thankYou: {
    /** Minutes from the end of an onsite interview until the candidate is home to write. 60 (inferred from E-TY-TIMING). */
    travelMinutes: number;
    /** The letter is written by this time the same evening, candidate's time. "21:00" (E-TY-TIMING). */
    writeBy: TimeOfDay;
    /** An interview ending after this time moves writing to the next day. "19:00" (E-TY-TIMING, inferred). */
    lateAfter: TimeOfDay;
    /** …and then it is due by this time the next day. "12:00" (E-TY-TIMING, inferred). */
    lateWriteBy: TimeOfDay;
    /** Which channel to use: "auto" applies the rule of E-TY-CHANNEL. */
    channel: "auto" | "email" | "postal" | "email-then-postal";
    /** Postal must arrive at least this many employer business days before the earliest decision. 1 (E-TY-CHANNEL). */
    postalMarginBusinessDays: number;
    /** Email is sent within this many hours of the interview's end when business hours allow. 24 (E-TY-TIMING). */
    emailWithinHours: number;
    /** The employer's business hours, used to time an email. 09:00–17:00 (inferred). */
    businessHours: TimeWindow;
  };
  /** Postal services by country code, plus `EU` (between EU countries) and `INTL` (anything else) and `DEFAULT` (an unknown country). */
  postal: Record<string, PostalService>;
  decision: {
    /** Business days the decision may take when the employer said nothing. 5 (E-FU-STATED). */
    defaultBusinessDays: number;
  };
  followUp: {
    /** Calling windows per ISO weekday, in the employer's zone (E-FU-CALLTIME). */
    callingWindows: Record<string, TimeWindow[]>;
    /** How many touches in all (the first call and the ones after it). 3 (E-FU-STATED). */
    touches: number;
    /** Business days between two touches, at least. 5 (E-FU-STATED). */
    gapBusinessDays: number;
    /** The first call comes this many business days after the decision window closes. 1 (E-FU-STATED). */
    firstAfterBusinessDays: number;
  };
  outcome: {
    /** A gracious reply to a rejection is due within this many business days. 2 (inferred). */
    rejectionReplyBusinessDays: number;
    /** An answer to an offer without a deadline is due within this many business days. 2 (inferred, E-NEG-ROOM). */
    offerResponseBusinessDays: number;
  };
}

const MON_SAT = [1, 2, 3, 4, 5, 6];
const MON_FRI = [1, 2, 3, 4, 5];

/** The defaults, frozen. Read them; change them only through {@link PolicyOverrides}. */
export const DEFAULT_POLICY: Readonly<Policy> = deepFreeze({
  thankYou: {
    travelMinutes: 60,
    writeBy: "21:00",
    lateAfter: "19:00",
    lateWriteBy: "12:00",
    channel: "auto",
    postalMarginBusinessDays: 1,
    emailWithinHours: 24,
    businessHours: { start: "09:00", end: "17:00" },
  },
  postal: {
    // USPS First-Class: 2 days local, 5 otherwise; Mon–Sat; cut-off 17:00, Saturday 13:00; slower after Saturday or pre-holiday posting.
    US: {
      source: "E-POST-US",
      days: 5,
      localDays: 2,
      deliveryWeekdays: MON_SAT,
      cutoff: "17:00",
      saturdayCutoff: "13:00",
      slowPostingExtraDays: 1,
    },
    // Royal Mail 1st class, padded to 3 working days; no Sunday or bank-holiday collections.
    GB: { source: "E-POST-GB", days: 3, deliveryWeekdays: MON_FRI, cutoff: "17:00", saturdayCutoff: "12:00" },
    // Canada Post lettermail: 2 local, 4 national business days (3 within a province is not modelled: we take 4).
    CA: { source: "E-POST-CA", days: 4, localDays: 2, deliveryWeekdays: MON_FRI, cutoff: "17:00" },
    // Deutsche Post: 99% by the 4th Werktag; a Werktag includes Saturday.
    DE: { source: "E-POST-DE", days: 4, deliveryWeekdays: MON_SAT, cutoff: "17:00", saturdayCutoff: "12:00" },
    EU: { source: "E-POST-INTL", days: 5, deliveryWeekdays: MON_FRI, cutoff: "17:00" },
    INTL: { source: "E-POST-INTL", days: 10, deliveryWeekdays: MON_FRI, cutoff: "17:00" },
    DEFAULT: { source: "E-POST-INTL", days: 10, deliveryWeekdays: MON_FRI, cutoff: "17:00" },
  },
  decision: { defaultBusinessDays: 5 },
  followUp: {
    callingWindows: {
      "1": [{ start: "13:30", end: "15:30" }],
      "2": [
        { start: "09:30", end: "11:30" },
        { start: "13:30", end: "15:30" },
      ],
      "3": [
        { start: "09:30", end: "11:30" },
        { start: "13:30", end: "15:30" },
      ],
      "4": [
        { start: "09:30", end: "11:30" },
        { start: "13:30", end: "15:30" },
      ],
      "5": [{ start: "09:30", end: "11:30" }],
    },
    touches: 3,
    gapBusinessDays: 5,
    firstAfterBusinessDays: 1,
  },
  outcome: { rejectionReplyBusinessDays: 2, offerResponseBusinessDays: 2 },
});

/** The EU member states, for the cross-border postal standard (E-POST-INTL). */
export const EU_COUNTRIES: ReadonlySet<string> = new Set(
  "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" "),
);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
