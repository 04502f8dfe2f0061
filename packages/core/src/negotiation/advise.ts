import { currencyDigits, isoDigits } from "../money/digits.js";
import { type Exact, exact, ratioOf, scale, toMoney } from "../money/exact.js";
import { periodAssumption } from "../money/pay-period.js";
import { preciseAtMost } from "../money/precise.js";
import { exactAmount, restate, type Terms } from "../money/terms.js";
import type { NegotiationPolicy } from "../policy/defaults.js";
import { resolvePolicy } from "../policy/resolve-policy.js";
import type { Offer } from "../schema/offer.js";
import { parseOffer } from "../schema/parse.js";
import type { Why } from "../schema/plan.js";
import { type NegotiationContext, parseNegotiationContext } from "./context.js";
import { leverageOf } from "./leverage.js";
import { leversFor } from "./levers.js";
import { riskOf } from "./risk.js";
import { type MarketFigures, pointIn, positionIn, type Room, roomOf } from "./room.js";
import { signOnFor } from "./sign-on.js";
import type { LeverKind, NegotiationAdvice } from "./types.js";
import { VOICE_OF, type Voice } from "./voice.js";
import { percent, show, showPer } from "./wording.js";

const ALL_LEVERS: readonly LeverKind[] = ["sign-on-bonus", "start-date", "pto-days", "title", "review-timing"];
const FALLBACK_LEVERS: readonly LeverKind[] = ["sign-on-bonus", "pto-days", "review-timing"];

const larger = (a: Exact, b: Exact) => (a.units >= b.units ? a : b);
const smaller = (a: Exact, b: Exact) => (a.units <= b.units ? a : b);
const raised = (value: Exact, share: number): Exact => {
  const r = ratioOf(share);
  return { units: scale(value.units, { num: r.den + r.num, den: r.den }, "down"), currency: value.currency };
};

/** Everything the rules read, restated exactly in the offer's currency and period. */
interface Facts {
  offer: Offer;
  terms: Terms;
  base: Exact;
  policy: NegotiationPolicy;
  room: Room;
  market: MarketFigures | undefined;
  bestCompeting: Exact | undefined;
  walkAway: Exact | undefined;
  notes: Why[];
}

function readFacts(offer: Offer, ctx: NegotiationContext, policy: NegotiationPolicy): Facts {
  const terms: Terms = { currency: offer.base.currency, period: offer.period };
  const base = exact(offer.base);
  const notes: Why[] = [];
  const range = offer.range && {
    min: exactAmount(offer.range.min, terms.currency),
    max: exactAmount(offer.range.max, terms.currency),
    source: offer.range.source,
  };
  let market: MarketFigures | undefined;
  if (ctx.market) {
    const m = ctx.market;
    const currency = m.currency ?? terms.currency;
    const period = m.period ?? terms.period;
    const figure = (amount: number | undefined, key: string) =>
      amount === undefined
        ? undefined
        : restate(exactAmount(amount, currency), period, terms, ctx.rates, policy, `market.${key}`);
    market = {
      p25: figure(m.p25, "p25"),
      p50: figure(m.p50, "p50"),
      p75: figure(m.p75, "p75"),
      p90: figure(m.p90, "p90"),
    };
    const assumption = periodAssumption(period, terms.period, policy);
    if (assumption || currency !== terms.currency) {
      notes.push({
        rule: "negotiation.restated",
        text: `Market pay was restated per ${terms.period} in ${terms.currency}${assumption ? `, ${assumption}` : ""}${currency !== terms.currency ? `, at your rate for ${currency}` : ""}.`,
        source: "E-NEG-RANGE",
      });
    }
  }
  let bestCompeting: Exact | undefined;
  (ctx.competingOffers ?? []).forEach((other, i) => {
    const value = restate(exact(other.base), other.period, terms, ctx.rates, policy, `competingOffers[${i}].base`);
    if (bestCompeting === undefined || value.units > bestCompeting.units) bestCompeting = value;
  });
  return {
    offer,
    terms,
    base,
    policy,
    room: roomOf(base, terms.period, range, market, policy),
    market,
    bestCompeting,
    walkAway: ctx.walkAway === undefined ? undefined : exactAmount(ctx.walkAway, terms.currency),
    notes,
  };
}

