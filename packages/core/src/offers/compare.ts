import * as z from "zod/mini";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { type Exact, exact, ratioOf, scale, toMoney } from "../money/exact.js";
import { convertCurrency, type ExchangeRates } from "../money/exchange.js";
import { convertPeriod } from "../money/pay-period.js";
import { show } from "../negotiation/wording.js";
import { resolvePolicy } from "../policy/resolve-policy.js";
import { CurrencyCode, capped, InstantString } from "../schema/fields.js";
import { findForbiddenKeys } from "../schema/forbidden-keys.js";
import { toValidationIssues } from "../schema/messages.js";
import { type Money, type Offer, OfferSchema } from "../schema/offer.js";
import type { Why } from "../schema/plan.js";
import { toZonedDateTime } from "../time/instant.js";
import { daysOffValue } from "./day-rate.js";
import { breakEvens, sensitivityReasons } from "./sensitivity.js";
import { type OfferTerm, termsOf, unknownTerms } from "./unknown-terms.js";

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
}) satisfies z.ZodMiniType<CompareOffersContext>;

/**
 * How to compare offers: the currency to compare in, the rates into it, the current time for
 * deadlines, and policy overrides. Every field is optional; unknown keys are refused. Its schema is
 * {@link CompareOffersContextSchema}.
 *
 * @example
 * ```ts
 * const context: CompareOffersContext = {
 *   currency: "USD",
 *   rates: { EUR: 1.08 },
 *   now: "2026-12-02T09:00:00-05:00[America/New_York]",
 * };
 * ```
 */
export interface CompareOffersContext {
  /** The currency to compare in, as an upper-case ISO 4217 code. Absent means the first offer's base currency. */
  currency?: string | undefined;
  /**
   * Exchange rates into `currency`, for offers paid in another one: `{ EUR: 1.08 }` says one euro is
   * 1.08 of it. Keys are upper-case ISO 4217 codes; rates are above 0 and at most 10^9. An amount in a
   * currency with no rate is an error (`currency-mismatch`).
   */
  rates?: Record<string, number> | undefined;
  /**
   * The current time, to mark deadlines that have passed (`deadlinePassed`): an ISO 8601 instant with
   * an offset or a `[zone]`, as `2026-12-02T09:00:00-05:00[America/New_York]`. Absent, no deadline is
   * marked.
   */
  now?: string | undefined;
  /**
   * Changes to the defaults, as `PolicyOverrides`. The comparison reads `negotiation.hoursPerWeek`,
   * `weeksPerYear` and `daysPerWeek` (40, 52, 5) to make pay yearly and value days off, and
   * `negotiation.compareYears` (4) to average sign-on and equity. Typed `unknown` because
   * `resolvePolicy` validates it, naming fields under `policy`.
   */
  policy?: unknown;
}

/**
 * One offer's pay broken down per year, in the comparison currency. A part is `null` when the offer
 * does not state it (its term is in {@link RankedOffer.unknown}): unknown, not zero.
 */
export interface OfferValue {
  /** Base pay for a year. */
  base: Money;
  /** The target bonus for a year; `null` when `targetBonus` is unknown. */
  bonus: Money | null;
  /** The sign-on bonus (paid once, in the first year); `null` when `signOnBonus` is unknown. */
  signOn: Money | null;
  /** Equity vesting in the first year (none before a cliff of more than 12 months); `null` when `equity` is unknown. */
  equityFirstYear: Money | null;
  /** Equity vested over the comparison horizon, per year; `null` when `equity` is unknown. */
  equityPerYear: Money | null;
  /** Paid days off valued at the daily base rate; `null` when `ptoDays` is unknown. */
  pto: Money | null;
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
  /**
   * The terms the offer does not state (`ptoDays`, `targetBonus`, `signOnBonus`, `equity`): unknown,
   * `null` in `parts` and left out of the totals, which count only what is known. Give 0 for a term
   * an offer does not have.
   */
  unknown: ("ptoDays" | "targetBonus" | "signOnBonus" | "equity")[];
  /** Base + bonus + sign-on + first-year equity + PTO value, of what is known. */
  firstYear: Money;
  /** The yearly average over `compareYears` (4), of what is known: base, bonus and PTO value, plus sign-on and vested equity spread over the years. */
  annualised: Money;
  /** How far below the best offer's annualised total, on what is known (0 for the best). */
  behindBest: Money;
  deadline?: string;
  /** True when `now` was given and the deadline has passed. */
  deadlinePassed?: boolean;
}

/** Offers compared: ranked best first, with the reasons and the deadlines soonest first. */
export interface OfferComparison {
  currency: string;
  offers: RankedOffer[];
  /**
   * How the ranking depends on unknown terms: for each offer below the first, the least of each of its
   * unknown terms, alone, that would rank it first: whole days off a year (`null` when no number up to
   * 366 would), or an amount in `currency` (a year for the target bonus and for equity as it vests,
   * once for the sign-on bonus). Empty when nothing unknown could change the first place.
   */
  sensitivity: (
    | { id: string; term: "ptoDays"; days: number | null }
    | { id: string; term: "targetBonus" | "signOnBonus" | "equity"; amount: Money }
  )[];
  /** Deadlines, soonest first. */
  deadlines: { id: string; deadline: string; passed?: boolean }[];
  why: Why[];
}

