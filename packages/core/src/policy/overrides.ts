import * as z from "zod/mini";
import { DEFAULT_POLICY, type TimeOfDay, type TimeWindow } from "./defaults.js";

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const timeOfDay = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(TIME, { error: 'expected a 24-hour time "HH:MM"' }));
const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max));
const window = /* @__PURE__ */ z
  .object({ start: timeOfDay, end: timeOfDay })
  .check(/* @__PURE__ */ z.refine((w) => w.start < w.end, { error: "end must be later than start", path: ["end"] }));
const weekdays = /* @__PURE__ */ z
  .array(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(7)))
  .check(/* @__PURE__ */ z.maxLength(7));

const postalService = /* @__PURE__ */ z.object({
  source: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(40))),
  days: /* @__PURE__ */ z.optional(/* @__PURE__ */ count(60)),
  localDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ count(60)),
  deliveryWeekdays: /* @__PURE__ */ z.optional(/* @__PURE__ */ weekdays.check(/* @__PURE__ */ z.minLength(1))),
  cutoff: /* @__PURE__ */ z.optional(timeOfDay),
  saturdayCutoff: /* @__PURE__ */ z.optional(timeOfDay),
  slowPostingExtraDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ count(10)),
});

const share = (max: number) => z.number().check(z.gte(0), z.lte(max));
const span = (max: number) =>
  z
    .strictObject({
      min: z.int().check(z.minimum(0), z.maximum(max)),
      max: z.int().check(z.minimum(0), z.maximum(max)),
    })
    .check(z.refine((s) => s.min <= s.max, { error: "must be at least min", path: ["max"] }));

const negotiation = /* @__PURE__ */ z
  .strictObject({
    askRaise: /* @__PURE__ */ z.optional(/* @__PURE__ */ share(1)),
    maxAskRaise: /* @__PURE__ */ z.optional(/* @__PURE__ */ share(2)),
    estimatedRoom: /* @__PURE__ */ z.optional(/* @__PURE__ */ share(1)),
    settleShare: /* @__PURE__ */ z.optional(/* @__PURE__ */ share(1)),
    counterPosition: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z
        .strictObject({ low: /* @__PURE__ */ share(1), high: /* @__PURE__ */ share(1) })
        .check(/* @__PURE__ */ z.refine((t) => t.low <= t.high, { error: "must be at least low", path: ["high"] })),
    ),
    acceptAtPercentile: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.union([
        /* @__PURE__ */ z.literal(25),
        /* @__PURE__ */ z.literal(50),
        /* @__PURE__ */ z.literal(75),
        /* @__PURE__ */ z.literal(90),
      ]),
    ),
    leverageWeights: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        experience: /* @__PURE__ */ z.optional(/* @__PURE__ */ share(1)),
        fit: /* @__PURE__ */ z.optional(/* @__PURE__ */ share(1)),
        market: /* @__PURE__ */ z.optional(/* @__PURE__ */ share(1)),
        competingOffer: /* @__PURE__ */ z.optional(/* @__PURE__ */ share(1)),
      }),
    ),
    riskFullRaise: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(10)),
    ),
    riskNoCompetingOffer: /* @__PURE__ */ z.optional(/* @__PURE__ */ share(10)),
    hoursPerWeek: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(168)),
    ),
    weeksPerYear: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(53)),
    ),
    daysPerWeek: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(7)),
    ),
    compareYears: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(10)),
    ),
    levers: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        startDateWeeks: /* @__PURE__ */ z.optional(/* @__PURE__ */ span(52)),
        extraPtoDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ span(60)),
        reviewMonths: /* @__PURE__ */ z.optional(
          /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(24)),
        ),
      }),
    ),
    shareDeadlineBusinessDays: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(30)),
    ),
  })
  .check(
    /* @__PURE__ */ z.superRefine((n, ctx) => {
      if (n.askRaise !== undefined && n.maxAskRaise !== undefined && n.askRaise > n.maxAskRaise) {
        ctx.addIssue({
          code: "custom",
          path: ["maxAskRaise"],
          input: n.maxAskRaise,
          message: "must be at least askRaise",
        });
      }
    }),
  );