function accepting(f: Facts, positive: boolean): Why | null {
  const key = `p${f.policy.acceptAtPercentile}` as keyof MarketFigures;
  const mark = f.market?.[key];
  if (mark === undefined || positive || f.base.units < mark.units) return null;
  return {
    rule: "negotiation.accept",
    text: `The offer is at or above the market's ${f.policy.acceptAtPercentile}th percentile (${showPer(mark, f.terms.period)}) and nothing in hand argues for more: accepting is reasonable.`,
    source: "E-NEG-RANGE",
  };
}

/** The reason to consider declining, when the offer is below the walk-away; `room` says why the base will not rise. */
function belowWalkAway(f: Facts, room: string): Why | null {
  if (f.walkAway === undefined || f.walkAway.units <= f.base.units) return null;
  return {
    rule: "negotiation.walk-away",
    text: `The offer is below your walk-away of ${showPer(f.walkAway, f.terms.period)} and ${room}: consider declining, politely, unless other terms make up the difference.`,
    source: "E-NEG-ROOM",
  };
}

/** Why a fixed salary gets no counter, worded for what the advice does instead (E-NEG-LEVERS). */
const SALARY_FIXED: Record<Exclude<Voice, "counter">, string> = {
  terms:
    "The base salary is fixed, so leave it as it is and ask about other terms instead: a sign-on bonus, a later start date, more paid days off, the title, an earlier pay review.",
  accept: "The base salary is fixed, so it is not open to discussion.",
  decline: "The base salary is fixed, so it cannot move.",
};

/** The raise at this leverage: `askRaise × (0.5 + leverage)`, never above `maxAskRaise` (E-NEG-SIZE). */
function raiseAt(leverage: number, policy: NegotiationPolicy): number {
  return Math.min(policy.maxAskRaise, policy.askRaise * (0.5 + leverage));
}

/** The point `share` of the way from the offer to the ask, rounded down to the currency's unit in use. */
function settleAt(base: Exact, ask: Exact, share: number): Exact {
  const step = 10n ** BigInt(isoDigits(base.currency) - currencyDigits(base.currency));
  const point = base.units + scale(ask.units - base.units, ratioOf(share), "down");
  const rounded = (point / step) * step;
  return { units: rounded < base.units ? base.units : rounded, currency: base.currency };
}

/**
 * Advice on answering a job offer: whether to negotiate, the precise figure to ask, the
 * target to settle at, the floor, other terms to ask for, the risk, and every reason with its rule and
 * evidence id. Pure: same offer and context, same advice.
 *
 * - Salary fixed: no counter on the base; `negotiate-other-terms` with levers (E-NEG-LEVERS), or
 *   `accept` when the offer is at the market's 75th percentile with no leverage, or
 *   `consider-declining` when it is below the walk-away.
 * - Otherwise the range is the offer's own (posted, E-NEG-TRANSPARENCY), else estimated from market
 *   percentiles; with neither, there is no range (`range` is absent) and a counter is bounded by the
 *   room employers report, `estimatedRoom` above the offer (E-NEG-ROOM). Leverage (0..1, 0.5
 *   neutral) comes from experience against the requirement, fit, the market and competing offers.
 * - The ask is `offer × (1 + askRaise × (0.5 + leverage))` (10% at neutral leverage, E-NEG-SIZE), raised
 *   to the target and to a better competing offer, capped at the range maximum and at `maxAskRaise`
 *   above the offer, unless a competing offer is higher, and then capped at that offer; then made a
 *   precise figure (E-NEG-PRECISE) in the currency's unit, never above the cap and always above the offer.
 * - The counter reaches `counterPosition.low → high` (by leverage) into the range (E-NEG-RANGE): the
 *   upper half only when leverage warrants. The target is `settleShare` of the way from the offer to
 *   the ask (E-NEG-PAYS). The floor is the offer, or the walk-away when higher.
 * - No room for a precise ask above the offer: `negotiate-other-terms`, or `consider-declining` below the walk-away.
 * - Every reason and lever speaks only of what the advice does: only `negotiate` mentions a counter,
 *   an ask or a target. The sign-on lever says what it was sized from: what the ask adds to a year's
 *   pay; without a counter, a year of the gap to the range's middle or the market median; with no
 *   range or market data, `estimatedRoom` of a year's base (see `signOnFor`, E-NEG-LEVERS).
 *
 * @throws {AfterviewValidationError} for an offer or context that does not validate (paths such as
 *   `base.amount`, `market.p75`, `policy.negotiation.askRaise`).
 * @throws {AfterviewError} `currency-mismatch` when a figure is in another currency and `rates` lacks it.
 * @example
 * ```ts
 * const advice = adviseNegotiation(
 *   { base: { amount: 95000, currency: "USD" }, period: "year", range: { min: 90000, max: 120000, source: "posted" } },
 *   { yearsExperience: 8, yearsRequired: 5, fit: "strong" },
 * );
 * advice.recommendation; //=> "negotiate"
 * advice.ask;            //=> { amount: 109800, currency: "USD" }
 * advice.target;         //=> { amount: 102400, currency: "USD" }
 * advice.risk;           //=> "medium"
 * ```
 */
