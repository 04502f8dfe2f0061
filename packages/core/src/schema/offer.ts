import * as z from "zod/mini";
import { decimalPlaces, largestExactAmount } from "../money/decimals.js";
import { currencyMinorUnits } from "./currencies.js";
import { PAY_PERIODS, type PayPeriod, RANGE_SOURCES, type RangeSource } from "./enums.js";
import { boundedInt, boundedNumber, CurrencyCode, DateString, InstantString, text } from "./fields.js";

/** The largest amount accepted (10^12 major units): far above any pay, well inside exact doubles. */
export const MAX_AMOUNT = 1e12;

/**
 * An amount of money in major units (dollars, not cents) of an ISO 4217 currency, with no more
 * decimals than the currency's minor unit (`95000.5` USD is fine, `1000.5` JPY is not).
 * The amount is finite and between 0 and 10^12.
 */
export const MoneySchema = /* @__PURE__ */ z
  .strictObject({ amount: /* @__PURE__ */ boundedNumber(0, MAX_AMOUNT), currency: CurrencyCode })
  .check(
    /* @__PURE__ */ z.superRefine((money, ctx) => {
      const digits = currencyMinorUnits(money.currency);
      if (digits === undefined) return;
      const issue = amountIssue(money.amount, money.currency, digits);
      if (issue) ctx.addIssue({ code: "custom", path: ["amount"], input: money.amount, ...issue });
    }),
  ) satisfies z.ZodMiniType<Money>;

/**
 * Why `amount` is not an exact amount of `currency` (more decimals than its minor unit, or more
 * minor units than a safe integer holds), or `undefined` when it is.
 */
function amountIssue(
  amount: number,
  currency: string,
  digits: number,
): { params: { code: string }; message: string } | undefined {
  if (decimalPlaces(amount) > digits) {
    return {
      params: { code: "too-precise" },
      message: `${amount} has more decimals than ${currency} allows (${digits})`,
    };
  }
  const largest = largestExactAmount(digits);
  if (amount > largest) {
    return {
      params: { code: "too-large" },
      message: `${amount} ${currency} is more than can be counted exactly in its minor units (at most ${largest})`,
    };
  }
  return undefined;
}

/**
 * An amount of money in one currency, in major units: dollars, not cents. Its schema is
 * {@link MoneySchema}.
 *
 * @example
 * ```ts
 * const base: Money = { amount: 95000, currency: "USD" };
 * ```
 */
export interface Money {
  /**
   * How much, in major units of `currency` (`95000.5` is 95,000 dollars and 50 cents). Finite, from
   * 0 to 10^12, with no more decimals than the currency's minor unit allows (`1000.5` JPY is refused:
   * the yen has none). Core counts it exactly in minor units, so no rounding creeps in.
   */
  amount: number;
  /** The currency, as an upper-case ISO 4217 code in use (`"USD"`, `"EUR"`, `"JPY"`); `"usd"` is refused with the fix. */
  currency: string;
}

const RangeSchema = /* @__PURE__ */ z
  .strictObject({
    min: /* @__PURE__ */ boundedNumber(0, MAX_AMOUNT),
    max: /* @__PURE__ */ boundedNumber(0, MAX_AMOUNT),
    source: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(RANGE_SOURCES)),
  })
  .check(
    /* @__PURE__ */ z.superRefine((range, ctx) => {
      if (range.min > range.max) {
        ctx.addIssue({
          code: "custom",
          path: ["max"],
          input: range.max,
          params: { code: "range-order" },
          message: `must be at least min (${range.min})`,
        });
      }
    }),
  );

const EquitySchema = /* @__PURE__ */ z.strictObject({
  amount: MoneySchema,
  vestingYears: /* @__PURE__ */ boundedNumber(0, 10),
  cliffMonths: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedInt(0, 120)),
});

/**
 * The yearly bonus the employer targets: a share of the yearly base (`{ percent: 10 }`) or an amount
 * per year (`{ amount: { amount: 9000, currency: "USD" } }`), exactly one of the two.
 */
const TargetBonusSchema = /* @__PURE__ */ z
  .strictObject({
    percent: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedNumber(0, 1000)),
    amount: /* @__PURE__ */ z.optional(MoneySchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((bonus, ctx) => {
      if ((bonus.percent === undefined) === (bonus.amount === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: [],
          input: bonus,
          params: { code: "one-of" },
          message: "give either percent or amount, not both or neither",
        });
      }
    }),
  );

/**
 * A job offer. `base` is paid per `period`; `range` is the employer's pay range for the role in the
 * same currency and period (`min` ≤ `max`); `salaryFixed` says base pay is not negotiable.
 * `startDate` is a `YYYY-MM-DD` date, `deadline` an instant with an offset or `[zone]`.
 * `signOnBonus` is paid once; `targetBonus` yearly; `equity` is a grant vesting over `vestingYears`.
 * Money in another currency than `base` is compared only with rates the caller gives.
 * Unknown keys are refused so a misspelt field is reported, not ignored.
 */