// Checked against the default for the side left out, so `{ end: "07:00" }` is refused too.
const candidateHours = /* @__PURE__ */ z
  .strictObject({
    start: /* @__PURE__ */ z.optional(timeOfDay),
    end: /* @__PURE__ */ z.optional(timeOfDay),
    weekendCalls: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  })
  .check(
    /* @__PURE__ */ z.superRefine((h, ctx) => {
      const start = h.start ?? DEFAULT_POLICY.candidateHours.start;
      const end = h.end ?? DEFAULT_POLICY.candidateHours.end;
      // A malformed time has its own issue already; "HH:MM" strings compare in time order.
      if (!TIME.test(start) || !TIME.test(end) || start < end) return;
      const onEnd = h.end !== undefined;
      ctx.addIssue({
        code: "custom",
        path: [onEnd ? "end" : "start"],
        input: onEnd ? h.end : h.start,
        message: onEnd
          ? `must be later than start (${start}); the day cannot run past midnight`
          : `must be earlier than end (${end})`,
      });
    }),
  );

/** The zod schema of {@link PolicyOverrides}. Every field optional; unknown keys are refused so a typo is caught. */
export const PolicyOverridesSchema = /* @__PURE__ */ z.strictObject({
  candidateHours: /* @__PURE__ */ z.optional(candidateHours),
  thankYou: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      travelMinutes: /* @__PURE__ */ z.optional(/* @__PURE__ */ count(24 * 60)),
      writeBy: /* @__PURE__ */ z.optional(timeOfDay),
      lateAfter: /* @__PURE__ */ z.optional(timeOfDay),
      lateWriteBy: /* @__PURE__ */ z.optional(timeOfDay),
      channel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["auto", "email", "postal", "email-then-postal"])),
      postalMarginBusinessDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ count(30)),
      emailWithinHours: /* @__PURE__ */ z.optional(/* @__PURE__ */ count(24 * 14)),
      businessHours: /* @__PURE__ */ z.optional(window),
    }),
  ),
  postal: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(
      /* @__PURE__ */ z.string().check(
        /* @__PURE__ */ z.regex(/^(?:[A-Z]{2}|EU|INTL|DEFAULT)$/, {
          error: "expected a country code, EU, INTL or DEFAULT",
        }),
      ),
      postalService,
    ),
  ),
  decision: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({ defaultBusinessDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ count(260)) }),
  ),
  followUp: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      callingWindows: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z.partialRecord(
          /* @__PURE__ */ z.enum(["1", "2", "3", "4", "5", "6", "7"]),
          /* @__PURE__ */ z.array(window).check(/* @__PURE__ */ z.maxLength(12)),
        ),
      ),
      touches: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(10)),
      ),
      gapBusinessDays: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(60)),
      ),
      firstAfterBusinessDays: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(60)),
      ),
    }),
  ),
  outcome: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      rejectionReplyBusinessDays: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(30)),
      ),
      offerResponseBusinessDays: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(30)),
      ),
    }),
  ),
  negotiation: /* @__PURE__ */ z.optional(negotiation),
}) satisfies z.ZodMiniType<PolicyOverrides>;

/**
 * Changes to the defaults in {@link DEFAULT_POLICY}: give only what you want to change, and yours
 * wins. Sections merge field by field, except where a field says it is replaced whole. Times of day
 * are `"HH:MM"` on a 24-hour clock. Unknown keys are refused, so a typo is caught rather than
 * ignored. Its schema is {@link PolicyOverridesSchema}; `resolvePolicy` lays it over the defaults.
 *
 * @example
 * ```ts
 * const policy: PolicyOverrides = {
 *   candidateHours: { start: "07:30" },
 *   thankYou: { channel: "email" },
 *   followUp: { touches: 2 },
 * };
 * ```
 */