function parseInputs(offers: unknown, context: unknown): { offers: Offer[]; ctx: CompareOffersContext } {
  const issues = [...findForbiddenKeys({ offers, context })];
  if (issues.length > 0) throw new AfterviewValidationError(issues, { subject: "offers" });
  const schema = z.strictObject({
    offers: z.array(OfferSchema).check(z.minLength(1), capped("smallList")),
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
 * (40 × 52) and 12 months; other currencies need `rates` (E-NEG-LEVERS, inferred).
 *
 * A term an offer does not state (days off, target bonus, sign-on, equity) is unknown, not zero: it is
 * `null` in `parts`, listed in `unknown`, and left out of the totals, which count what is known. The
 * ranking then says how it depends on them: `sensitivity` holds, for each offer below the first, the
 * least of each unknown term alone that would put it first (whole days off; amounts exact to the
 * minor unit, rounded up to the unit in use), and `why` says it in words.
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
 * c.offers[1].parts.pto; //=> null (acme does not say)
 * c.sensitivity[0];      //=> { id: "acme", term: "ptoDays", days: 21 }
 * // why: "acme would rank first if it gives at least 21 days off a year, or if its target bonus is …"
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
    // An unstated term is unknown (null), never zero; the totals count what is known.
    const bonus = offer.targetBonus
      ? offer.targetBonus.amount
        ? into(exact(offer.targetBonus.amount), "targetBonus.amount")
        : { units: scale(base.units, ratioOf(offer.targetBonus.percent! / 100), "half-up"), currency }
      : null;
    const signOn = offer.signOnBonus ? into(exact(offer.signOnBonus), "signOnBonus") : null;
    let equityFirstYear: Exact | null = null;
    let equityPerYear: Exact | null = null;
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
    const pto = offer.ptoDays === undefined ? null : daysOffValue(base, offer.ptoDays, policy);
    const known = (x: Exact | null) => x ?? zero;
    const firstYear = sum(currency, base, known(bonus), known(signOn), known(equityFirstYear), known(pto));
    const annualised = sum(
      currency,
      base,
      known(bonus),
      { units: known(signOn).units / years, currency },
      known(equityPerYear),
      known(pto),
    );
    return {
      offer,
      id,
      index,
      parts: { base, bonus, signOn, equityFirstYear, equityPerYear, pto },
      unknown: unknownTerms(offer),
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
  const unknownSomewhere = valued.filter((v) => v.unknown.length > 0);
  if (unknownSomewhere.length > 0) {
    why.push({
      rule: "offers.unknown",
      text: `Totals count only what each offer states. Unknown, so not counted: ${unknownSomewhere.map((v) => termsOf(v.id, v.unknown)).join("; ")}. Write 0 for a term an offer does not include.`,
      source: "E-NEG-LEVERS",
    });
  }
  const money = (x: Exact | null) => (x === null ? null : toMoney(x));
  const ranked: RankedOffer[] = order.map((v, i) => {
    const behind: Exact = { units: best.annualised.units - v.annualised.units, currency };
    if (i > 0) why.push({ rule: "offers.difference", text: explain(v, best, behind), source: "E-NEG-LEVERS" });
    const out: RankedOffer = {
      id: v.id,
      rank: i + 1,
      index: v.index,
      parts: {
        base: toMoney(v.parts.base),
        bonus: money(v.parts.bonus),
        signOn: money(v.parts.signOn),
        equityFirstYear: money(v.parts.equityFirstYear),
        equityPerYear: money(v.parts.equityPerYear),
        pto: money(v.parts.pto),
      },
      unknown: v.unknown,
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
  const standings = order.map((v) => ({
    id: v.id,
    index: v.index,
    base: v.parts.base,
    annualised: v.annualised.units,
    firstYear: v.firstYear.units,
    unknown: v.unknown,
  }));
  const sensitivity = breakEvens(standings, policy);
  why.push(...sensitivityReasons(standings, sensitivity));
  if (deadlines.length > 0) {
    const first = deadlines[0]!;
    why.push({
      rule: "offers.deadline",
      text: `${first.id} must be answered first, by ${first.deadline}: ask the others whether they can decide by then.`,
      source: "E-NEG-ROOM",
    });
  }
  return { currency, offers: ranked, sensitivity, deadlines, why };
}

function cmp(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Valued = { id: string; parts: Record<string, Exact | null>; unknown: readonly OfferTerm[] };

/** Where an offer falls behind the best, part by part, on what both state; unknown parts are named, not guessed. */
function explain(v: Valued, best: Valued, behind: Exact): string {
  const labels: Record<string, string> = {
    base: "base",
    bonus: "bonus",
    equityPerYear: "equity",
    pto: "days off",
  };
  const parts = Object.entries(labels)
    .flatMap(([key, label]) => {
      const mine = v.parts[key];
      const theirs = best.parts[key];
      return mine && theirs ? [{ label, delta: mine.units - theirs.units }] : [];
    })
    .filter((p) => p.delta !== 0n)
    .map(
      (p) =>
        `${p.label} ${p.delta > 0n ? "+" : "−"}${show({ units: p.delta > 0n ? p.delta : -p.delta, currency: behind.currency })}`,
    );
  const detail = parts.length > 0 ? ` (${parts.join(", ")} a year)` : "";
  const unknown = [v, best].filter((x) => x.unknown.length > 0).map((x) => termsOf(x.id, x.unknown));
  const known = unknown.length > 0 ? " on what is known" : "";
  const rest = unknown.length > 0 ? `; unknown, so not compared: ${unknown.join("; ")}` : "";
  return `${v.id} is worth ${show(behind)} a year less than ${best.id}${known}${detail}${rest}.`;
}