export const OfferSchema = /* @__PURE__ */ z
  .strictObject({
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ text("id")),
    base: MoneySchema,
    period: /* @__PURE__ */ z.enum(PAY_PERIODS),
    range: /* @__PURE__ */ z.optional(RangeSchema),
    salaryFixed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    signOnBonus: /* @__PURE__ */ z.optional(MoneySchema),
    targetBonus: /* @__PURE__ */ z.optional(TargetBonusSchema),
    equity: /* @__PURE__ */ z.optional(EquitySchema),
    ptoDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedInt(0, 366)),
    startDate: /* @__PURE__ */ z.optional(DateString),
    deadline: /* @__PURE__ */ z.optional(InstantString),
  })
  .check(
    /* @__PURE__ */ z.superRefine((offer, ctx) => {
      // The range is in the base's currency, so its figures are held to the same minor unit.
      const digits = currencyMinorUnits(offer.base.currency);
      if (digits === undefined || !offer.range) return;
      for (const key of ["min", "max"] as const) {
        const issue = amountIssue(offer.range[key], offer.base.currency, digits);
        if (issue) ctx.addIssue({ code: "custom", path: ["range", key], input: offer.range[key], ...issue });
      }
    }),
  ) satisfies z.ZodMiniType<Offer>;

/**
 * A job offer: the base pay and whatever else the employer put on the table. A term the offer does
 * not state is unknown, not zero: write `0` for a term the offer truly does not have (no sign-on
 * bonus, no equity). Unknown keys are refused, so a misspelt field is reported instead of ignored.
 * Its schema is {@link OfferSchema}.
 *
 * @example
 * ```ts
 * const offer: Offer = {
 *   id: "acme",
 *   base: { amount: 95000, currency: "USD" },
 *   period: "year",
 *   range: { min: 90000, max: 120000, source: "posted" },
 *   ptoDays: 20,
 *   deadline: "2026-12-11T17:00:00-05:00[America/New_York]",
 * };
 * ```
 */
export interface Offer {
  /** Your name for the offer (`"acme"`), up to 200 characters. `compareOffers` names it so; without one it is `offer-1`, `offer-2`… by position. */
  id?: string | undefined;
  /** The base pay, paid once per `period`: the figure the negotiation advice counters. */
  base: Money;
  /**
   * How often `base` is paid. To compare hourly and monthly pay with a salary, core makes them yearly
   * with `policy.negotiation.hoursPerWeek` × `weeksPerYear` (40 × 52) and 12 months.
   */
  period: PayPeriod;
  /**
   * The employer's pay range for the role, in the currency and period of `base`. The advice places
   * its counter inside it (E-NEG-RANGE); without it, a range is estimated from market pay, else
   * from the room most employers leave (E-NEG-ROOM).
   */
  range?:
    | {
        /** The bottom of the range, in major units (0 to 10^12, with no more decimals than the currency allows). */
        min: number;
        /** The top of the range, in major units; at least `min`. */
        max: number;
        /** Where the range came from. Absent reads as `given`: the range the employer gave when asked. */
        source?: RangeSource | undefined;
      }
    | undefined;
  /**
   * `true` when the employer said the base pay cannot move. The advice then leaves the base alone and
   * asks for other terms instead (sign-on bonus, start date, days off, an early review). Absent means
   * the base may be negotiable.
   */
  salaryFixed?: boolean | undefined;
  /** A bonus paid once, on joining. `compareOffers` counts it in the first year and spreads it over `compareYears` (4) for the yearly average. */
  signOnBonus?: Money | undefined;
  /**
   * The yearly bonus the employer targets: either a share of the yearly base (`{ percent: 10 }`) or an
   * amount a year (`{ amount: { amount: 9000, currency: "USD" } }`), exactly one of the two.
   */
  targetBonus?:
    | {
        /** The bonus as a percentage of the yearly base: `10` is 10%. From 0 to 1000. */
        percent?: number | undefined;
        /** The bonus as an amount per year. */
        amount?: Money | undefined;
      }
    | undefined;
  /** A grant of shares or options, vesting evenly over `vestingYears` after an optional cliff. */
  equity?:
    | {
        /** The grant's whole value at the offer's valuation: the total, not a yearly amount. */
        amount: Money;
        /** Years over which the grant vests evenly, 0 to 10 (fractions allowed); 0 means it vests at once. */
        vestingYears: number;
        /** Months before the first shares vest (commonly 12), a whole number from 0 to 120; nothing vests before. Absent means no cliff. */
        cliffMonths?: number | undefined;
      }
    | undefined;
  /** Paid days off a year, a whole number from 0 to 366. `compareOffers` values each day at the daily base rate. */
  ptoDays?: number | undefined;
  /** The first day of work, a calendar date `YYYY-MM-DD` (`"2027-01-11"`); the letters about the offer repeat it. */
  startDate?: string | undefined;
  /**
   * When the offer must be answered: an ISO 8601 instant with an offset or a `[zone]`, as
   * `2026-12-11T17:00:00-05:00[America/New_York]`. The plan's answer to the offer is due by then;
   * without one it is due `policy.outcome.offerResponseBusinessDays` (2) business days after the offer
   * arrives (E-NEG-ROOM).
   */
  deadline?: string | undefined;
}
