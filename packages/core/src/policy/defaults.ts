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

/**
 * The candidate's own day: when afterview may ask them to do something. Wall-clock time in the
 * candidate's zone, the same on every day. Calls fall where these hours meet the employer's calling
 * windows, emails to send where they meet the employer's business hours; writing may fall on any day.
 */
export interface CandidateHours {
  /** The candidate's day starts at, `"HH:MM"`. "08:00" (E-FU-HOURS, inferred). */
  start: TimeOfDay;
  /** …and ends at, `"HH:MM"`, later than `start`. "20:00" (E-FU-HOURS, inferred). */
  end: TimeOfDay;
  /** Whether calls may fall on the candidate's weekend days (their country's weekend). false: calls on their weekdays only (E-FU-HOURS, inferred). */
  weekendCalls: boolean;
}

/** The full set of defaults. */
export interface Policy {
  /** When the candidate is asked to act: 08:00–20:00 their time, calls on their weekdays (E-FU-HOURS, inferred). */
  candidateHours: CandidateHours;
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
  negotiation: NegotiationPolicy;
}

/**
 * The negotiation heuristics' defaults (see `docs/rules.md`, "Negotiation"). Shares are fractions
 * (`0.10` is 10%); leverage is a number from 0 (none) to 1 (all factors in the candidate's favour).
 */
export interface NegotiationPolicy {
  /** The ask above the offer at neutral leverage (0.5); it runs from half to 1.5 times this as leverage goes 0 → 1. 0.10 (E-NEG-SIZE). */
  askRaise: number;
  /** The ask never exceeds the offer by more than this share, unless a competing offer is higher. 0.20 (E-NEG-SIZE, upper end). */
  maxAskRaise: number;
  /** With no range and no market data, the employer's room is taken to be this share above the offer. 0.10 (E-NEG-ROOM). */
  estimatedRoom: number;
  /** How far into the range the counter reaches at leverage 0 and at leverage 1 (0 = minimum, 1 = maximum): the upper half only when leverage warrants. 0.25 → 0.75 (E-NEG-RANGE, inferred). */
  counterPosition: { low: number; high: number };
  /** The target is this share of the way from the offer to the ask: askers often settle between the two. 0.5 (E-NEG-PAYS, inferred). */
  settleShare: number;
  /** An offer at or above this market percentile, with no leverage, is worth accepting. 75 (E-NEG-RANGE, inferred). */
  acceptAtPercentile: 25 | 50 | 75 | 90;
  /** How much each factor moves leverage away from the neutral 0.5 (inferred from E-NEG-RANGE). */
  leverageWeights: {
    /** Years of experience beyond (or short of) the requirement, relative to it, capped at ±100%. 0.2 */
    experience: number;
    /** `strong` fit adds it, `partial` takes it away. 0.2 */
    fit: number;
    /** An offer below the market median adds it; one at or above the 75th percentile takes it away. 0.1 */
    market: number;
    /** A competing offer that pays more adds it. 0.2 */
    competingOffer: number;
  };
  /** Risk score = (ask − offer) / offer ÷ `riskFullRaise`, plus `riskNoCompetingOffer` without a better offer in hand; low ≤ 0.5 < medium ≤ 1 < high. 0.25: past the 10–20% of common advice (E-NEG-SIZE, inferred). */
  riskFullRaise: number;
  /** What having no better competing offer adds to the risk score. 0.25 (inferred). */
  riskNoCompetingOffer: number;
  /** Hours worked per week, to compare hourly pay with a salary. 40 (inferred). */
  hoursPerWeek: number;
  /** Paid weeks per year, to compare hourly pay with a salary. 52 (inferred). */
  weeksPerYear: number;
  /** Working days per week, to value a paid day off. 5 (inferred). */
  daysPerWeek: number;
  /** Years over which offers are averaged to give their annualised value (a common vesting schedule). 4 (inferred). */
  compareYears: number;
  /** Levers when the base cannot move (E-NEG-LEVERS). */
  levers: {
    /** A later start date, in weeks. 2–6 (E-NEG-LEVERS). */
    startDateWeeks: { min: number; max: number };
    /** Extra paid days off per year. 5–10 (E-NEG-LEVERS). */
    extraPtoDays: { min: number; max: number };
    /** An early pay review after this many months. 6 (E-NEG-LEVERS, inferred). */
    reviewMonths: number;
  };
  /** Business days the candidate has to tell other employers about an offer's deadline. 1 (inferred). */
  shareDeadlineBusinessDays: number;
}

const MON_SAT = [1, 2, 3, 4, 5, 6];
const MON_FRI = [1, 2, 3, 4, 5];

/** The defaults, frozen. Read them; change them only through {@link PolicyOverrides}. */
export const DEFAULT_POLICY: Readonly<Policy> = /* @__PURE__ */ deepFreeze({
  // E-FU-HOURS: 08:00–21:00 is the legal outer bound for calling anyone; a candidate's own day is narrower.
  candidateHours: { start: "08:00", end: "20:00", weekendCalls: false },
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
  negotiation: {
    askRaise: 0.1,
    maxAskRaise: 0.2,
    estimatedRoom: 0.1,
    counterPosition: { low: 0.25, high: 0.75 },
    settleShare: 0.5,
    acceptAtPercentile: 75,
    leverageWeights: { experience: 0.2, fit: 0.2, market: 0.1, competingOffer: 0.2 },
    riskFullRaise: 0.25,
    riskNoCompetingOffer: 0.25,
    hoursPerWeek: 40,
    weeksPerYear: 52,
    daysPerWeek: 5,
    compareYears: 4,
    levers: { startDateWeeks: { min: 2, max: 6 }, extraPtoDays: { min: 5, max: 10 }, reviewMonths: 6 },
    shareDeadlineBusinessDays: 1,
  },
});

/** The EU member states, for the cross-border postal standard (E-POST-INTL). */
export const EU_COUNTRIES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" "),
);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
