import * as z from "zod/mini";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { CurrencyCode, InstantString } from "../model/fields.js";
import { findForbiddenKeys } from "../model/forbidden-keys.js";
import { LIMITS } from "../model/limits.js";
import { toValidationIssues } from "../model/messages.js";
import { type Money, type Offer, OfferSchema } from "../model/offer.js";
import type { Why } from "../model/plan.js";
import { type Exact, exact, ratioOf, scale, toMoney } from "../money/exact.js";
import { convertCurrency, type ExchangeRates } from "../money/exchange.js";
import { convertPeriod } from "../money/pay-period.js";
import { show } from "../negotiation/wording.js";
import { resolvePolicy } from "../policy/resolve-policy.js";
import { toZonedDateTime } from "../time/instant.js";

/** The zod schema of {@link CompareOffersContext}. */
export const CompareOffersContextSchema = /* @__PURE__ */ z.strictObject({
  currency: /* @__PURE__ */ z.optional(CurrencyCode),
  rates: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(
      CurrencyCode,
      /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(1e9)),
    ),
  ),
  now: /* @__PURE__ */ z.optional(InstantString),
  policy: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});

/**
 * How to compare offers: `currency` to compare in (default: the first offer's base currency), `rates`
 * into it (`{ EUR: 1.08 }`: one euro is 1.08 of it), `now` to mark passed deadlines, `policy` overrides
 * (hours per week, weeks per year, days per week, years to average over).
 */
export type CompareOffersContext = z.infer<typeof CompareOffersContextSchema>;

/** One offer's pay broken down per year, in the comparison currency. */
export interface OfferValue {
  /** Base pay for a year. */
  base: Money;
  /** The target bonus for a year. */
  bonus: Money;
  /** The sign-on bonus (paid once, in the first year). */
  signOn: Money;
  /** Equity vesting in the first year (none before a cliff of more than 12 months). */
  equityFirstYear: Money;
  /** Equity vested over the comparison horizon, per year. */
  equityPerYear: Money;
  /** Paid days off valued at the daily base rate. */
  pto: Money;
}

/** One offer in the comparison, ranked. */
export interface RankedOffer {
  /** The offer's `id`, or `offer-N` (1-based input position). */
  id: string;
  /** 1 for the best annualised total; ties share the better rank's order by first year, then input order. */
  rank: number;
  /** Position in the input array. */
  index: number;
  parts: OfferValue;
  /** Base + bonus + sign-on + first-year equity + PTO value. */
  firstYear: Money;
  /** The yearly average over `compareYears` (4): base, bonus and PTO value, plus sign-on and vested equity spread over the years. */
  annualised: Money;
  /** How far below the best offer's annualised total (0 for the best). */
  behindBest: Money;
  deadline?: string;
  /** True when `now` was given and the deadline has passed. */
  deadlinePassed?: boolean;
}

/** Offers compared: ranked best first, with the reasons and the deadlines soonest first. */
export interface OfferComparison {
  currency: string;
  offers: RankedOffer[];
  /** Deadlines, soonest first. */
  deadlines: { id: string; deadline: string; passed?: boolean }[];
  why: Why[];
}

function parseInputs(offers: unknown, context: unknown): { offers: Offer[]; ctx: CompareOffersContext } {
  const issues = [...findForbiddenKeys({ offers, context })];
  if (issues.length > 0) throw new AfterviewValidationError(issues, { subject: "offers" });
  const schema = z.strictObject({
    offers: z.array(OfferSchema).check(z.minLength(1), z.maxLength(LIMITS.smallList)),
    context: z.optional(CompareOffersContextSchema),
  });
  const result = z.safeParse(schema, { offers, context }, { reportInput: true });
  if (!result.success) {
    throw new AfterviewValidationError(toValidationIssues(result.error.issues), {
      subject: "offers",
      cause: result.error,
    });
  }
  return { offers: result.data.offers, ctx: result.data.context ?? {} };
}

const sum = (currency: string, ...xs: Exact[]): Exact => ({ units: xs.reduce((a, x) => a + x.units, 0n), currency });

/**
 * Compares offers on first-year and annualised total pay: base, target bonus, sign-on, equity over its
 * vesting, and paid days off valued at the daily base rate; ranks them (annualised, then first year,
 * then input order), explains each one's difference from the best, and lists deadlines soonest first.
 * Hourly and monthly pay are made yearly with `policy.negotiation.hoursPerWeek` × `weeksPerYear`
 * (40 × 52) and 12 months; other currencies need `rates`.
 *
 * @throws {AfterviewValidationError} for offers or a context that do not validate (`offers[1].base.currency`).
 * @throws {AfterviewError} `currency-mismatch` when an amount is in another currency and `rates` lacks it.
 * @example
 * ```ts
 * const c = compareOffers([
 *   { id: "acme", base: { amount: 100000, currency: "USD" }, period: "year" },
 *   { id: "globex", base: { amount: 50, currency: "USD" }, period: "hour", ptoDays: 10 },
 * ]);
 * c.offers.map((o) => [o.id, o.annualised.amount]);
 * //=> [["globex", 108000], ["acme", 100000]] (104,000 + 10 days off at 400 a day)
 * ```
 */
