import * as z from "zod/mini";

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const timeOfDay = z.string().check(z.regex(TIME, { error: 'expected a 24-hour time "HH:MM"' }));
const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max));
const window = z
  .object({ start: timeOfDay, end: timeOfDay })
  .check(z.refine((w) => w.start < w.end, { error: "end must be later than start", path: ["end"] }));
const weekdays = z.array(z.int().check(z.minimum(1), z.maximum(7))).check(z.maxLength(7));

const postalService = z.object({
  source: z.optional(z.string().check(z.maxLength(40))),
  days: z.optional(count(60)),
  localDays: z.optional(count(60)),
  deliveryWeekdays: z.optional(weekdays.check(z.minLength(1))),
  cutoff: z.optional(timeOfDay),
  saturdayCutoff: z.optional(timeOfDay),
  slowPostingExtraDays: z.optional(count(10)),
});

const share = (max: number) => z.number().check(z.gte(0), z.lte(max));
const span = (max: number) =>
  z
    .strictObject({
      min: z.int().check(z.minimum(0), z.maximum(max)),
      max: z.int().check(z.minimum(0), z.maximum(max)),
    })
    .check(z.refine((s) => s.min <= s.max, { error: "must be at least min", path: ["max"] }));

const negotiation = z
  .strictObject({
    askRaise: z.optional(share(1)),
    maxAskRaise: z.optional(share(2)),
    estimatedRoom: z.optional(share(1)),
    settleShare: z.optional(share(1)),
    counterPosition: z.optional(
      z
        .strictObject({ low: share(1), high: share(1) })
        .check(z.refine((t) => t.low <= t.high, { error: "must be at least low", path: ["high"] })),
    ),
    acceptAtPercentile: z.optional(z.union([z.literal(25), z.literal(50), z.literal(75), z.literal(90)])),
    leverageWeights: z.optional(
      z.strictObject({
        experience: z.optional(share(1)),
        fit: z.optional(share(1)),
        market: z.optional(share(1)),
        competingOffer: z.optional(share(1)),
      }),
    ),
    riskFullRaise: z.optional(z.number().check(z.gt(0), z.lte(10))),
    riskNoCompetingOffer: z.optional(share(10)),
    hoursPerWeek: z.optional(z.number().check(z.gt(0), z.lte(168))),
    weeksPerYear: z.optional(z.number().check(z.gt(0), z.lte(53))),
    daysPerWeek: z.optional(z.number().check(z.gt(0), z.lte(7))),
    compareYears: z.optional(z.int().check(z.minimum(1), z.maximum(10))),
    levers: z.optional(
      z.strictObject({
        startDateWeeks: z.optional(span(52)),
        extraPtoDays: z.optional(span(60)),
        reviewMonths: z.optional(z.int().check(z.minimum(1), z.maximum(24))),
      }),
    ),
    shareDeadlineBusinessDays: z.optional(z.int().check(z.minimum(0), z.maximum(30))),
  })
  .check(
    z.superRefine((n, ctx) => {
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

/** The zod schema of {@link PolicyOverrides}. Every field optional; unknown keys are refused so a typo is caught. */
export const PolicyOverridesSchema = z.strictObject({
  thankYou: z.optional(
    z.strictObject({
      travelMinutes: z.optional(count(24 * 60)),
      writeBy: z.optional(timeOfDay),
      lateAfter: z.optional(timeOfDay),
      lateWriteBy: z.optional(timeOfDay),
      channel: z.optional(z.enum(["auto", "email", "postal", "email-then-postal"])),
      postalMarginBusinessDays: z.optional(count(30)),
      emailWithinHours: z.optional(count(24 * 14)),
      businessHours: z.optional(window),
    }),
  ),
  postal: z.optional(
    z.record(
      z
        .string()
        .check(z.regex(/^(?:[A-Z]{2}|EU|INTL|DEFAULT)$/, { error: "expected a country code, EU, INTL or DEFAULT" })),
      postalService,
    ),
  ),
  decision: z.optional(z.strictObject({ defaultBusinessDays: z.optional(count(260)) })),
  followUp: z.optional(
    z.strictObject({
      callingWindows: z.optional(
        z.partialRecord(z.enum(["1", "2", "3", "4", "5", "6", "7"]), z.array(window).check(z.maxLength(12))),
      ),
      touches: z.optional(z.int().check(z.minimum(1), z.maximum(10))),
      gapBusinessDays: z.optional(z.int().check(z.minimum(1), z.maximum(60))),
      firstAfterBusinessDays: z.optional(z.int().check(z.minimum(1), z.maximum(60))),
    }),
  ),
  outcome: z.optional(
    z.strictObject({
      rejectionReplyBusinessDays: z.optional(z.int().check(z.minimum(1), z.maximum(30))),
      offerResponseBusinessDays: z.optional(z.int().check(z.minimum(1), z.maximum(30))),
    }),
  ),
  negotiation: z.optional(negotiation),
});

/**
 * Changes to the defaults in {@link DEFAULT_POLICY}; any field may be left out.
 * Calling windows replace the whole week when given (a weekday left out has no window).
 */
export type PolicyOverrides = z.infer<typeof PolicyOverridesSchema>;