export function adviseNegotiation(offer: Offer, context?: NegotiationContext): NegotiationAdvice {
  const parsed = parseOffer(offer);
  const ctx = parseNegotiationContext(context);
  const policy = resolvePolicy(ctx.policy).negotiation;
  const f = readFacts(parsed, ctx, policy);
  const { base, room, terms } = f;
  const lev = leverageOf(
    {
      base,
      period: terms.period,
      yearsExperience: ctx.yearsExperience,
      yearsRequired: ctx.yearsRequired,
      fit: ctx.fit,
      p50: f.market?.p50,
      p75: f.market?.p75,
      bestCompeting: f.bestCompeting,
    },
    policy,
  );
  const raise = raiseAt(lev.value, policy);
  const hasBetterOffer = f.bestCompeting !== undefined && f.bestCompeting.units > base.units;
  // The room assumed above the offer bounds a counter, but it is no range to report or to place one in.
  const ranged = room.source !== "offer";
  const advice = (
    recommendation: NegotiationAdvice["recommendation"],
    why: Why[],
    levers: readonly LeverKind[],
    ask?: Exact,
  ): NegotiationAdvice => ({
    recommendation,
    period: terms.period,
    floor: toMoney(f.walkAway ? larger(f.walkAway, base) : base),
    ...(room.source === "offer"
      ? {}
      : {
          range: { min: toMoney(room.min), max: toMoney(room.max), source: room.source, estimated: room.estimated },
          offerPosition: positionIn(base, room),
        }),
    leverage: lev.value,
    levers: leversFor(
      levers,
      parsed,
      levers.includes("sign-on-bonus")
        ? signOnFor({ base, period: terms.period, ask, room, p50: f.market?.p50 }, policy)
        : null,
      policy,
    ),
    risk: "low",
    why: [...why, ...f.notes],
  });
  // The reasons every recommendation opens with, worded for what it does.
  const opening = (recommendation: NegotiationAdvice["recommendation"]): Why[] => {
    const voice = VOICE_OF[recommendation];
    const head =
      parsed.salaryFixed && voice !== "counter"
        ? { rule: "negotiation.salary-fixed", text: SALARY_FIXED[voice], source: "E-NEG-LEVERS" }
        : room.why(voice);
    return [head, ...lev.reasons(voice, ranged)];
  };

  if (parsed.salaryFixed) {
    const walkAway = belowWalkAway(f, "the base cannot move");
    if (walkAway) return advice("consider-declining", [...opening("consider-declining"), walkAway], []);
    const accept = accepting(f, lev.positive);
    if (accept) return advice("accept", [...opening("accept"), accept], []);
    return advice("negotiate-other-terms", opening("negotiate-other-terms"), ALL_LEVERS);
  }

  const accept = accepting(f, lev.positive);
  if (accept && !(f.walkAway && f.walkAway.units > base.units)) {
    return advice("accept", [...opening("accept"), accept], []);
  }

  // The cap: the range maximum and maxAskRaise above the offer; a higher competing offer lifts it to itself.
  let cap = smaller(room.max, raised(base, policy.maxAskRaise));
  const liftedByOffer = f.bestCompeting !== undefined && f.bestCompeting.units > cap.units;
  if (liftedByOffer) cap = f.bestCompeting!;
  const { low, high } = policy.counterPosition;
  const reach = larger(pointIn(room, low + (high - low) * lev.value), base);
  let desired = larger(raised(base, raise), reach);
  if (hasBetterOffer) desired = larger(desired, f.bestCompeting!);
  const ask = preciseAtMost(smaller(desired, cap));

  if (!ask || ask.units <= base.units) {
    const noRoom = (voice: Voice): Why => ({
      rule: "negotiation.no-room",
      text: `${ranged ? `There is no room above the offer within ${room.name} (up to ${showPer(room.max, terms.period)})` : `${percent(policy.estimatedRoom)} above an offer this small leaves no room for a higher figure`} and no better offer is in hand${voice === "terms" ? ", so leave the base as it is and ask about other terms." : "."}`,
      source: "E-NEG-RANGE",
    });
    const walkAway = belowWalkAway(f, "it cannot rise");
    if (walkAway) {
      return advice("consider-declining", [...opening("consider-declining"), noRoom("decline"), walkAway], []);
    }
    return advice("negotiate-other-terms", [...opening("negotiate-other-terms"), noRoom("terms")], ALL_LEVERS);
  }

  const why = opening("negotiate");
  const target = settleAt(base, ask, policy.settleShare);
  const askRaise = Number(((ask.units - base.units) * 10_000n) / (base.units || 1n)) / 10_000;
  why.push({
    rule: "negotiation.ask",
    text: `Ask for ${showPer(ask, terms.period)}, ${percent(askRaise)} above the offer: about ${percent(policy.askRaise)} at neutral leverage, scaled by yours (${lev.value}).`,
    source: "E-NEG-SIZE",
  });
  if (reach.units > raised(base, raise).units && reach.units >= ask.units) {
    why.push({
      rule: "negotiation.counter-position",
      text: `The counter reaches ${percent(low + (high - low) * lev.value)} of the way into ${room.name}: ${lev.positive ? "toward its upper half, as your experience and fit warrant" : "new hires are commonly placed between its minimum and midpoint"}.`,
      source: "E-NEG-RANGE",
    });
  }
  why.push({
    rule: "negotiation.cap",
    text: liftedByOffer
      ? `Your competing offer of ${showPer(f.bestCompeting!, terms.period)} lets the ask go past ${ranged ? "the range" : room.name}, but never past that offer.`
      : `The ask stays within ${ranged ? "the range maximum" : room.name} and no more than ${percent(policy.maxAskRaise)} above the offer (${showPer(cap, terms.period)} at most).`,
    source: liftedByOffer ? "E-NEG-RANGE" : "E-NEG-SIZE",
  });
  why.push({
    rule: "negotiation.precise",
    text: `Say ${show(ask)} rather than a round number, and say it first: a precise first figure draws smaller counter-moves.`,
    source: "E-NEG-PRECISE",
  });
  why.push({
    rule: "negotiation.target",
    text: `Expect to settle near ${showPer(target, terms.period)}, between the offer and the ask: of those who ask, many get more than the first offer but less than they asked.`,
    source: "E-NEG-PAYS",
  });
  if (f.walkAway && f.walkAway.units > ask.units) {
    why.push({
      rule: "negotiation.walk-away",
      text: `Even the ask is below your walk-away of ${showPer(f.walkAway, terms.period)}: if they cannot reach it, consider declining.`,
      source: "E-NEG-ROOM",
    });
  }
  why.push({
    rule: "negotiation.floor",
    text: `Do not go below ${showPer(f.walkAway ? larger(f.walkAway, base) : base, terms.period)}: asking rarely costs the offer you already have.`,
    source: "E-NEG-PAYS",
  });
  const risk = riskOf(base, ask, hasBetterOffer, policy);
  why.push(risk.why);
  return {
    ...advice("negotiate", why, FALLBACK_LEVERS, ask),
    ask: toMoney(ask),
    target: toMoney(target),
    risk: risk.risk,
  };
}