export function compareOffers(offers: Offer[], context?: CompareOffersContext): OfferComparison {
  const { offers: list, ctx } = parseInputs(offers, context);
  const policy = resolvePolicy(ctx.policy).negotiation;
  const currency = ctx.currency ?? list[0]!.base.currency;
  const rates: ExchangeRates | undefined = ctx.rates;
  const years = BigInt(policy.compareYears);
  const now = ctx.now === undefined ? undefined : toZonedDateTime(ctx.now, "now").epochNanoseconds;

  const valued = list.map((offer, index) => {
    const id = offer.id ?? `offer-${index + 1}`;
    const into = (value: Exact, what: string) => convertCurrency(value, currency, rates, `offers[${index}].${what}`);
    const base = convertPeriod(into(exact(offer.base), "base"), offer.period, "year", policy);
    const zero: Exact = { units: 0n, currency };
    const bonus = offer.targetBonus
      ? offer.targetBonus.amount
        ? into(exact(offer.targetBonus.amount), "targetBonus.amount")
        : { units: scale(base.units, ratioOf(offer.targetBonus.percent! / 100), "half-up"), currency }
      : zero;
    const signOn = offer.signOnBonus ? into(exact(offer.signOnBonus), "signOnBonus") : zero;
    let equityFirstYear = zero;
    let equityPerYear = zero;
    if (offer.equity) {
      const grant = into(exact(offer.equity.amount), "equity.amount");
      const vesting = ratioOf(offer.equity.vestingYears);
      // Share vested by a year mark t: 1 when vesting is 0, else min(1, t / vestingYears); none before the cliff.
      const vestedBy = (t: bigint): Exact => {
        if (vesting.num === 0n) return grant;
        if ((offer.equity!.cliffMonths ?? 0) > Number(t) * 12) return zero;
        const share =
          t * vesting.den >= vesting.num ? { num: 1n, den: 1n } : { num: t * vesting.den, den: vesting.num };
        return { units: scale(grant.units, share, "down"), currency };
      };
      equityFirstYear = vestedBy(1n);
      equityPerYear = { units: vestedBy(years).units / years, currency };
    }
    // A paid day off is worth a day's base pay: the yearly base over weeksPerYear × daysPerWeek working days.
    const workdays = ratioOf(policy.weeksPerYear * policy.daysPerWeek);
    const pto = offer.ptoDays
      ? {
          units: scale(base.units * BigInt(offer.ptoDays), { num: workdays.den, den: workdays.num }, "half-up"),
          currency,
        }
      : zero;
    const firstYear = sum(currency, base, bonus, signOn, equityFirstYear, pto);
    const annualised = sum(currency, base, bonus, { units: signOn.units / years, currency }, equityPerYear, pto);
    return {
      offer,
      id,
      index,
      parts: { base, bonus, signOn, equityFirstYear, equityPerYear, pto },
      firstYear,
      annualised,
    };
  });

  const order = [...valued].sort(
    (a, b) =>
      cmp(b.annualised.units, a.annualised.units) || cmp(b.firstYear.units, a.firstYear.units) || a.index - b.index,
  );
  const best = order[0]!;
  const why: Why[] = [
    {
      rule: "offers.compare",
      text: `Offers compared per year in ${currency}: base, target bonus, paid days off at the daily rate (${policy.weeksPerYear} weeks of ${policy.daysPerWeek} days), and sign-on and equity averaged over ${policy.compareYears} years; hourly pay at ${policy.hoursPerWeek} hours a week.`,
      source: "E-NEG-LEVERS",
    },
  ];
  const ranked: RankedOffer[] = order.map((v, i) => {
    const behind: Exact = { units: best.annualised.units - v.annualised.units, currency };
    if (i > 0) why.push({ rule: "offers.difference", text: explain(v, best, behind), source: "E-NEG-LEVERS" });
    const out: RankedOffer = {
      id: v.id,
      rank: i + 1,
      index: v.index,
      parts: {
        base: toMoney(v.parts.base),
        bonus: toMoney(v.parts.bonus),
        signOn: toMoney(v.parts.signOn),
        equityFirstYear: toMoney(v.parts.equityFirstYear),
        equityPerYear: toMoney(v.parts.equityPerYear),
        pto: toMoney(v.parts.pto),
      },
      firstYear: toMoney(v.firstYear),
      annualised: toMoney(v.annualised),
      behindBest: toMoney(behind),
    };
    if (v.offer.deadline !== undefined) {
      out.deadline = v.offer.deadline;
      if (now !== undefined) out.deadlinePassed = toZonedDateTime(v.offer.deadline, "deadline").epochNanoseconds < now;
    }
    return out;
  });
  const deadlines = ranked
    .filter((r) => r.deadline !== undefined)
    .map((r) => ({
      id: r.id,
      deadline: r.deadline!,
      at: toZonedDateTime(r.deadline, "deadline").epochNanoseconds,
      ...(r.deadlinePassed === undefined ? {} : { passed: r.deadlinePassed }),
    }))
    .sort((a, b) => cmp(a.at, b.at))
    .map(({ at: _at, ...rest }) => rest);
  if (deadlines.length > 0) {
    const first = deadlines[0]!;
    why.push({
      rule: "offers.deadline",
      text: `${first.id} must be answered first, by ${first.deadline}: ask the others whether they can decide by then.`,
      source: "E-NEG-ROOM",
    });
  }
  return { currency, offers: ranked, deadlines, why };
}

function cmp(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Valued = { id: string; parts: Record<string, Exact> };

function explain(v: Valued, best: Valued, behind: Exact): string {
  const labels: Record<string, string> = {
    base: "base",
    bonus: "bonus",
    equityPerYear: "equity",
    pto: "days off",
  };
  const parts = Object.entries(labels)
    .map(([key, label]) => ({ label, delta: v.parts[key]!.units - best.parts[key]!.units }))
    .filter((p) => p.delta !== 0n)
    .map(
      (p) =>
        `${p.label} ${p.delta > 0n ? "+" : "−"}${show({ units: p.delta > 0n ? p.delta : -p.delta, currency: behind.currency })}`,
    );
  const detail = parts.length > 0 ? ` (${parts.join(", ")} a year)` : "";
  return `${v.id} is worth ${show(behind)} a year less than ${best.id}${detail}.`;
}
