import * as z from "zod/mini";
import { DEFAULT_POLICY } from "./defaults.js";

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
});

/**
 * Changes to the defaults in {@link DEFAULT_POLICY}; any field may be left out.
 * Calling windows replace the whole week when given (a weekday left out has no window).
 */
export type PolicyOverrides = z.infer<typeof PolicyOverridesSchema>;