export interface PolicyOverrides {
  /** When the candidate may be asked to act, on their own clock, the same every day. */
  candidateHours?:
    | {
        /** When the candidate's day starts. Default `"08:00"` (E-FU-HOURS, inferred). */
        start?: TimeOfDay | undefined;
        /** When it ends, later than `start` (the day cannot run past midnight). Default `"20:00"` (E-FU-HOURS, inferred). */
        end?: TimeOfDay | undefined;
        /** Whether calls may fall on the candidate's weekend days. Default `false` (E-FU-HOURS, inferred). */
        weekendCalls?: boolean | undefined;
      }
    | undefined;
  /** When and how the thank-you letter is written and sent. */
  thankYou?:
    | {
        /** Minutes from the end of an onsite interview until the candidate is home to write, 0 to 1440. Default 60 (inferred from E-TY-TIMING). */
        travelMinutes?: number | undefined;
        /** The letter is written by this time the same evening, on the candidate's clock. Default `"21:00"` (E-TY-TIMING). */
        writeBy?: TimeOfDay | undefined;
        /** An interview ending after this time moves writing to the next day. Default `"19:00"` (E-TY-TIMING, inferred). */
        lateAfter?: TimeOfDay | undefined;
        /** …and then the letter is due by this time the next day. Default `"12:00"` (E-TY-TIMING, inferred). */
        lateWriteBy?: TimeOfDay | undefined;
        /** Which channel to use: `auto` posts only when the letter arrives in time, else emails (E-TY-CHANNEL); the others are followed as given. Default `"auto"`. */
        channel?: "auto" | "email" | "postal" | "email-then-postal" | undefined;
        /** How many employer business days before the earliest decision a posted letter must arrive, 0 to 30. Default 1 (E-TY-CHANNEL). */
        postalMarginBusinessDays?: number | undefined;
        /** An email is sent within this many hours of the interview's end when business hours allow, 0 to 336. Default 24 (E-TY-TIMING). */
        emailWithinHours?: number | undefined;
        /** The employer's business hours, used to time an email; replaced whole. Default 09:00–17:00 (inferred). */
        businessHours?: TimeWindow | undefined;
      }
    | undefined;
  /**
   * Postal services, keyed by an upper-case country code (`"US"`), `EU` (between two EU countries),
   * `INTL` (any other border) or `DEFAULT` (a country with no service of its own). Each service you
   * give is laid over the default for its key, or over `DEFAULT` for a new country. The defaults cover
   * US, GB, CA and DE (E-POST-US, E-POST-GB, E-POST-CA, E-POST-DE; E-POST-INTL for the rest).
   */
  postal?:
    | Record<
        string,
        {
          /** The evidence id of the service standard, up to 40 characters. */
          source?: string | undefined;
          /** The latest transit in delivery days, the posting day being day 0; 0 to 60. */
          days?: number | undefined;
          /** The latest transit when sender and recipient share a locality; 0 to 60. */
          localDays?: number | undefined;
          /** ISO weekdays (1 = Monday … 7 = Sunday) on which mail moves and is delivered; 1 to 7 of them. */
          deliveryWeekdays?: number[] | undefined;
          /** The weekday collection cut-off: a letter posted later counts as posted at the next collection. */
          cutoff?: TimeOfDay | undefined;
          /** The Saturday collection cut-off, when there is a Saturday collection. */
          saturdayCutoff?: TimeOfDay | undefined;
          /** Extra days when a letter is posted on a Saturday or the day before a holiday, 0 to 10 (USPS since 2025). */
          slowPostingExtraDays?: number | undefined;
        }
      >
    | undefined;
  /** The expected decision. */
  decision?:
    | {
        /** Business days the decision may take when the employer said nothing, 0 to 260. Default 5 (E-FU-STATED). */
        defaultBusinessDays?: number | undefined;
      }
    | undefined;
  /** The follow-up calls after the decision window. */
  followUp?:
    | {
        /**
         * Calling windows by ISO weekday, on the employer's clock: up to 12 per day. Given, it replaces
         * the whole week, so a weekday left out has no window. Default Monday 13:30–15:30, Tuesday to
         * Thursday 09:30–11:30 and 13:30–15:30, Friday 09:30–11:30 (E-FU-CALLTIME).
         */
        callingWindows?:
          | {
              /** Monday. */
              "1"?: TimeWindow[] | undefined;
              /** Tuesday. */
              "2"?: TimeWindow[] | undefined;
              /** Wednesday. */
              "3"?: TimeWindow[] | undefined;
              /** Thursday. */
              "4"?: TimeWindow[] | undefined;
              /** Friday. */
              "5"?: TimeWindow[] | undefined;
              /** Saturday. */
              "6"?: TimeWindow[] | undefined;
              /** Sunday. */
              "7"?: TimeWindow[] | undefined;
            }
          | undefined;
        /** How many touches in all, the first call included, 1 to 10. Default 3 (E-FU-STATED). */
        touches?: number | undefined;
        /** Business days between two touches, at least; 1 to 60. Default 5 (E-FU-STATED). */
        gapBusinessDays?: number | undefined;
        /** The first call comes this many business days after the decision window closes, 1 to 60. Default 1 (E-FU-STATED). */
        firstAfterBusinessDays?: number | undefined;
      }
    | undefined;
  /** What follows the employer's answer. */
  outcome?:
    | {
        /** A gracious reply to a rejection is due within this many business days, 1 to 30. Default 2 (inferred). */
        rejectionReplyBusinessDays?: number | undefined;
        /** An answer to an offer without a deadline is due within this many business days, 1 to 30. Default 2 (inferred, E-NEG-ROOM). */
        offerResponseBusinessDays?: number | undefined;
      }
    | undefined;
  /**
   * The negotiation heuristics. Shares are fractions (`0.1` is 10%); leverage runs from 0 (none) to 1
   * (everything in the candidate's favour), 0.5 being neutral.
   */
  negotiation?:
    | {
        /** The ask above the offer at neutral leverage, 0 to 1; it runs from half to 1.5 times this as leverage goes from 0 to 1. Default 0.1 (E-NEG-SIZE). */
        askRaise?: number | undefined;
        /** The most the ask exceeds the offer by, unless a competing offer is higher; 0 to 2, and at least `askRaise`. Default 0.2 (E-NEG-SIZE). */
        maxAskRaise?: number | undefined;
        /** With no range and no market data, the employer's room is taken to be this share above the offer, 0 to 1. Default 0.1 (E-NEG-ROOM). */
        estimatedRoom?: number | undefined;
        /** The target is this share of the way from the offer to the ask, 0 to 1. Default 0.5 (E-NEG-PAYS, inferred). */
        settleShare?: number | undefined;
        /**
         * How far into the range the counter reaches at leverage 0 (`low`) and at leverage 1 (`high`),
         * 0 being the range's minimum and 1 its maximum; replaced whole. Default 0.25 to 0.75
         * (E-NEG-RANGE, inferred).
         */
        counterPosition?:
          | {
              /** The position at leverage 0, 0 to 1. */
              low: number;
              /** The position at leverage 1, 0 to 1, at least `low`. */
              high: number;
            }
          | undefined;
        /** An offer at or above this market percentile, with nothing in the candidate's favour, is worth accepting. Default 75 (E-NEG-RANGE, inferred). */
        acceptAtPercentile?: 25 | 50 | 75 | 90 | undefined;
        /** How far each factor moves leverage away from 0.5, each 0 to 1 (inferred from E-NEG-RANGE). */
        leverageWeights?:
          | {
              /** Years of experience beyond or short of what the role asks, relative to it. Default 0.2. */
              experience?: number | undefined;
              /** A `strong` fit adds it, a `partial` one takes it away. Default 0.2. */
              fit?: number | undefined;
              /** An offer below the market median adds it; one at or above the 75th percentile takes it away. Default 0.1. */
              market?: number | undefined;
              /** A competing offer that pays more adds it. Default 0.2. */
              competingOffer?: number | undefined;
            }
          | undefined;
        /** The raise that counts as full risk: the risk score is the ask's raise over the offer divided by this; above 0, at most 10. Default 0.25 (E-NEG-SIZE, inferred). */
        riskFullRaise?: number | undefined;
        /** What having no better competing offer adds to the risk score, 0 to 10. Default 0.25 (inferred). */
        riskNoCompetingOffer?: number | undefined;
        /** Hours worked a week, to compare hourly pay with a salary; above 0, at most 168. Default 40 (inferred). */
        hoursPerWeek?: number | undefined;
        /** Paid weeks a year, to compare hourly pay with a salary; above 0, at most 53. Default 52 (inferred). */
        weeksPerYear?: number | undefined;
        /** Working days a week, to value a paid day off; above 0, at most 7. Default 5 (inferred). */
        daysPerWeek?: number | undefined;
        /** Years over which offers are averaged for their yearly value, a whole number from 1 to 10. Default 4 (inferred). */
        compareYears?: number | undefined;
        /** The other terms to ask for when the base cannot move (E-NEG-LEVERS). */
        levers?:
          | {
              /** A later start date, in whole weeks from 0 to 52; replaced whole. Default 2 to 6 (E-NEG-LEVERS). */
              startDateWeeks?:
                | {
                    /** The fewest weeks to ask for. */
                    min: number;
                    /** The most weeks to ask for, at least `min`. */
                    max: number;
                  }
                | undefined;
              /** Extra paid days off a year, whole days from 0 to 60; replaced whole. Default 5 to 10 (E-NEG-LEVERS). */
              extraPtoDays?:
                | {
                    /** The fewest days to ask for. */
                    min: number;
                    /** The most days to ask for, at least `min`. */
                    max: number;
                  }
                | undefined;
              /** An early pay review after this many months, 1 to 24. Default 6 (E-NEG-LEVERS, inferred). */
              reviewMonths?: number | undefined;
            }
          | undefined;
        /** Business days the candidate has to tell other employers about an offer's deadline, 0 to 30. Default 1 (inferred). */
        shareDeadlineBusinessDays?: number | undefined;
      }
    | undefined;
}
